-- Fellowship programme (issue 13, outcome document para 114): calls the secretariat publishes, nominations by
-- recipient States, seats funded by donors (directly, or from an open offer: amount_usd then counts as committed
-- money of that offer, like a commitment), and the outcome of the confirmed cohort. Lists of codes (regions,
-- languages, topics) are comma-separated text, as the application reads them. A nomination's personal data (names,
-- position, agency, motivation) is cleared by the anonymisation job a configurable number of months after its call
-- closed (anonymised_at set); the rest stays for the figures. The inbox gets one kind: the confirmed cohort of a call
-- (its check constraint is recreated, as V34 did).

CREATE TABLE fellowship_call (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                     VARCHAR(300)  NOT NULL,
    regions                   VARCHAR(200)  NOT NULL,
    host_state                CHAR(3)       NOT NULL,
    venue                     VARCHAR(300),
    start_date                DATE          NOT NULL,
    end_date                  DATE          NOT NULL,
    languages                 VARCHAR(200)  NOT NULL,
    topics                    VARCHAR(500)  NOT NULL,
    seats                     INT           NOT NULL,
    seat_cost_usd             BIGINT        NOT NULL,
    nomination_deadline       DATE          NOT NULL,
    max_nominations_per_state INT           NOT NULL,
    women_target_percent      INT           NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    closed_on                 DATE,
    version                   BIGINT        NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    CONSTRAINT ck_fellowship_call_status CHECK (status IN ('OPEN', 'CLOSED', 'CONFIRMED'))
);
ALTER TABLE fellowship_call ADD CONSTRAINT fk_fellowship_call_host FOREIGN KEY (host_state) REFERENCES state (code);

CREATE TABLE fellowship_funding (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id     BIGINT        NOT NULL,
    donor_code  VARCHAR(20)   NOT NULL,
    seats       INT           NOT NULL,
    offer_id    BIGINT,
    amount_usd  BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL
);
ALTER TABLE fellowship_funding ADD CONSTRAINT fk_fellowship_funding_call FOREIGN KEY (call_id) REFERENCES fellowship_call (id);
ALTER TABLE fellowship_funding ADD CONSTRAINT fk_fellowship_funding_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
CREATE INDEX ix_fellowship_funding_offer ON fellowship_funding (offer_id);

CREATE TABLE fellowship_nomination (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id            BIGINT        NOT NULL,
    state_code         CHAR(3)       NOT NULL,
    given_name         VARCHAR(200),
    family_name        VARCHAR(200),
    gender             VARCHAR(10)   NOT NULL,
    position_title     VARCHAR(300),
    agency             VARCHAR(300),
    years_experience   INT           NOT NULL,
    languages          VARCHAR(200)  NOT NULL,
    topics             VARCHAR(500)  NOT NULL,
    motivation         VARCHAR(4000),
    nominee_rank       INT           NOT NULL,
    consent_confirmed  BOOLEAN       NOT NULL,
    outcome            VARCHAR(20),
    waitlist_position  INT,
    anonymised_on      DATE,
    version            BIGINT        NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT ck_fellowship_nomination_gender CHECK (gender IN ('FEMALE', 'MALE', 'OTHER')),
    CONSTRAINT ck_fellowship_nomination_outcome CHECK (outcome IN ('SELECTED', 'WAITLISTED', 'NOT_SELECTED'))
);
ALTER TABLE fellowship_nomination ADD CONSTRAINT fk_fellowship_nomination_call FOREIGN KEY (call_id) REFERENCES fellowship_call (id);
ALTER TABLE fellowship_nomination ADD CONSTRAINT fk_fellowship_nomination_state FOREIGN KEY (state_code) REFERENCES state (code);
CREATE INDEX ix_fellowship_nomination_call ON fellowship_nomination (call_id, state_code);

ALTER TABLE inbox_message DROP CONSTRAINT ck_inbox_message_kind;
ALTER TABLE inbox_message ADD CONSTRAINT ck_inbox_message_kind
    CHECK (kind IN ('DECISION_NEEDED', 'STATE_CHANGED', 'REMINDER', 'NEW_NEED', 'REQUEST_MESSAGE', 'PROPOSAL_MESSAGE',
                    'FUNDING_CLAIMED', 'FUNDING_CONFIRMED', 'FUNDING_DISPUTED', 'FELLOWSHIP_COHORT'));
