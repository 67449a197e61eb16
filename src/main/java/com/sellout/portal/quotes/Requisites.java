package com.sellout.portal.quotes;

import org.jspecify.annotations.Nullable;

/**
 * A party's requisites as a proposal prints them: name, ИНН/КПП, address, bank, БИК,
 * settlement account (р/с), correspondent account (к/с), phone, e-mail.
 */
public record Requisites(String name, @Nullable String inn, @Nullable String kpp, @Nullable String address,
		@Nullable String bank, @Nullable String bik, @Nullable String account, @Nullable String corrAccount,
		@Nullable String phone, @Nullable String email) {

	public static Requisites named(String name) {
		return new Requisites(name, null, null, null, null, null, null, null, null, null);
	}

}
