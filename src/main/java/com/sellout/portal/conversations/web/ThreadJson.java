package com.sellout.portal.conversations.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.ThreadMessage;
import com.sellout.portal.conversations.ThreadSummary;
import org.jspecify.annotations.Nullable;

/** Threads as the API reads and writes them. */
final class ThreadJson {

	private ThreadJson() {
	}

	/** What a thread is about, as sent and shown; only the type's fields are set. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AboutView(@Nullable String type, @Nullable Long reportId, @Nullable Integer lineNo, @Nullable Long clientId,
			@Nullable String period, @Nullable String sku, @Nullable Long projectId) {

		static AboutView of(About about) {
			return new AboutView(about.type().name(), about.reportId(), about.lineNo(), about.clientId(),
					about.period() == null ? null : about.period().toString(), about.sku(), about.projectId());
		}

		About toAbout() {
			return new About(ConversationParams.aboutType(type), reportId, lineNo, clientId,
					ConversationParams.period(period), sku, projectId);
		}

	}

	record AttachmentView(long id, String fileName, long size, String href) {
	}

	record MessageView(long id, String author, String side, String text, boolean internal, String via,
			OffsetDateTime createdAt, List<AttachmentView> attachments) {

		static MessageView of(long threadId, ThreadMessage m) {
			return new MessageView(m.id(), m.authorName(), m.side().name(), m.text(), m.internal(), m.via().name(),
					m.createdAt(),
					m.attachments()
						.stream()
						.map(a -> new AttachmentView(a.id(), a.fileName(), a.size(),
								"/api/v1/threads/" + threadId + "/attachments/" + a.id()))
						.toList());
		}

	}

	record ThreadView(long id, String distributor, String distributorName, String subject, String state,
			AboutView about, boolean correction, OffsetDateTime createdAt, OffsetDateTime lastMessageAt,
			int messageCount, int unread,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<MessageView> messages) {

		static ThreadView of(ThreadSummary t, @Nullable List<ThreadMessage> messages) {
			return new ThreadView(t.id(), t.distributorCode(), t.distributorName(), t.subject(), t.state().name(),
					AboutView.of(t.about()), t.correction(), t.createdAt(), t.lastMessageAt(), t.messages(), t.unread(),
					messages == null ? null : messages.stream().map(m -> MessageView.of(t.id(), m)).toList());
		}

		static ThreadView of(ConversationThread thread) {
			return of(thread.summary(), thread.messages());
		}

	}

	record Items<T>(List<T> items) {
	}

	record NewThreadRequest(@Nullable String distributor, @Nullable String subject, @Nullable String text,
			@Nullable AboutView about) {
	}

	record NewMessageRequest(@Nullable String text, @Nullable Boolean internal) {
	}

	record StateRequest(@Nullable String state) {
	}

	record Unread(int threads) {
	}

}
