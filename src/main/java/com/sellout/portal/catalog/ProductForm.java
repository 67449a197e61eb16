package com.sellout.portal.catalog;

import java.math.BigDecimal;

import com.sellout.portal.shared.Gtin;
import com.sellout.portal.shared.ValidGtin;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the manufacturer fills in (or sends over the API) for one product. */
public class ProductForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "\\S{1,64}", message = "{product.sku.format}")
	private String sku;

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLong}")
	private String name;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String groupPath;

	@Size(max = 255, message = "{validation.tooLong}")
	private String brand;

	@Size(max = 32, message = "{validation.tooLong}")
	private String unit = "шт";

	@ValidGtin
	private String ean;

	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@Digits(integer = 12, fraction = 2, message = "{validation.money}")
	private BigDecimal listPrice;

	public static ProductForm of(Product product) {
		ProductForm form = new ProductForm();
		form.sku = product.sku();
		form.name = product.name();
		form.groupPath = product.groupPath();
		form.brand = product.brand();
		form.unit = product.unit();
		form.ean = product.ean();
		form.listPrice = product.listPrice();
		return form;
	}

	public String getSku() {
		return sku;
	}

	public void setSku(String sku) {
		this.sku = sku == null ? null : sku.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getGroupPath() {
		return groupPath;
	}

	public void setGroupPath(String groupPath) {
		this.groupPath = ProductGroup.normalisePath(groupPath);
	}

	public String getBrand() {
		return brand;
	}

	public void setBrand(String brand) {
		this.brand = brand == null || brand.isBlank() ? null : brand.strip();
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit == null || unit.isBlank() ? "шт" : unit.strip();
	}

	public String getEan() {
		return ean;
	}

	public void setEan(String ean) {
		this.ean = ean == null || ean.isBlank() ? null : Gtin.normalise(ean);
	}

	public BigDecimal getListPrice() {
		return listPrice;
	}

	public void setListPrice(BigDecimal listPrice) {
		this.listPrice = listPrice;
	}

}
