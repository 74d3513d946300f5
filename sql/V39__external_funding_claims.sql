-- Issue 12, section 2: no party alters another party's record. Funding a donor records against a State is a claim
-- until the State (its focal point) or the secretariat confirms it; only confirmed funding counts in matching.
-- claim_status: CLAIMED (recorded by a donor, not yet decided), CONFIRMED (counts), DISPUTED (does not count; the
-- reason is kept). decided_by / decided_at: the last decision. Every step is in external_commitment_event.
-- Existing rows: those recorded by a donor account become claims (CLAIMED); all others (the secretariat's, the
-- administrator's, the system's) count as confirmed, as they did before. Their history starts with what is known:
-- who recorded them and when.
ALTER TABLE external_commitment ADD COLUMN claim_status VARCHAR(20) DEFAULT 'CONFIRMED' NOT NULL;
ALTER TABLE external_commitment ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE external_commitment ADD COLUMN decided_at DATETIME(6);
ALTER TABLE external_commitment ADD COLUMN dispute_reason VARCHAR(1000);
ALTER TABLE external_commitment ADD CONSTRAINT ck_external_commitment_claim
    CHECK (claim_status IN ('CLAIMED', 'CONFIRMED', 'DISPUTED'));
UPDATE external_commitment SET claim_status = 'CLAIMED'
    WHERE created_by IN (SELECT username FROM user_account WHERE role = 'DONOR');
UPDATE external_commitment SET decided_by = created_by, decided_at = created_at WHERE claim_status = 'CONFIRMED';
CREATE INDEX ix_external_commitment_claim ON external_commitment (request_id, claim_status);

CREATE TABLE external_commitment_event (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    external_commitment_id BIGINT        NOT NULL,
    action                 VARCHAR(20)   NOT NULL,
    actor                  VARCHAR(100)  NOT NULL,
    party                  VARCHAR(20)   NOT NULL,
    occurred_at            DATETIME(6)   NOT NULL,
    reason                 VARCHAR(1000),
    CONSTRAINT ck_external_commitment_event_action CHECK (action IN ('RECORDED', 'CLAIMED', 'CONFIRMED', 'DISPUTED')),
    CONSTRAINT ck_external_commitment_event_party CHECK (party IN ('SECRETARIAT', 'RECIPIENT', 'DONOR'))
);
CREATE INDEX ix_external_commitment_event ON external_commitment_event (external_commitment_id, id);
ALTER TABLE external_commitment_event ADD CONSTRAINT fk_external_commitment_event
    FOREIGN KEY (external_commitment_id) REFERENCES external_commitment (id);
INSERT INTO external_commitment_event (external_commitment_id, action, actor, party, occurred_at)
    SELECT id, 'CLAIMED', created_by, 'DONOR', created_at FROM external_commitment WHERE claim_status = 'CLAIMED';
INSERT INTO external_commitment_event (external_commitment_id, action, actor, party, occurred_at)
    SELECT id, 'RECORDED', created_by, 'SECRETARIAT', created_at FROM external_commitment
    WHERE claim_status = 'CONFIRMED';

-- The State is told of a claim; the donor of the State's decision.
ALTER TABLE inbox_message DROP CONSTRAINT ck_inbox_message_kind;
ALTER TABLE inbox_message ADD CONSTRAINT ck_inbox_message_kind
    CHECK (kind IN ('DECISION_NEEDED', 'STATE_CHANGED', 'REMINDER', 'NEW_NEED', 'REQUEST_MESSAGE', 'PROPOSAL_MESSAGE',
                    'FUNDING_CLAIMED', 'FUNDING_CONFIRMED', 'FUNDING_DISPUTED'));
