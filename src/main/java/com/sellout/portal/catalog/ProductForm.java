package com.sellout.portal.catalog;

import java.math.BigDecimal;

import com.sellout.portal.shared.Gtin;
import com.sellout.portal.shared.TrimmedForm;
import com.sellout.portal.shared.ValidGtin;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the manufacturer fills in (or sends over the API) for one product. Its text
 * arrives trimmed ({@link TrimmedForm}); the group path is normalised, the GTIN keeps its
 * digits only and the unit is pieces when none is given.
 */
public record ProductForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\S{1,64}",
				message = "{product.sku.format}") String sku,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String name,
		@Size(max = 1000, message = "{validation.tooLong}") String groupPath,
		@Size(max = 255, message = "{validation.tooLong}") String brand,
		@Size(max = 32, message = "{validation.tooLong}") String unit, @ValidGtin String ean,
		@DecimalMin(value = "0", message = "{validation.notNegative}") @Digits(integer = 12, fraction = 2,
				message = "{validation.money}") BigDecimal listPrice)
		implements
			TrimmedForm {

	static final String PIECES = "шт";

	public ProductForm {
		groupPath = ProductGroup.normalisePath(groupPath);
		unit = unit == null || unit.isBlank() ? PIECES : unit;
		ean = ean == null || ean.isBlank() ? null : Gtin.normalise(ean);
	}

	/** The empty form of a new product. */
	public static ProductForm empty() {
		return new ProductForm(null, null, null, null, null, null, null);
	}

	public static ProductForm of(Product product) {
		return new ProductForm(product.sku(), product.name(), product.groupPath(), product.brand(), product.unit(),
				product.ean(), product.listPrice());
	}

	/** The same product under the SKU the API's path names. */
	public ProductForm withSku(String sku) {
		return new ProductForm(sku, name, groupPath, brand, unit, ean, listPrice);
	}

}
