package com.sellout.portal.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sellout.portal.shared.TableFiles;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The empty file an import page offers to download: an xlsx whose first row holds the
 * columns the import reads, in the words the page's hint uses, to be filled in and
 * dropped back on the page.
 */
public final class ImportTemplate {

	private ImportTemplate() {
	}

	public static ResponseEntity<byte[]> xlsx(String fileName, String sheetName, List<String> headers) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(TableFiles.XLSX))
			.body(TableFiles.xlsx(sheetName, List.of(headers)));
	}

}
