-- Issue 12, sign-in and audit.
-- A security stamp per account: changed when the account is disabled or its role, binding or password changes; a
-- session opened with another value is over.
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;

-- Personal API tokens: only the SHA-256 of the token is kept, with its first characters to tell tokens apart.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_prefix VARCHAR(12)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_account ON api_token (account_id);
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id);

-- The audit log of security events: rows are only ever inserted (the application neither updates nor deletes them).
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    event_type  VARCHAR(40)  NOT NULL,
    actor       VARCHAR(100),
    subject     VARCHAR(300),
    address     VARCHAR(64),
    detail      VARCHAR(1000)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_type ON audit_entry (event_type, occurred_at);
