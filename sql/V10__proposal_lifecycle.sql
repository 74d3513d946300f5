-- From proposal to results: the lifecycle of a proposal (endorsed by the secretariat, accepted by the recipient State
-- and the donor each on its own, committed, implemented, completed; or rejected, declined, cancelled), an append-only
-- history of every decision, and the implementation and results of a commitment.
-- Runs on MariaDB 10.11 and on H2 2.2 in MODE=LEGACY.

-- Proposal states: the secretariat's former ACCEPTED is now ENDORSED (kept by later runs, as before).
ALTER TABLE proposal DROP CONSTRAINT ck_proposal_state;
UPDATE proposal SET state = 'ENDORSED' WHERE state = 'ACCEPTED';
ALTER TABLE proposal ADD CONSTRAINT ck_proposal_state CHECK (state IN ('PROPOSED', 'ENDORSED', 'RECIPIENT_ACCEPTED',
    'DONOR_ACCEPTED', 'COMMITTED', 'IMPLEMENTING', 'COMPLETED', 'REJECTED', 'DECLINED', 'CANCELLED', 'SUPERSEDED'));
ALTER TABLE proposal ADD COLUMN commitment_id BIGINT;
CREATE INDEX ix_proposal_commitment ON proposal (commitment_id);
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id);

-- Every decision on a proposal, written once: who (username, role, as which party), when (UTC), from and to which
-- state, why. No update, no delete.
CREATE TABLE proposal_decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT        NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    from_state  VARCHAR(20)   NOT NULL,
    to_state    VARCHAR(20)   NOT NULL,
    party       VARCHAR(20)   NOT NULL,
    decided_by  VARCHAR(100)  NOT NULL,
    reason      VARCHAR(2000),
    decided_at  DATETIME(6)   NOT NULL,
    CONSTRAINT ck_proposal_decision_party CHECK (party IN ('SECRETARIAT', 'RECIPIENT', 'DONOR'))
);
CREATE INDEX ix_proposal_decision_proposal ON proposal_decision (proposal_id, decided_at);
ALTER TABLE proposal_decision ADD CONSTRAINT fk_proposal_decision_proposal
    FOREIGN KEY (proposal_id) REFERENCES proposal (id);

-- Commitments: IMPLEMENTING between ACTIVE (committed) and COMPLETED; implementation and results.
ALTER TABLE commitment DROP CONSTRAINT ck_commitment_status;
ALTER TABLE commitment ADD CONSTRAINT ck_commitment_status
    CHECK (status IN ('ACTIVE', 'IMPLEMENTING', 'COMPLETED', 'CANCELLED'));
ALTER TABLE commitment ADD COLUMN disbursed_usd BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE commitment ADD COLUMN progress_percent INT DEFAULT 0 NOT NULL;
ALTER TABLE commitment ADD COLUMN planned_outputs VARCHAR(4000);
ALTER TABLE commitment ADD COLUMN achieved_outputs VARCHAR(4000);
ALTER TABLE commitment ADD COLUMN completion_date DATE;
ALTER TABLE commitment ADD COLUMN results_statement VARCHAR(2000);
ALTER TABLE commitment ADD CONSTRAINT ck_commitment_disbursed CHECK (disbursed_usd >= 0 AND disbursed_usd <= amount_usd);
ALTER TABLE commitment ADD CONSTRAINT ck_commitment_progress CHECK (progress_percent BETWEEN 0 AND 100);
