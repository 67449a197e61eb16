package com.sellout.portal.forecasting.models;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EtsModelTest {

	@Test
	void isNamedAsRPrintsIt() {
		assertThat(EtsModel.of("MAdM").name()).isEqualTo("ETS(M,Ad,M)");
		assertThat(EtsModel.of("ETS(A,N,A)")).isEqualTo(EtsModel.of("ANA"));
		assertThat(EtsModel.of("AAN").damped()).isFalse();
		assertThat(EtsModel.of("MAdN").damped()).isTrue();
	}

	@Test
	void theCandidatesAreRsDefaultsInRsOrder() {
		List<String> all = EtsModel.candidates(true, true).stream().map(EtsModel::name).toList();
		assertThat(all).containsExactly("ETS(A,N,N)", "ETS(A,N,A)", "ETS(A,Ad,N)", "ETS(A,A,N)", "ETS(A,Ad,A)",
				"ETS(A,A,A)", "ETS(M,N,N)", "ETS(M,N,A)", "ETS(M,N,M)", "ETS(M,Ad,N)", "ETS(M,A,N)", "ETS(M,Ad,A)",
				"ETS(M,A,A)", "ETS(M,Ad,M)", "ETS(M,A,M)");
		assertThat(EtsModel.candidates(true, false)).extracting(EtsModel::name)
			.containsExactly("ETS(A,N,N)", "ETS(A,Ad,N)", "ETS(A,A,N)", "ETS(M,N,N)", "ETS(M,Ad,N)", "ETS(M,A,N)");
		assertThat(EtsModel.candidates(false, true)).extracting(EtsModel::name)
			.containsExactly("ETS(A,N,N)", "ETS(A,N,A)", "ETS(A,Ad,N)", "ETS(A,A,N)", "ETS(A,Ad,A)", "ETS(A,A,A)");
	}

}
