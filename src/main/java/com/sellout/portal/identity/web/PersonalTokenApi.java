package com.sellout.portal.identity.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.identity.PersonalTokens.PersonalToken;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.SensitiveAction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own personal API tokens: listed (never a secret), issued (a sensitive
 * action: the Basic password in this very request or {@code X-Reauthenticate}; a token
 * alone is not enough) and revoked. Another person's token is not found.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "Identity")
class PersonalTokenApi {

	private final PersonalTokens tokens;

	PersonalTokenApi(PersonalTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "The caller's personal API tokens, newest first, revoked and expired ones included")
	List<PersonalToken> list() {
		return tokens.mine();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@SensitiveAction
	@Operation(summary = "Issues a personal API token (scope READ_ONLY or FULL, valid 30, 90, 180 or 365 days); "
			+ "the secret is in this answer only. Needs the password in this request (Basic) or in X-Reauthenticate")
	Issued issue(@RequestBody TokenRequest request) {
		PersonalTokens.Scope scope = null;
		if (request.scope() != null) {
			try {
				scope = PersonalTokens.Scope.valueOf(request.scope());
			}
			catch (IllegalArgumentException ex) {
				// unknown: refused below like a missing one
			}
		}
		try {
			PersonalTokens.IssuedToken issued = tokens.issue(request.name() == null ? "" : request.name(), scope,
					request.expiresInDays() == null ? 0 : request.expiresInDays());
			PersonalToken token = issued.token();
			return new Issued(token.id(), token.name(), token.scope(), token.hint(), token.createdAt(),
					token.expiresAt(), issued.secret());
		}
		catch (UserRuleViolation violation) {
			String field = violation.field().equals("validDays") ? "expiresInDays" : violation.field();
			throw new InvalidFieldsException(List.of(new FieldProblem(field, violation.messageKey())));
		}
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revokes one of the caller's tokens; 404 for any other")
	void revoke(@PathVariable long id) {
		tokens.revoke(id);
	}

	record TokenRequest(@Nullable String name, @Nullable String scope, @Nullable Integer expiresInDays) {
	}

	/** A token just issued: its secret ({@code token}) is shown this once. */
	record Issued(long id, String name, PersonalTokens.Scope scope, String hint, OffsetDateTime createdAt,
			OffsetDateTime expiresAt, String token) {
	}

}
