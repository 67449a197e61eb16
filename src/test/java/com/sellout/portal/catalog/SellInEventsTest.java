package com.sellout.portal.catalog;

import java.time.YearMonth;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sell-in import tells those who compare sell-in with sell-out which distributor's
 * months changed: once per distributor and month, and a document sent again with another
 * date changes both its old and its new month.
 */
@RecordApplicationEvents
class SellInEventsTest extends PortalTest {

	@Autowired
	private CatalogImports imports;

	@Autowired
	private ApplicationEvents events;

	@Test
	void eachChangedMonthIsPublishedOnceAndAMovedDocumentChangesBothMonths() {
		long alfa = distributorId("ALFA");
		long beta = distributorId("BETA");
		String first = String.join("\n", "distributor;document_no;date;sku;quantity;amount",
				"ALFA;EV-SI-1;2036-03-02;EL-10001;10;7404.40", "ALFA;EV-SI-1;2036-03-02;EL-10002;2;2992.86",
				"ALFA;EV-SI-2;2036-03-20;EL-10003;5;8415.40", "BETA;EV-SI-3;2036-03-05;EL-10004;1;996.20");
		asSystem(() -> imports.importSellIn("events.csv", first.getBytes()));

		assertThat(events.stream(SellInChanged.class)).as("two lines and two documents of ALFA's March: once")
			.containsExactlyInAnyOrder(new SellInChanged(alfa, YearMonth.of(2036, 3)),
					new SellInChanged(beta, YearMonth.of(2036, 3)));

		events.clear();
		String moved = "distributor;document_no;date;sku;quantity;amount\nALFA;EV-SI-2;2036-04-01;EL-10003;5;8415.40\n";
		asSystem(() -> imports.importSellIn("moved.csv", moved.getBytes()));

		assertThat(events.stream(SellInChanged.class)).as("the document left March for April")
			.containsExactlyInAnyOrder(new SellInChanged(alfa, YearMonth.of(2036, 3)),
					new SellInChanged(alfa, YearMonth.of(2036, 4)));
	}

}
