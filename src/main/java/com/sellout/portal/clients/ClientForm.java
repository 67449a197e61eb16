package com.sellout.portal.clients;

/**
 * What a distributor (or the manufacturer) fills in to register a client. Checked by
 * {@link Requisites}, which names each wrong field and why.
 */
public class ClientForm {

	private String inn;

	private String kpp;

	private String ogrn;

	private String name;

	private String segment;

	private String regionCode;

	private String city;

	private String address;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	/** Only the manufacturer chooses; a distributor always registers for itself. */
	private Long distributorId;

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
	}

	public String getInn() {
		return inn;
	}

	public void setInn(String inn) {
		this.inn = inn == null ? null : inn.replaceAll("\\s", "");
		this.inn = this.inn == null || this.inn.isEmpty() ? null : this.inn;
	}

	public String getKpp() {
		return kpp;
	}

	public void setKpp(String kpp) {
		this.kpp = kpp == null || kpp.isBlank() ? null : kpp.replaceAll("\\s", "").toUpperCase();
	}

	public String getOgrn() {
		return ogrn;
	}

	public void setOgrn(String ogrn) {
		this.ogrn = ogrn == null || ogrn.isBlank() ? null : ogrn.replaceAll("\\s", "");
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = clean(name);
	}

	public String getSegment() {
		return segment;
	}

	public void setSegment(String segment) {
		this.segment = clean(segment);
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = clean(regionCode);
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = clean(city);
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = clean(address);
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = clean(contactName);
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = clean(contactEmail);
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = clean(contactPhone);
	}

	public Long getDistributorId() {
		return distributorId;
	}

	public void setDistributorId(Long distributorId) {
		this.distributorId = distributorId;
	}

}
