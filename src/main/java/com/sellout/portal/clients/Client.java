package com.sellout.portal.clients;

import java.time.OffsetDateTime;

/**
 * A client (partner) of distributors: one record per ИНН (and КПП for a branch) in the
 * whole system.
 */
public record Client(long id, String inn, String kpp, String ogrn, String name, String segment, String regionCode,
		String regionName, String city, String address, ClientStatus status, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}
