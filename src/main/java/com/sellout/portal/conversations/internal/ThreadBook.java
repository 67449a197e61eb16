package com.sellout.portal.conversations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.AboutType;
import com.sellout.portal.conversations.ConversationState;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.Conversations.ThreadFilter;
import com.sellout.portal.conversations.Side;
import com.sellout.portal.conversations.ThreadMessage;
import com.sellout.portal.conversations.ThreadSummary;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The threads' tables, read and written in the caller's data scope: the policies keep
 * another distributor's threads and, for a distributor, internal notes out of every query
 * here, counts included. A manager restricted to clients is limited here too
 * ({@link ClientLimits}).
 */
@Component
public class ThreadBook {

	private static final String SUMMARY = """
			select t.id, t.distributor_id, d.code, d.name, t.subject, t.state, t.about_type, t.report_id, t.line_no,
			       t.client_id, t.period, t.sku, t.project_id, t.correction, t.created_at, t.last_message_at,
			       (select count(*) from conversation_messages m where m.thread_id = t.id) as messages,
			       (select count(*) from conversation_messages m
			         where m.thread_id = t.id and m.author_id <> :me
			           and m.id > coalesce((select r.last_read_message_id from conversation_reads r
			                                 where r.thread_id = t.id and r.user_id = :me), 0)) as unread
			  from conversation_threads t join distributor_directory d on d.id = t.distributor_id""";

	private static final String LIMITED = """
			(:unrestricted or t.about_type not in ('LINE', 'CLIENT') or t.client_inn = any(:inns))""";

	private final JdbcClient jdbc;

	private final ClientLimits limits;

	ThreadBook(JdbcClient jdbc, ClientLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	public record NewRow(long distributorId, String subject, About about, @Nullable Long clientId,
			@Nullable String clientInn, boolean openedByManufacturer, boolean correction, long createdBy) {
	}

	public long insert(NewRow row) {
		About about = row.about();
		return jdbc.sql("""
				insert into conversation_threads (distributor_id, subject, about_type, report_id, line_no, client_id,
				       client_inn, period, sku, project_id, opened_by_manufacturer, correction, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(row.distributorId(), row.subject(), about.type().name(), about.reportId(), about.lineNo(),
					row.clientId(), row.clientInn(), about.period() == null ? null : about.period().atDay(1),
					about.sku(), about.projectId(), row.openedByManufacturer(), row.correction(), row.createdBy())
			.query(Long.class)
			.single();
	}

	public PageSlice<ThreadSummary> find(ThreadFilter filter, long me, int page, int size) {
		StringBuilder where = new StringBuilder(" where").append(LIMITED);
		Map<String, Object> params = scopeParams(me);
		if (filter.distributorId() != null) {
			where.append(" and t.distributor_id = :distributor");
			params.put("distributor", filter.distributorId());
		}
		if (filter.state() != null) {
			where.append(" and t.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.reportId() != null) {
			where.append(" and t.report_id = :report");
			params.put("report", filter.reportId());
		}
		if (filter.clientId() != null) {
			where.append(" and t.client_id = :client");
			params.put("client", filter.clientId());
		}
		if (filter.followedOnly()) {
			where.append(" and exists (select 1 from conversation_followers f where f.thread_id = t.id"
					+ " and f.user_id = :me)");
		}
		String sql = "select * from (" + SUMMARY + where + ") s" + (filter.unreadOnly() ? " where s.unread > 0" : "");
		long total = jdbc.sql("select count(*) from (" + sql + ") c").params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ThreadSummary> items = jdbc
			.sql(sql + " order by last_message_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query(ThreadBook::summary)
			.list();
		return new PageSlice<>(items, page, size, total);
	}

	public Optional<ThreadSummary> summary(long threadId, long me) {
		Map<String, Object> params = scopeParams(me);
		params.put("id", threadId);
		return jdbc.sql(SUMMARY + " where t.id = :id and" + LIMITED)
			.params(params)
			.query(ThreadBook::summary)
			.optional();
	}

	/**
	 * How many threads the person follows that have messages of others they have not
	 * read.
	 */
	public int unreadThreads(long me) {
		Map<String, Object> params = scopeParams(me);
		return jdbc.sql("""
				select count(*) from conversation_threads t
				 where exists (select 1 from conversation_followers f where f.thread_id = t.id and f.user_id = :me)
				   and exists (select 1 from conversation_messages m
				                where m.thread_id = t.id and m.author_id <> :me
				                  and m.id > coalesce((select r.last_read_message_id from conversation_reads r
				                                        where r.thread_id = t.id and r.user_id = :me), 0))
				   and""" + LIMITED).params(params).query(Integer.class).single();
	}

	public ConversationThread thread(ThreadSummary summary) {
		return new ConversationThread(summary, messages(summary.id()), followers(summary.id()));
	}

	private List<ThreadMessage> messages(long threadId) {
		Map<Long, List<ThreadMessage.Attachment>> files = new LinkedHashMap<>();
		jdbc.sql("select id, message_id, file_name, size_bytes from conversation_attachments where thread_id = ?"
				+ " order by id")
			.param(threadId)
			.query((rs, i) -> files.computeIfAbsent(rs.getLong("message_id"), id -> new ArrayList<>())
				.add(new ThreadMessage.Attachment(rs.getLong("id"), rs.getString("file_name"),
						rs.getLong("size_bytes"))))
			.list();
		return jdbc.sql("""
				select id, author_id, author_name, author_side, text, internal, via, created_at
				  from conversation_messages where thread_id = ? order by id""")
			.param(threadId)
			.query((rs, i) -> new ThreadMessage(rs.getLong("id"), rs.getLong("author_id"), rs.getString("author_name"),
					Side.valueOf(rs.getString("author_side")), rs.getString("text"), rs.getBoolean("internal"),
					Via.valueOf(rs.getString("via")), rs.getObject("created_at", OffsetDateTime.class),
					files.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private List<ConversationThread.Follower> followers(long threadId) {
		return jdbc.sql("""
				select user_id, name, side from conversation_followers
				 where thread_id = ? order by added_at, user_id""")
			.param(threadId)
			.query((rs, i) -> new ConversationThread.Follower(rs.getLong("user_id"), rs.getString("name"),
					Side.valueOf(rs.getString("side"))))
			.list();
	}

	public record NewMessageRow(long threadId, long distributorId, long authorId, String authorName, Side side,
			String text, boolean internal, Via via, @Nullable String mailKey) {
	}

	/** Adds a message; empty when a reply with the same mail key was added before. */
	public Optional<Long> insertMessage(NewMessageRow row) {
		return jdbc.sql("""
				insert into conversation_messages (thread_id, distributor_id, author_id, author_name, author_side, text,
				       internal, via, mail_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (mail_key) do nothing returning id""")
			.params(row.threadId(), row.distributorId(), row.authorId(), row.authorName(), row.side().name(),
					row.text(), row.internal(), row.via().name(), row.mailKey())
			.query(Long.class)
			.optional();
	}

	public void insertAttachment(long messageId, long threadId, long distributorId, boolean internal, String name,
			byte[] content) {
		jdbc.sql("""
				insert into conversation_attachments (message_id, thread_id, distributor_id, internal, file_name,
				       size_bytes, content)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(messageId, threadId, distributorId, internal, name, content.length, content)
			.update();
	}

	/** A thread's state and when its last message came. */
	public void touch(long threadId, ConversationState state) {
		jdbc.sql("update conversation_threads set state = ?, last_message_at = now() where id = ?")
			.params(state.name(), threadId)
			.update();
	}

	public void changeState(long threadId, ConversationState state) {
		jdbc.sql("update conversation_threads set state = ? where id = ?").params(state.name(), threadId).update();
	}

	/** The client a CLIENT or LINE thread is about, or null. */
	public @Nullable String clientInn(long threadId) {
		return jdbc.sql("select client_inn from conversation_threads where id = ?")
			.param(threadId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Which side opened the thread: a message from the other side answers it. */
	public boolean openedByManufacturer(long threadId) {
		return jdbc.sql("select opened_by_manufacturer from conversation_threads where id = ?")
			.param(threadId)
			.query(Boolean.class)
			.single();
	}

	public void markRead(long threadId, long distributorId, long me) {
		jdbc.sql("""
				insert into conversation_reads (thread_id, user_id, distributor_id, last_read_message_id)
				select ?, ?, ?, coalesce(max(id), 0) from conversation_messages where thread_id = ?
				on conflict (thread_id, user_id) do update set last_read_message_id =
				    greatest(conversation_reads.last_read_message_id, excluded.last_read_message_id)""")
			.params(threadId, me, distributorId, threadId)
			.update();
	}

	private Map<String, Object> scopeParams(long me) {
		Map<String, Object> params = new LinkedHashMap<>();
		Optional<List<String>> inns = limits.restriction();
		params.put("me", me);
		params.put("unrestricted", inns.isEmpty());
		params.put("inns", inns.orElse(List.of()).toArray(String[]::new));
		return params;
	}

	private static ThreadSummary summary(ResultSet rs, int row) throws SQLException {
		LocalDate period = rs.getObject("period", LocalDate.class);
		About about = new About(AboutType.valueOf(rs.getString("about_type")), (Long) rs.getObject("report_id"),
				(Integer) rs.getObject("line_no"), (Long) rs.getObject("client_id"),
				period == null ? null : YearMonth.from(period), rs.getString("sku"), (Long) rs.getObject("project_id"));
		return new ThreadSummary(rs.getLong("id"), rs.getLong("distributor_id"), rs.getString("code"),
				rs.getString("name"), rs.getString("subject"), ConversationState.valueOf(rs.getString("state")), about,
				rs.getBoolean("correction"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("last_message_at", OffsetDateTime.class), rs.getInt("messages"), rs.getInt("unread"));
	}

}
