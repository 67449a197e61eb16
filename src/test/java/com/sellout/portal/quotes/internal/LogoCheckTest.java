package com.sellout.portal.quotes.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.sellout.portal.shared.RefusedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which logos are taken: PNG and JPEG up to 1 MB and 4000 px a side, read from their
 * headers.
 */
class LogoCheckTest {

	@Test
	void aPngIsTakenWithItsSizeFromItsHeader() {
		assertThat(LogoCheck.check(TestImages.png(120, 40))).isEqualTo(new LogoCheck.Logo("image/png", 120, 40));
	}

	@Test
	void aJpegIsTakenWithItsSizeFromItsFrameHeader() {
		assertThat(LogoCheck.check(TestImages.jpeg(64, 33))).isEqualTo(new LogoCheck.Logo("image/jpeg", 64, 33));
	}

	@Test
	void anSvgIsRefusedForWhatItIs() {
		byte[] svg = """
				<?xml version="1.0"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"""
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> LogoCheck.check(svg)).isInstanceOf(RefusedException.class)
			.extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.svg");
	}

	@Test
	void aGifOrAnythingElseIsRefusedAsNotPngOrJpeg() {
		assertThatThrownBy(() -> LogoCheck.check(TestImages.image("gif", 10, 10)))
			.extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.type");
		assertThatThrownBy(() -> LogoCheck.check("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
			.extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.type");
	}

	@Test
	void aPngDeclaringMoreThan4000PixelsIsRefusedBeforeDecoding() {
		byte[] png = TestImages.png(10, 10);
		// IHDR's width, big-endian at offset 16: 5000 (the CRC no longer agrees — nothing
		// decodes it anyway)
		png[16] = 0;
		png[17] = 0;
		png[18] = (byte) 0x13;
		png[19] = (byte) 0x88;
		assertThatThrownBy(() -> LogoCheck.check(png)).extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.dimensions");
	}

	@Test
	void aJpegDeclaringMoreThan4000PixelsIsRefused() {
		byte[] jpeg = TestImages.jpeg(10, 10);
		int sof = sof(jpeg);
		// height at +5, width at +7: 40000 × 10
		jpeg[sof + 5] = (byte) 0x9C;
		jpeg[sof + 6] = (byte) 0x40;
		assertThatThrownBy(() -> LogoCheck.check(jpeg)).extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.dimensions");
	}

	@Test
	void aFileOverOneMegabyteIsRefused() {
		byte[] png = TestImages.png(10, 10);
		byte[] large = Arrays.copyOf(png, LogoCheck.MAX_BYTES + 1);
		assertThatThrownBy(() -> LogoCheck.check(large)).extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.tooLarge");
		assertThat(LogoCheck.check(Arrays.copyOf(png, LogoCheck.MAX_BYTES)).width()).isEqualTo(10);
	}

	@Test
	void aTruncatedPngIsDamaged() {
		assertThatThrownBy(() -> LogoCheck.check(Arrays.copyOf(TestImages.png(10, 10), 12)))
			.extracting(ex -> ((RefusedException) ex).messageKey())
			.isEqualTo("quotes.logo.damaged");
	}

	private static int sof(byte[] jpeg) {
		for (int i = 2; i + 1 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) >= 0xC0 && (jpeg[i + 1] & 0xFF) <= 0xC2) {
				return i;
			}
		}
		throw new IllegalStateException("no SOF");
	}

}
