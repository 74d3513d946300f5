package org.clearinghouse.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A personal API token of an account: what a program sends as {@code Authorization: Bearer chp_...} instead of the
 * password. Only the SHA-256 hash of the token is kept (the token is shown once, when it is made), with its first
 * characters so that the holder can tell tokens apart, the name the holder gave it, and when it was revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "name", nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_prefix", nullable = false, length = 12, updatable = false)
    private String prefix;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {}

    public ApiToken(UserAccount account, String name, String token, LocalDateTime createdAt) {
        this.account = account;
        this.name = name;
        this.prefix = ApiTokens.prefixOf(token);
        this.tokenHash = ApiTokens.hashOf(token);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    /** The first characters of the token ({@code chp_} and four more), to recognise it. */
    public String getPrefix() {
        return prefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** When the holder revoked it; null while it is valid. */
    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revokes the token (once; a second call keeps the first time). */
    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
