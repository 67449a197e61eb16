package com.sellout.portal.sellout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableFile;
import com.sellout.portal.reading.TableReader;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.sellout.internal.ReportOriginals;
import com.sellout.portal.sellout.internal.ReportStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first rows of a table report as they were read, for a person to see its layout on
 * the mapping page; read as the kind of table told when the file came in, and only as far
 * as needed.
 */
@Service
public class ReportPreview {

	private final SellOutReports reports;

	private final ReportStore files;

	private final ReportOriginals originals;

	ReportPreview(SellOutReports reports, ReportStore files, ReportOriginals originals) {
		this.reports = reports;
		this.files = files;
		this.originals = originals;
	}

	/** At most {@code limit} rows; none for a file that cannot be read as a table. */
	@Transactional(readOnly = true)
	public List<RawRow> firstRows(long reportId, int limit) {
		reports.get(reportId);
		List<RawRow> rows = new ArrayList<>();
		Path original = originals.spool(reportId);
		try {
			TableReader.read(new TableFile(original, files.tableType(reportId).orElse(null), in -> in), row -> {
				rows.add(row);
				if (rows.size() >= limit) {
					throw new EnoughRows();
				}
			}, parameters -> {
				// a first sheet of report parameters is passed over, as the pipeline does
			});
		}
		catch (EnoughRows enough) {
			// the rest of the file is not needed
		}
		catch (UnreadableFileException unreadable) {
			return List.of();
		}
		finally {
			original.toFile().delete();
		}
		return rows;
	}

	private static final class EnoughRows extends RuntimeException {

		EnoughRows() {
			super(null, null, false, false);
		}

	}

}
