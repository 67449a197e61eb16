package com.sellout.portal.catalog.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.CatalogImports;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.catalog.ProductForm;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.TrimmedForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Catalog")
class ProductApi {

	private final Catalog catalog;

	private final CatalogImports imports;

	private final Validator validator;

	ProductApi(Catalog catalog, CatalogImports imports, Validator validator) {
		this.validator = validator;
		this.catalog = catalog;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "Products, oldest change first; with updatedSince only those changed after it")
	PageSlice<Product> list(
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedSince,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return catalog.changedSince(updatedSince, page, size);
	}

	@GetMapping("/{sku}")
	@Operation(summary = "One product by the manufacturer's SKU")
	Product get(@PathVariable String sku) {
		return catalog.findBySku(sku).orElseThrow(NotFoundException::new);
	}

	@PutMapping("/{sku}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Creates or updates the product with this SKU (the manufacturer's administrator)")
	ResponseEntity<Product> put(@PathVariable String sku, @RequestBody ProductForm body) {
		// a JSON body does not pass the pages' binder: the same trimming rule is applied
		// here
		ProductForm form = TrimmedForm.trimmed(body.withSku(sku));
		List<InvalidFieldsException.FieldProblem> problems = validator.validate(form)
			.stream()
			.map(v -> new InvalidFieldsException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
			.sorted(Comparator.comparing(InvalidFieldsException.FieldProblem::field))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return catalog.findBySku(sku)
			.map(existing -> ResponseEntity.ok(catalog.update(existing.id(), form)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.CREATED).body(catalog.create(form)));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Imports a catalog file (xlsx, xls or CSV); answers the counts and the problem rows")
	ImportSummary importFile(@RequestPart("file") MultipartFile file) throws IOException {
		return imports.importCatalog(file.getOriginalFilename() == null ? "catalog" : file.getOriginalFilename(),
				file.getBytes());
	}

}
