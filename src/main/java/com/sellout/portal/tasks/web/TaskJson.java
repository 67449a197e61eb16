package com.sellout.portal.tasks.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.Task;
import org.jspecify.annotations.Nullable;

/** The API's JSON of tasks and interactions. */
final class TaskJson {

	private TaskJson() {
	}

	record Items<T>(List<T> items, int page, long total) {

		static <S, T> Items<T> of(PageSlice<S> slice, Function<S, T> view) {
			return new Items<>(slice.items().stream().map(view).toList(), slice.page(), slice.total());
		}

	}

	record LinkView(String type, long id, String label) {
	}

	record TaskView(long id, String title, @Nullable String description, @Nullable LocalDate dueDate, String state,
			@Nullable LinkView link, long assigneeId, String assigneeName, @Nullable Long interactionId,
			String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		static TaskView of(Task task) {
			return new TaskView(task.id(), task.title(), task.description(), task.dueDate(), task.state().name(),
					task.link() == null ? null
							: new LinkView(task.link().type().name(), task.link().id(), task.link().label()),
					task.assigneeId(), task.assigneeName(), task.interactionId(), task.createdByName(),
					task.createdAt(), task.updatedAt());
		}

	}

	record NewTaskRequest(@Nullable String title, @Nullable String description, @Nullable String dueDate,
			@Nullable String linkType, @Nullable Long linkId, @Nullable Long assigneeId, @Nullable Long interactionId) {
	}

	record StateRequest(@Nullable String state) {
	}

	record InteractionView(long id, String distributor, boolean internal, @Nullable Long clientId,
			@Nullable String client, String kind, String state, LocalDate date, @Nullable LocalTime time,
			@Nullable String participants, String subject, @Nullable String result, @Nullable String nextStep,
			String createdBy, OffsetDateTime createdAt) {

		static InteractionView of(Interaction i, String distributorCode) {
			return new InteractionView(i.id(), distributorCode, i.internal(), i.clientId(), i.clientLabel(),
					i.kind().name(), i.state().name(), i.date(), i.time(), i.participants(), i.subject(), i.result(),
					i.nextStep(), i.createdByName(), i.createdAt());
		}

	}

	record NewInteractionRequest(@Nullable String kind, @Nullable String state, @Nullable String date,
			@Nullable String time, @Nullable String distributor, @Nullable Long distributorId, @Nullable Long clientId,
			@Nullable String participants, @Nullable String subject, @Nullable String result,
			@Nullable String nextStep) {
	}

}
