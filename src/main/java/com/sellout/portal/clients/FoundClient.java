package com.sellout.portal.clients;

/** A client a distributor reported selling to, with what its line said of it. */
public record FoundClient(String inn, String kpp, String name, String regionCode, String city, String address) {
}
