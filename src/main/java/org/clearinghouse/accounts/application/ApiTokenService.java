package org.clearinghouse.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.clearinghouse.accounts.domain.ApiToken;
import org.clearinghouse.accounts.domain.ApiTokenRepository;
import org.clearinghouse.accounts.domain.ApiTokens;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;

/**
 * Personal API tokens of the signed-in account holder: made (shown once), listed and revoked by the holder only;
 * another account's token is "not found", as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_ACTIVE_TOKENS = 20;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    Event<SecurityEvent> events;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiTokenView> list(Caller caller) {
        caller.requireSignedIn();
        return tokens.findByAccount(caller.username()).stream()
                .map(ApiTokenView::of)
                .toList();
    }

    public CreatedApiToken create(Caller caller, ApiTokenInput input) {
        caller.requireSignedIn();
        String name = input == null || input.name() == null ? "" : input.name().strip();
        FieldErrors errors = new FieldErrors();
        errors.required("name", name.isEmpty() ? null : name);
        if (name.length() > MAX_NAME_LENGTH) {
            errors.add("name", "must have at most " + MAX_NAME_LENGTH + " characters.");
        }
        UserAccount account = accounts.findByUsername(caller.username())
                .orElseThrow(() -> new NotFoundException("Account", caller.username()));
        long active = tokens.findByAccount(caller.username()).stream()
                .filter(t -> !t.isRevoked())
                .count();
        if (active >= MAX_ACTIVE_TOKENS) {
            errors.add("name", "You have " + active + " valid tokens, the most allowed: revoke one first.");
        }
        errors.throwIfAny();
        String token = ApiTokens.generate();
        ApiToken stored = tokens.add(
                new ApiToken(account, name, token, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)));
        events.fire(new SecurityEvent(
                SecurityEventType.TOKEN_CREATED,
                caller.username(),
                stored.getPrefix(),
                null,
                "API token '" + name + "' (id " + stored.getId() + ") created."));
        return new CreatedApiToken(stored.getId(), name, stored.getPrefix(), stored.getCreatedAt(), token);
    }

    public ApiTokenView revoke(Caller caller, long id) {
        caller.requireSignedIn();
        ApiToken token = tokens.findOwn(caller.username(), id).orElseThrow(() -> new NotFoundException("Token", id));
        if (!token.isRevoked()) {
            token.revoke(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            events.fire(new SecurityEvent(
                    SecurityEventType.TOKEN_REVOKED,
                    caller.username(),
                    token.getPrefix(),
                    null,
                    "API token '" + token.getName() + "' (id " + id + ") revoked."));
        }
        return ApiTokenView.of(token);
    }
}
