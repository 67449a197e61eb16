package com.sellout.portal.forecasting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.NamedOrder;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.forecasting.NamedOrders;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Named orders (именные заказы на производство) over the API: a distributor's system
 * posts its own (the distributor may be left out), the manufacturer names the
 * distributor; each lists what it sees. A refused order names each field and why, in the
 * caller's language.
 */
@RestController
@RequestMapping("/api/v1/named-orders")
@Tag(name = "Named orders")
class NamedOrderApi {

	private final NamedOrders orders;

	private final Distributors distributors;

	private final MessageSource messages;

	NamedOrderApi(NamedOrders orders, Distributors distributors, MessageSource messages) {
		this.orders = orders;
		this.distributors = distributors;
		this.messages = messages;
	}

	/** Numbers may be JSON numbers or strings. */
	record OrderRequest(@Nullable String distributor, @Nullable String clientInn, @Nullable String sku,
			@Nullable Object quantity, @Nullable String month, @Nullable String project) {
	}

	record OrderView(long id, String distributor, String clientInn, String sku, @Nullable String productName,
			BigDecimal quantity, String month, @Nullable String project, String createdAt, String createdBy) {

		static OrderView of(NamedOrder o) {
			return new OrderView(o.id(), o.distributor(), o.clientInn(), o.sku(), o.productName(), o.quantity(),
					o.month().toString(), o.project(), o.createdAt().toString(), o.createdBy());
		}

	}

	@PostMapping
	@Operation(summary = "Stores a named order {distributor, clientInn, sku, quantity, month YYYY-MM, project}: 201 "
			+ "with it and its Location; a refused field 422 with each field and the reason")
	ResponseEntity<OrderView> create(@RequestBody OrderRequest body, Locale locale) {
		NamedOrder order;
		try {
			order = orders.create(new NamedOrderForm(body.distributor(), body.clientInn(), body.sku(),
					body.quantity() == null ? null : body.quantity().toString(), body.month(), body.project()));
		}
		catch (InvalidFieldsException invalid) {
			throw new InvalidFieldsException(invalid.problems()
				.stream()
				.map(p -> new InvalidFieldsException.FieldProblem(p.field(),
						messages.getMessage(p.message(), null, p.message(), locale)))
				.toList());
		}
		return ResponseEntity.created(URI.create("/api/v1/named-orders/" + order.id())).body(OrderView.of(order));
	}

	@GetMapping
	@Operation(summary = "The named orders the caller sees (distributor=CODE for one; from=YYYY-MM for those from "
			+ "a month on)")
	List<OrderView> list(@RequestParam(required = false) @Nullable String distributor,
			@RequestParam(required = false) @Nullable String from, @AuthenticationPrincipal CurrentUser me) {
		return orders.list(ForecastApi.distributorId(distributors, me, distributor), ForecastApi.month(from))
			.stream()
			.map(OrderView::of)
			.toList();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a named order of the caller's (any, for the manufacturer); 204")
	ResponseEntity<Void> delete(@PathVariable long id) {
		orders.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/import", consumes = "multipart/form-data")
	@Operation(summary = "Imports named orders from an xlsx (columns distributor, ИНН, SKU, quantity, month, "
			+ "project): rows with a problem are kept out and listed with their row, column and reason")
	ImportSummary importFile(@RequestPart("file") MultipartFile file) {
		if (file.isEmpty()) {
			throw new RefusedException("forecast.namedOrder.import.empty");
		}
		try {
			return orders.importXlsx(
					file.getOriginalFilename() == null ? "named-orders.xlsx" : file.getOriginalFilename(),
					file.getBytes());
		}
		catch (UnreadableFileException ex) {
			throw new RefusedException(ex.messageKey(), ex.arguments());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
