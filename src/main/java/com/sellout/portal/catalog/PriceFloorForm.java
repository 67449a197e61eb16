package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** A price floor rule as the manufacturer enters it. */
public class PriceFloorForm {

	@NotBlank(message = "{validation.required}")
	private String sku;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@Digits(integer = 12, fraction = 2, message = "{validation.money}")
	private BigDecimal minPrice;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	@Pattern(regexp = "\\d{2,3}", message = "{floor.region.format}")
	private String regionCode;

	@Pattern(regexp = "[A-Z][A-Z_]{1,31}", message = "{floor.segment.format}")
	private String segment;

	private Long distributorId;

	@AssertTrue(message = "{floor.dates.order}")
	public boolean isDatesOrdered() {
		return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
	}

	public String getSku() {
		return sku;
	}

	public void setSku(String sku) {
		this.sku = sku == null ? null : sku.strip();
	}

	public BigDecimal getMinPrice() {
		return minPrice;
	}

	public void setMinPrice(BigDecimal minPrice) {
		this.minPrice = minPrice;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
	}

	public String getSegment() {
		return segment;
	}

	public void setSegment(String segment) {
		this.segment = segment == null || segment.isBlank() ? null : segment.strip().toUpperCase();
	}

	public Long getDistributorId() {
		return distributorId;
	}

	public void setDistributorId(Long distributorId) {
		this.distributorId = distributorId;
	}

}
