-- Matching runs of the secretariat and what they proposed: proposals (one row per request-offer pair of a run)
-- and the requests a run left unfunded or partly funded, each with its explanation.

CREATE TABLE matching_run (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    status                 VARCHAR(20)   NOT NULL,
    time_limit_seconds     INT           NOT NULL,
    started_at             DATETIME(6)   NOT NULL,
    finished_at            DATETIME(6),
    elapsed_ms             BIGINT,
    time_to_feasible_ms    BIGINT,
    score_calculation_speed BIGINT,
    best_score             VARCHAR(100),
    feasible               BOOLEAN,
    request_count          INT,
    offer_count            INT,
    pinned_count           INT,
    proposal_count         INT,
    unfunded_count         INT,
    proposed_usd           BIGINT,
    priority_inversions    INT,
    stop_reason            VARCHAR(200),
    failure_message        VARCHAR(2000),
    version                BIGINT        NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    CONSTRAINT ck_run_status CHECK (status IN ('RUNNING', 'COMPLETED', 'STOPPED', 'FAILED')),
    CONSTRAINT ck_run_time_limit CHECK (time_limit_seconds BETWEEN 1 AND 3600)
);
CREATE INDEX ix_run_status ON matching_run (status);

CREATE TABLE proposal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id       BIGINT        NOT NULL,
    request_id   BIGINT        NOT NULL,
    offer_id     BIGINT        NOT NULL,
    amount_usd   BIGINT        NOT NULL,
    weight       INT           NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    pinned       BOOLEAN       NOT NULL,
    explanation  VARCHAR(2000) NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   DATETIME(6),
    reason       VARCHAR(2000),
    version      BIGINT        NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_proposal_pair UNIQUE (run_id, request_id, offer_id),
    CONSTRAINT ck_proposal_amount CHECK (amount_usd >= 1),
    CONSTRAINT ck_proposal_state CHECK (state IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'SUPERSEDED'))
);
CREATE INDEX ix_proposal_request ON proposal (request_id);
CREATE INDEX ix_proposal_offer ON proposal (offer_id);
CREATE INDEX ix_proposal_state ON proposal (state);
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_run FOREIGN KEY (run_id) REFERENCES matching_run (id);
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_request FOREIGN KEY (request_id) REFERENCES assistance_request (id);
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);

CREATE TABLE unfunded_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id        BIGINT        NOT NULL,
    request_id    BIGINT        NOT NULL,
    reason_code   VARCHAR(40)   NOT NULL,
    requested_usd BIGINT        NOT NULL,
    funded_usd    BIGINT        NOT NULL,
    open_usd      BIGINT        NOT NULL,
    explanation   VARCHAR(2000) NOT NULL,
    CONSTRAINT uq_unfunded_run_request UNIQUE (run_id, request_id)
);
CREATE INDEX ix_unfunded_request ON unfunded_request (request_id);
ALTER TABLE unfunded_request ADD CONSTRAINT fk_unfunded_run FOREIGN KEY (run_id) REFERENCES matching_run (id);
ALTER TABLE unfunded_request ADD CONSTRAINT fk_unfunded_request FOREIGN KEY (request_id) REFERENCES assistance_request (id);
