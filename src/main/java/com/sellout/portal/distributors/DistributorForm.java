package com.sellout.portal.distributors;

import java.time.LocalDate;

import com.sellout.portal.shared.ValidInn;
import com.sellout.portal.shared.ValidKpp;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a manufacturer administrator fills in to create or edit a distributor. */
public class DistributorForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[A-Za-z0-9_-]{2,32}", message = "{distributor.code.format}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 255, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@ValidInn
	private String inn;

	@ValidKpp
	private String kpp;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String regions;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractEnd;

	@NotNull(message = "{validation.required}")
	private ReportingFrequency reportingFrequency = ReportingFrequency.MONTHLY;

	@Email(message = "{validation.email}")
	@Size(max = 255, message = "{validation.tooLong}")
	private String email;

	@Pattern(regexp = "[0-9+()\\- ]{0,32}", message = "{validation.phone}")
	private String phone;

	public static DistributorForm of(Distributor d) {
		DistributorForm form = new DistributorForm();
		form.code = d.code();
		form.name = d.name();
		form.inn = d.inn();
		form.kpp = d.kpp();
		form.regions = d.regions();
		form.contractStart = d.contractStart();
		form.contractEnd = d.contractEnd();
		form.reportingFrequency = d.reportingFrequency();
		form.email = d.email();
		form.phone = d.phone();
		return form;
	}

	@AssertTrue(message = "{distributor.contract.order}")
	public boolean isContractOrdered() {
		return contractStart == null || contractEnd == null || !contractEnd.isBefore(contractStart);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip().toUpperCase();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getInn() {
		return inn;
	}

	public void setInn(String inn) {
		this.inn = inn == null ? null : inn.strip();
	}

	public String getKpp() {
		return kpp;
	}

	public void setKpp(String kpp) {
		this.kpp = kpp == null || kpp.isBlank() ? null : kpp.strip().toUpperCase();
	}

	public String getRegions() {
		return regions;
	}

	public void setRegions(String regions) {
		this.regions = regions;
	}

	public LocalDate getContractStart() {
		return contractStart;
	}

	public void setContractStart(LocalDate contractStart) {
		this.contractStart = contractStart;
	}

	public LocalDate getContractEnd() {
		return contractEnd;
	}

	public void setContractEnd(LocalDate contractEnd) {
		this.contractEnd = contractEnd;
	}

	public ReportingFrequency getReportingFrequency() {
		return reportingFrequency;
	}

	public void setReportingFrequency(ReportingFrequency reportingFrequency) {
		this.reportingFrequency = reportingFrequency;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null || phone.isBlank() ? null : phone.strip();
	}

}
