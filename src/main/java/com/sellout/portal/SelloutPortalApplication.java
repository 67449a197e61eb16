package com.sellout.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = { "shared", "database" })
public class SelloutPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(SelloutPortalApplication.class, args);
	}

}
