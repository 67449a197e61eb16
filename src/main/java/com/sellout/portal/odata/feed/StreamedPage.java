package com.sellout.portal.odata.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.sellout.portal.odata.edm.FeedColumn;
import com.sellout.portal.odata.edm.FeedNavigation;
import com.sellout.portal.odata.edm.FeedSet;
import com.sellout.portal.odata.edm.FeedSets;
import com.sellout.portal.odata.sql.PageQuery;
import com.sellout.portal.odata.sql.Sql;
import org.apache.olingo.server.api.ODataContent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page written as its rows are read: {@code @odata.context}, {@code @odata.count}
 * when asked, the rows, and at the end the absolute {@code @odata.nextLink} when more
 * rows follow. A failure in the middle leaves the JSON unfinished, so that no client
 * takes a cut page for a whole one.
 */
final class StreamedPage implements ODataContent {

	private static final Logger log = LoggerFactory.getLogger(StreamedPage.class);

	private static final JsonFactory JSON = new JsonFactory();

	/**
	 * What a next link is built from: the service root, the set and the reader's options.
	 */
	record Links(String baseUri, String set, List<String> options, @Nullable Integer top, boolean keyset,
			@Nullable UUID snapshot, long offset) {
	}

	private final PageStreamer streamer;

	private final FeedSet set;

	private final FeedSets sets;

	private final PagePlan plan;

	private final List<PageQuery.Built> parts;

	private final @Nullable Sql count;

	private final int limit;

	private final Links links;

	private final RowWriter rows;

	private final boolean context;

	StreamedPage(PageStreamer streamer, FeedSet set, FeedSets sets, PagePlan plan, List<PageQuery.Built> parts,
			@Nullable Sql count, int limit, Links links, RowWriter rows, boolean context) {
		this.streamer = streamer;
		this.set = set;
		this.sets = sets;
		this.plan = plan;
		this.parts = parts;
		this.count = count;
		this.limit = limit;
		this.links = links;
		this.rows = rows;
		this.context = context;
	}

	@Override
	public void write(WritableByteChannel channel) {
		write(Channels.newOutputStream(channel));
	}

	@Override
	public void write(OutputStream stream) {
		try (JsonGenerator json = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
			json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
			streamer.inTransaction(() -> {
				writePage(json);
				return null;
			});
		}
		catch (IOException | UncheckedIOException ex) {
			log.info("OData page of {} not finished: {}", set.name(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("OData page of {} failed", set.name(), ex);
		}
	}

	private void writePage(JsonGenerator json) {
		try {
			json.writeStartObject();
			if (context) {
				json.writeStringField("@odata.context", contextUrl());
			}
			if (count != null) {
				json.writeNumberField("@odata.count", streamer.count(count));
			}
			json.writeArrayFieldStart("value");
			List<FeedColumn> keys = set.keyColumns();
			int[] written = { 0 };
			boolean[] more = { false };
			List<Object> last = new ArrayList<>();
			for (int part = 0; part < parts.size() && !more[0]; part++) {
				if (written[0] == limit) {
					// full at a report's end: the next page starts with the next report
					more[0] = true;
					break;
				}
				PageQuery.Built page = parts.get(part);
				Row[] row = { null };
				streamer.query(new Sql(page.sql(), page.params(), null, false), links.keyset(),
						links.snapshot() != null, rs -> {
							if (written[0] == limit) {
								more[0] = true;
								return;
							}
							if (row[0] == null) {
								row[0] = bind(rs);
							}
							try {
								row[0].write(json, rs);
							}
							catch (IOException ex) {
								throw new UncheckedIOException(ex);
							}
							written[0]++;
							if (written[0] == limit) {
								last.clear();
								for (FeedColumn key : keys) {
									last.add(RowWriter.key(rs, key));
								}
							}
						});
			}
			json.writeEndArray();
			boolean topLeft = links.top() == null || links.top() > written[0];
			if (more[0] && topLeft) {
				json.writeStringField("@odata.nextLink", nextLink(written[0], last));
			}
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page's fields and its expanded entities, bound to the query's columns. */
	private Row bind(ResultSet rs) throws SQLException {
		List<Expanded> expanded = new ArrayList<>();
		for (int i = 0; i < plan.expands().size(); i++) {
			FeedNavigation link = plan.expands().get(i);
			FeedSet target = sets.require(link.targetSet());
			expanded.add(
					new Expanded(new SerializedString(link.name()), rs.findColumn("e" + i + "_" + target.keys().get(0)),
							rows.fields(rs, target.columns(), "e" + i + "_")));
		}
		return new Row(rows.fields(rs, plan.written(), ""), expanded);
	}

	/**
	 * An expanded navigation: its name, the column of its target's key (null when nothing
	 * is linked) and its target's fields.
	 */
	private record Expanded(SerializableString name, int key, RowWriter.Fields fields) {
	}

	private record Row(RowWriter.Fields fields, List<Expanded> expanded) {

		void write(JsonGenerator json, ResultSet rs) throws IOException, SQLException {
			json.writeStartObject();
			fields.write(json, rs);
			for (Expanded link : expanded) {
				json.writeFieldName(link.name());
				if (rs.getObject(link.key()) == null) {
					json.writeNull();
				}
				else {
					json.writeStartObject();
					link.fields().write(json, rs);
					json.writeEndObject();
				}
			}
			json.writeEndObject();
		}

	}

	private String contextUrl() {
		String select = plan.selected() ? plan.written().stream().map(FeedColumn::name).collect(Collectors.joining(","))
				: "";
		String expand = plan.expands().stream().map(n -> n.name() + "()").collect(Collectors.joining(","));
		String shape = select.isEmpty() && expand.isEmpty() ? ""
				: "(" + select + (select.isEmpty() || expand.isEmpty() ? "" : ",") + expand + ")";
		return links.baseUri() + "/$metadata#" + links.set() + shape;
	}

	private String nextLink(int written, List<Object> last) {
		PageToken token = links.keyset() ? new PageToken(links.snapshot(), last, 0)
				: new PageToken(links.snapshot(), null, links.offset() + written);
		List<String> options = new ArrayList<>(links.options());
		if (links.top() != null) {
			options.add("$top=" + (links.top() - written));
		}
		options.add("$skiptoken=" + token.encode());
		return links.baseUri() + "/" + links.set() + "?" + String.join("&", options);
	}

}
