package com.sellout.portal.forecasting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.forecasting.NamedOrders;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.TableFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Именные заказы»: a distributor's orders for a named end project of one client, which
 * replace that client's share of the forecast — listed (by distributor for the
 * manufacturer, from a month on), entered through a form, uploaded as xlsx (every row's
 * problem shown by row, column and why, a template to fill offered) and deleted. A
 * distributor's user sees and enters its own only.
 */
@Controller
@RequestMapping("/forecast/named-orders")
class NamedOrderPages {

	private final NamedOrders orders;

	private final ForecastPageScope scope;

	private final Distributors distributors;

	private final MessageSource messages;

	NamedOrderPages(NamedOrders orders, ForecastPageScope scope, Distributors distributors, MessageSource messages) {
		this.orders = orders;
		this.scope = scope;
		this.distributors = distributors;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String distributor, @RequestParam(required = false) String from,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		return page(distributor, from, me, model,
				new NamedOrderForm(me.isManufacturer() ? distributor : null, null, null, null, null, null));
	}

	@PostMapping
	String create(@ModelAttribute NamedOrderForm form, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale, RedirectAttributes flash) {
		try {
			orders.create(me.isManufacturer() ? form : new NamedOrderForm(null, form.clientInn(), form.sku(),
					form.quantity(), form.month(), form.project()));
			flash.addFlashAttribute("notice", "forecast.named.saved");
			return "redirect:/forecast/named-orders";
		}
		catch (InvalidFieldsException invalid) {
			Map<String, String> errors = invalid.problems()
				.stream()
				.collect(Collectors.toMap(InvalidFieldsException.FieldProblem::field, p -> text(p.message(), locale),
						(a, b) -> a + " " + b, LinkedHashMap::new));
			model.addAttribute("errors", errors);
			return page(null, null, me, model, form);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		orders.delete(id);
		flash.addFlashAttribute("notice", "forecast.named.deleted");
		return "redirect:/forecast/named-orders";
	}

	@PostMapping("/import")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser me, Model model)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "named-orders.xlsx" : file.getOriginalFilename();
		try {
			ImportSummary summary = orders.importXlsx(name, file.getBytes());
			model.addAttribute("summary", summary);
		}
		catch (UnreadableFileException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("fileName", name);
		}
		return page(null, null, me, model, new NamedOrderForm(null, null, null, null, null, null));
	}

	/** An xlsx to fill: the columns the upload reads and one example row. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser me, Locale locale) {
		List<List<Object>> table = List.of(
				List.of(text("forecast.named.distributor", locale), text("forecast.named.clientInn", locale),
						text("forecast.named.sku", locale), text("forecast.named.quantity", locale),
						text("forecast.named.month", locale), text("forecast.named.project", locale)),
				List.of(me.isManufacturer() ? "ALFA" : me.distributorCode(), "7701234567", "SKU-1", 10,
						YearMonth.now().plusMonths(2).toString(), text("forecast.named.exampleProject", locale)));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("named-orders-template.xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(TableFiles.XLSX))
			.body(TableFiles.xlsx(text("forecast.named.title", locale), table));
	}

	private String page(String distributor, String from, CurrentUser me, Model model, NamedOrderForm form) {
		Long distributorId = scope.distributor(me, distributor);
		YearMonth since = ForecastPageScope.month(from);
		model.addAttribute("nav", "forecast");
		model.addAttribute("tab", "named-orders");
		model.addAttribute("orders", orders.list(distributorId, since));
		model.addAttribute("form", form);
		model.addAttribute("distributor", me.isManufacturer() ? distributor : null);
		model.addAttribute("from", from);
		model.addAttribute("distributors", me.isManufacturer() ? distributors.all() : List.of());
		return "forecasting/named-orders";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
