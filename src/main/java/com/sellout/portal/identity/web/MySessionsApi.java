package com.sellout.portal.identity.web;

import java.util.List;

import com.sellout.portal.identity.sessions.WebSession;
import com.sellout.portal.identity.sessions.WebSessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own web sessions over the API (people only, like every API path but the
 * integration accounts' ones). An API call is stateless, so no session listed is
 * "current".
 */
@RestController
@Tag(name = "Identity")
class MySessionsApi {

	private final WebSessions sessions;

	MySessionsApi(WebSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/api/v1/me/sessions")
	@Operation(summary = "The caller's active web sessions: handle, started, last seen, address, browser")
	List<WebSession> list() {
		return sessions.mine();
	}

	@DeleteMapping("/api/v1/me/sessions/{id}")
	@Operation(summary = "Ends one of the caller's web sessions (404 for an unknown or another person's handle)")
	ResponseEntity<Void> end(@PathVariable String id) {
		sessions.endMine(WebSessions.handleOf(id));
		return ResponseEntity.noContent().build();
	}

}
