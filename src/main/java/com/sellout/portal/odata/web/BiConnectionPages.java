package com.sellout.portal.odata.web;

import java.time.OffsetDateTime;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.odata.BiFeed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * «Подключение BI»: where the feed is and how Excel and Power BI connect to it, the files
 * that connect them in one click, when the data last changed, and the PostgreSQL section
 * of the reporting schema. For every person (integration accounts have no pages); what
 * the feed shows is the person's own scope.
 */
@Controller
@RequestMapping("/bi")
class BiConnectionPages {

	private final ObjectProvider<BiFeed> feed;

	BiConnectionPages(ObjectProvider<BiFeed> feed) {
		this.feed = feed;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser me, Model model) {
		BiFeed biFeed = feed.getIfAvailable();
		OffsetDateTime lastChanged = biFeed == null ? null : biFeed.lastChanged().orElse(null);
		String feedUrl = feedUrl();
		model.addAttribute("feedUrl", feedUrl);
		// Power Query sends the Web API credential's key as the URL parameter ApiKeyName
		// names
		model.addAttribute("mQuery", """
				let
				    Source = OData.Feed(
				        "%s",
				        null,
				        [Implementation = "2.0", ApiKeyName = "key"]
				    )
				in
				    Source""".formatted(feedUrl));
		model.addAttribute("lastChanged", lastChanged);
		model.addAttribute("pbidsName", ConnectionFiles.pbidsName(me));
		model.addAttribute("odcName", ConnectionFiles.odcName(me));
		model.addAttribute("nav", "bi");
		return "odata/bi";
	}

	@GetMapping("/connection.pbids")
	ResponseEntity<byte[]> pbids(@AuthenticationPrincipal CurrentUser me) {
		return ConnectionFiles.pbids(feedUrl(), me);
	}

	@GetMapping("/connection.odc")
	ResponseEntity<byte[]> odc(@AuthenticationPrincipal CurrentUser me) {
		return ConnectionFiles.odc(feedUrl(), me);
	}

	/**
	 * The portal's address as the person reached it (behind a proxy: with
	 * {@code server.forward-headers-strategy}) and the feed's path.
	 */
	private static String feedUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(BiFeed.PATH).build().toUriString();
	}

}
