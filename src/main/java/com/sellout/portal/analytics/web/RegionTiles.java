package com.sellout.portal.analytics.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.shared.Region;

import org.springframework.stereotype.Component;

/**
 * The regions page's map: one tile per subject of the Russian Federation at its place in
 * a grid drawn roughly after geography ({@code regions/ru-tile-grid.csv}, our own layout
 * — no licensed geodata), coloured on a sequential scale of six steps by the subject's
 * net amount; the legend says which amounts each step holds.
 */
@Component
public class RegionTiles {

	/** The steps of the colour scale (css classes s1 … s6; s0 = no sales). */
	static final int STEPS = 6;

	/** A tile: the subject, where it lies, its amount and colour step. */
	public record Tile(String code, String name, int row, int col, BigDecimal amount, int step) {

		/** The css grid placement (1-based lines). */
		public String place() {
			return "grid-row:" + (row + 1) + ";grid-column:" + (col + 1);
		}

	}

	/** A step of the legend: amounts above {@code from} up to {@code to}. */
	public record Step(int step, BigDecimal from, BigDecimal to) {
	}

	/** The map: its tiles, its size and legend. */
	public record TileMap(List<Tile> tiles, int rows, int cols, List<Step> legend) {
	}

	private record Place(int row, int col) {
	}

	private final Map<String, Place> places;

	RegionTiles() {
		this.places = load();
	}

	TileMap of(List<SalesRow> byRegion) {
		Map<String, BigDecimal> amounts = new HashMap<>();
		for (SalesRow row : byRegion) {
			amounts.merge(row.key(), row.amountNet(), BigDecimal::add);
		}
		BigDecimal max = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
		List<Tile> tiles = new ArrayList<>();
		int rows = 0;
		int cols = 0;
		for (Region region : Region.all()) {
			Place place = places.get(region.code());
			if (place == null) {
				continue;
			}
			BigDecimal amount = amounts.getOrDefault(region.code(), BigDecimal.ZERO);
			tiles.add(new Tile(region.code(), region.name(), place.row(), place.col(), amount, step(amount, max)));
			rows = Math.max(rows, place.row() + 1);
			cols = Math.max(cols, place.col() + 1);
		}
		List<Step> legend = new ArrayList<>();
		if (max.signum() > 0) {
			for (int s = 1; s <= STEPS; s++) {
				legend.add(new Step(s, bound(max, s - 1), bound(max, s)));
			}
		}
		return new TileMap(List.copyOf(tiles), rows, cols, List.copyOf(legend));
	}

	/** 0 for no (or negative) sales, else 1 … 6 by the share of the largest amount. */
	static int step(BigDecimal amount, BigDecimal max) {
		if (amount.signum() <= 0 || max.signum() <= 0) {
			return 0;
		}
		int step = amount.multiply(BigDecimal.valueOf(STEPS)).divide(max, 0, RoundingMode.CEILING).intValue();
		return Math.max(1, Math.min(STEPS, step));
	}

	private static BigDecimal bound(BigDecimal max, int step) {
		return max.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(STEPS), 0, RoundingMode.HALF_UP);
	}

	private static Map<String, Place> load() {
		Map<String, Place> places = new HashMap<>();
		try (InputStream in = RegionTiles.class.getResourceAsStream("/regions/ru-tile-grid.csv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("code;")) {
					continue;
				}
				String[] cells = line.split(";");
				places.put(cells[0].strip(),
						new Place(Integer.parseInt(cells[1].strip()), Integer.parseInt(cells[2].strip())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(places);
	}

}
