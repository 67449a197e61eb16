package com.sellout.portal.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.ExportNames;
import com.sellout.portal.shared.TableFiles;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every analytics view's table as the file it downloads, xlsx (numbers as numbers) or CSV
 * — and, like every other export of the portal's data, a line in the audit log saying who
 * took which view and how many rows.
 */
@Component
class Download {

	private final AuditLog auditLog;

	Download(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/** The table (its first row the headers) as {@code name.format}. */
	ResponseEntity<byte[]> of(String format, String name, String sheet, List<List<Object>> table) {
		boolean csv = format.equals("csv");
		byte[] body = csv ? TableFiles.csv(table) : TableFiles.xlsx(sheet, table);
		MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType(TableFiles.XLSX);
		var scope = DataScopes.current();
		auditLog.record(AuditAction.ANALYTICS_EXPORTED, "analytics", name,
				scope.isDistributor() ? scope.distributorId() : null, format + " " + (table.size() - 1) + " rows");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportNames.attachment(name + "." + format))
			.contentType(type)
			.body(body);
	}

}
