-- In-app inbox: "a decision is needed from you" and "a proposal involving you changed state", written in the same
-- transaction as the decision. Addressed to a party (the secretariat, a recipient State, a donor), not to one account.
-- Runs on MariaDB 10.11 and on H2 2.2 in MODE=LEGACY.

CREATE TABLE inbox_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    addressee      VARCHAR(20)  NOT NULL,
    addressee_code VARCHAR(20),
    proposal_id    BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    message        VARCHAR(500) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT ck_inbox_addressee CHECK ((addressee = 'SECRETARIAT' AND addressee_code IS NULL)
                                      OR (addressee IN ('RECIPIENT', 'DONOR') AND addressee_code IS NOT NULL)),
    CONSTRAINT ck_inbox_kind CHECK (kind IN ('DECISION_NEEDED', 'STATE_CHANGED'))
);
CREATE INDEX ix_inbox_addressee ON inbox_entry (addressee, addressee_code, created_at);
CREATE INDEX ix_inbox_proposal ON inbox_entry (proposal_id);
ALTER TABLE inbox_entry ADD CONSTRAINT fk_inbox_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id);
