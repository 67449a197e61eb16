package com.sellout.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module diagram the README shows ({@code docs/modules.puml}) is the one Spring
 * Modulith draws from the code, so it never drifts from the modules as they are: this
 * test fails when they differ. Run it with {@code -Dmodules.update=true} to write the
 * current diagram there instead.
 */
class ModuleDiagramTest {

	static final Path COMMITTED = Paths.get("docs", "modules.puml");

	private static final String UPDATE = "./mvnw -B -ntp test -Dtest=ModuleDiagramTest -Dmodules.update=true";

	@Test
	void theCommittedModuleDiagramIsTheOneTheCodeDraws() throws IOException {
		String drawn = draw();
		if (Boolean.getBoolean("modules.update")) {
			Files.createDirectories(COMMITTED.getParent());
			Files.writeString(COMMITTED, drawn);
		}

		assertThat(Files.exists(COMMITTED)).as("%s is missing: run %s and commit it", COMMITTED, UPDATE).isTrue();
		assertThat(lines(Files.readString(COMMITTED)))
			.as("%s differs from the modules in the code: run %s and commit it", COMMITTED, UPDATE)
			.isEqualTo(lines(drawn));
	}

	/**
	 * The modules and their dependencies as a C4 component diagram in PlantUML, as Spring
	 * Modulith's Documenter writes it.
	 */
	private static String draw() throws IOException {
		Path folder = Paths.get("target", "module-diagram");
		new Documenter(ApplicationModules.of(SelloutPortalApplication.class),
				Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults()
				.withStyle(DiagramStyle.C4)
				.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE));
		return Files.readString(folder.resolve("components.puml"));
	}

	/**
	 * The diagram's lines in order, without trailing spaces or the line ends of one
	 * system or another: each module and each dependency is one line, and the order the
	 * Documenter lists them in is not the modules' business.
	 */
	private static String lines(String text) {
		return text.lines()
			.map(String::stripTrailing)
			.filter(line -> !line.isEmpty())
			.sorted()
			.collect(Collectors.joining("\n"));
	}

}
