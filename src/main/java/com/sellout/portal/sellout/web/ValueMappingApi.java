package com.sellout.portal.sellout.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.mapping.ValueMapping;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappings;
import com.sellout.portal.mapping.ValueMappingsRefusedException;
import com.sellout.portal.sellout.ExceptionFixes;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A distributor's value mappings over the API: its item codes, region, unit and segment
 * names to ours. Mappings sent after a report (a cross-reference of codes) fix its
 * exceptions as a fix on the exception's page does.
 */
@RestController
@RequestMapping("/api/v1/value-mappings")
@Tag(name = "Sell-out")
class ValueMappingApi {

	private static final int MAX_BYTES = 20 * 1024 * 1024;

	private final ValueMappings mappings;

	private final ExceptionFixes fixes;

	private final ReportingDistributor distributor;

	private final MessageSource messages;

	ValueMappingApi(ValueMappings mappings, ExceptionFixes fixes, ReportingDistributor distributor,
			MessageSource messages) {
		this.mappings = mappings;
		this.fixes = fixes;
		this.distributor = distributor;
		this.messages = messages;
	}

	/**
	 * How many mappings were saved, and how many open exceptions of the distributor's
	 * active reports they resolved.
	 */
	record Saved(ValueMappingType type, int saved, int resolved) {

		static Saved of(ValueMappingType type, ExceptionFixes.Learned learned) {
			return new Saved(type, learned.saved(), learned.resolved());
		}

	}

	@GetMapping
	@Operation(summary = "The distributor's mappings, of one type or all")
	List<ValueMapping> list(@RequestParam(required = false) ValueMappingType type,
			@RequestParam(required = false) String distributor) {
		Long id = this.distributor.forReading(distributor);
		if (id == null) {
			throw new RefusedException("api.distributorRequired");
		}
		return mappings.list(id, type);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	@Operation(summary = "Saves mappings from a CSV file (distributor_sku;sku or from;to) or a JSON array [{from, to}];"
			+ " the distributor's open exceptions are checked again with them")
	Saved upload(@RequestParam ValueMappingType type, @RequestParam(required = false) String distributor,
			@RequestPart("file") MultipartFile file) throws IOException {
		return Saved.of(type, fixes.learn(this.distributor.forWriting(distributor), type, file.getBytes()));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	@Operation(summary = "Saves mappings from the raw body: CSV text or a JSON array [{from, to}];"
			+ " the distributor's open exceptions are checked again with them")
	Saved uploadRaw(@RequestParam ValueMappingType type, @RequestParam(required = false) String distributor,
			HttpServletRequest request) throws IOException {
		byte[] content;
		try (InputStream in = request.getInputStream()) {
			content = in.readNBytes(MAX_BYTES + 1);
		}
		if (content.length > MAX_BYTES) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		return Saved.of(type, fixes.learn(this.distributor.forWriting(distributor), type, content));
	}

	@ExceptionHandler(ValueMappingsRefusedException.class)
	ProblemDetail refused(ValueMappingsRefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				messages.getMessage("valueMapping.refused", null, locale));
		problem.setProperty("errors",
				ex.refusals()
					.stream()
					.map(r -> Map.of("line", r.line(), "message",
							messages.getMessage(r.messageKey(), r.arguments(), r.messageKey(), locale)))
					.toList());
		return problem;
	}

}
