package com.sellout.portal.sellout.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.sellout.portal.distributors.Distributor;

/**
 * A 1C exchange file names the organisation whose books it was exported from
 * (EnterpriseData's «Организация», CommerceML's «Продавец»). When that is another
 * distributor of the portal, the file holds that distributor's sales, sent by mistake or
 * on purpose, and is refused. The sender is told the ИНН the file itself names and
 * nothing of the distributor behind it. An organisation the portal does not know (a
 * second legal entity of the same distributor) is no reason to refuse.
 */
final class OwnOrganisation {

	private final Set<String> otherDistributors;

	private OwnOrganisation(Set<String> otherDistributors) {
		this.otherDistributors = otherDistributors;
	}

	/**
	 * The ИНН of every distributor but the sender, and but those sharing the sender's
	 * ИНН.
	 */
	static OwnOrganisation of(long senderId, List<Distributor> distributors) {
		String own = distributors.stream()
			.filter(d -> d.id() == senderId)
			.map(Distributor::inn)
			.findFirst()
			.orElse(null);
		Set<String> others = new HashSet<>();
		for (Distributor distributor : distributors) {
			if (distributor.id() != senderId && distributor.inn() != null && !distributor.inn().isBlank()
					&& !distributor.inn().strip().equals(own == null ? null : own.strip())) {
				others.add(distributor.inn().strip());
			}
		}
		return new OwnOrganisation(others);
	}

	/**
	 * Refuses the file if the organisation it names by this ИНН (null: none) is another
	 * distributor.
	 */
	void check(String inn) {
		if (inn != null && otherDistributors.contains(inn.strip())) {
			throw new RefusedFileException("sellout.rejected.otherOrganisation",
					"The file's organisation is another distributor of the portal", inn.strip());
		}
	}

}
