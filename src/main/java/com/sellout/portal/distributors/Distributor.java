package com.sellout.portal.distributors;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.sellout.portal.shared.Region;
import org.jspecify.annotations.Nullable;

/**
 * A distributor of the manufacturer, as the rest of the portal sees it;
 * {@code regionCodes} are the subjects of the Russian Federation it works in (FNS codes,
 * {@link Region}), {@code regionsNote} what of its former free-text regions matched no
 * subject (kept to be read and fixed, never dropped); {@code transitDays} is how long the
 * manufacturer's shipments take to reach its stock (the channel inventory counts a
 * sell-in document in the month its date plus these days falls in);
 * {@code responsibleUserId} is the manufacturer's user (an administrator or analyst) who
 * answers for it — the reporting calendar escalates to them — or null.
 */
public record Distributor(long id, String code, String name, String inn, String kpp, List<String> regionCodes,
		@Nullable String regionsNote, LocalDate contractStart, LocalDate contractEnd,
		ReportingFrequency reportingFrequency, String email, String phone, boolean active, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, int transitDays, @Nullable Long responsibleUserId) {

	public Distributor {
		regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
	}

	/** Its subjects of the Russian Federation, in the order of their codes. */
	public List<Region> regionList() {
		return regionCodes.stream().map(Region::byCode).flatMap(Optional::stream).toList();
	}

	/**
	 * Its regions as one line of text for lists and cards: the subjects' names, then the
	 * note; null when there are none.
	 */
	public @Nullable String regions() {
		String names = regionList().stream().map(Region::name).collect(Collectors.joining(", "));
		String text = regionsNote == null || regionsNote.isBlank() ? names
				: names.isEmpty() ? regionsNote : names + "; " + regionsNote;
		return text.isEmpty() ? null : text;
	}

}
