package com.sellout.portal.tasks.web;

import java.net.URI;
import java.util.Map;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.InteractionFilter;
import com.sellout.portal.tasks.Interactions;
import com.sellout.portal.tasks.NewInteraction;
import com.sellout.portal.tasks.web.TaskJson.InteractionView;
import com.sellout.portal.tasks.web.TaskJson.Items;
import com.sellout.portal.tasks.web.TaskJson.NewInteractionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interactions over the API in the caller's scope: a distributor's answers never hold the
 * manufacturer's internal ones (the database policy), another distributor's is 404.
 */
@RestController
@RequestMapping("/api/v1/interactions")
@Tag(name = "Interactions")
class InteractionApi {

	private static final int PAGE = 200;

	private final Interactions interactions;

	private final TaskParams params;

	InteractionApi(Interactions interactions, TaskParams params) {
		this.interactions = interactions;
		this.params = params;
	}

	@GetMapping
	@Operation(summary = "Interactions, latest first: distributor=CODE (the manufacturer), "
			+ "kind=CALL|MEETING|VISIT|EMAIL, state=PLANNED|DONE; each optional")
	Items<InteractionView> list(@RequestParam(required = false) @Nullable String distributor,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String state, @RequestParam(defaultValue = "0") int page) {
		InteractionFilter filter = new InteractionFilter(params.distributor(distributor), TaskParams.kind(kind),
				TaskParams.interactionState(state));
		Map<Long, String> codes = params.codes();
		return Items.of(interactions.find(filter, new ListQuery(null, null, true, page, PAGE)),
				i -> InteractionView.of(i, codes.getOrDefault(i.distributorId(), "")));
	}

	@PostMapping
	@Operation(summary = "Logs an interaction: {\"kind\":\"CALL|MEETING|VISIT|EMAIL\",\"state\":\"PLANNED|DONE\","
			+ "\"date\":\"YYYY-MM-DD\",\"time\":\"HH:MM\",\"distributor\":\"CODE\" (the manufacturer),\"clientId\" "
			+ "(required of a distributor),\"participants\",\"subject\",\"result\",\"nextStep\"}")
	ResponseEntity<InteractionView> create(@RequestBody NewInteractionRequest body) {
		Long distributorId = body.distributorId() != null ? body.distributorId()
				: params.distributor(body.distributor());
		Interaction created = interactions
			.create(new NewInteraction(body.kind(), body.state(), body.date(), body.time(), distributorId,
					body.clientId(), body.participants(), body.subject(), body.result(), body.nextStep()));
		return ResponseEntity.created(URI.create("/api/v1/interactions/" + created.id()))
			.body(InteractionView.of(created, params.codes().getOrDefault(created.distributorId(), "")));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An interaction")
	InteractionView get(@PathVariable long id) {
		Interaction interaction = interactions.get(id);
		return InteractionView.of(interaction, params.codes().getOrDefault(interaction.distributorId(), ""));
	}

}
