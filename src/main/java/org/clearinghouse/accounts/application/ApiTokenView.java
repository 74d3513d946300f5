package org.clearinghouse.accounts.application;

import java.time.LocalDateTime;
import org.clearinghouse.accounts.domain.ApiToken;

/** A personal API token as its holder sees it in lists: never the token itself, only its first characters. */
public record ApiTokenView(
        long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime revokedAt, boolean active) {

    public static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(
                token.getId(),
                token.getName(),
                token.getPrefix(),
                token.getCreatedAt(),
                token.getRevokedAt(),
                !token.isRevoked());
    }
}
