package com.sellout.portal.ingest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small distributor CSVs for the channel tests: each one different (its amount and
 * document number), in a month of 2019 that no other test uses, so that its report
 * supersedes nothing else.
 */
public final class DropFiles {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private DropFiles() {
	}

	/** A clean file: one line for a registered client and a catalog product. */
	public static byte[] clean(int month) {
		int n = NEXT.incrementAndGet();
		return ("Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n"
				+ "%02d.%02d.2019;D-%d;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;2;%d,50\n"
					.formatted(1 + n % 27, month, n, 1000 + n))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A file with one good line and one for a product nobody knows: accepted with an
	 * exception.
	 */
	public static byte[] withException(int month) {
		int n = NEXT.incrementAndGet();
		return ("Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n"
				+ "%02d.%02d.2019;D-%d;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;2;%d,50\n"
					.formatted(1 + n % 27, month, n, 1000 + n)
				+ "%02d.%02d.2019;D-%d;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;NO-SUCH-%d;1;99,00\n"
					.formatted(1 + n % 27, month, n, n))
			.getBytes(StandardCharsets.UTF_8);
	}

}
