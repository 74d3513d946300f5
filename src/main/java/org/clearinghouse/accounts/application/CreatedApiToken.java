package org.clearinghouse.accounts.application;

import java.time.LocalDateTime;

/**
 * A token just made: the only time the token itself is shown. The program sends it as
 * {@code Authorization: Bearer <token>}.
 */
public record CreatedApiToken(long id, String name, String prefix, LocalDateTime createdAt, String token) {}
