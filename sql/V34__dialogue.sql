-- Dialogue between donors and recipient States (issue 16): messages on a validated request (a donor's question to
-- the requesting State, the State's answer to that donor or to all donors) and on a proposal (the recipient State,
-- the donor and the secretariat). The text is kept verbatim (at most 4,000 characters, checked by the application;
-- TEXT holds them in utf8mb4). audience: DONOR:<donor code>, ALL_DONORS or PROPOSAL_PARTIES. author_party is the
-- capacity the author wrote in, party its State or donor code (SECRETARIAT for the secretariat).
-- The inbox gets two kinds, a message on a request's or a proposal's thread: its check constraint is recreated
-- (DROP CONSTRAINT / ADD CONSTRAINT, as V10 did, runs on MariaDB 10.11 and on H2 2.2 in MODE=LEGACY).

CREATE TABLE dialogue_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    thread_kind  VARCHAR(10)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    author       VARCHAR(100) NOT NULL,
    author_party VARCHAR(20)  NOT NULL,
    party        VARCHAR(20)  NOT NULL,
    body         TEXT         NOT NULL,
    audience     VARCHAR(40)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    edited_at    DATETIME(6),
    version      BIGINT       NOT NULL,
    CONSTRAINT ck_dialogue_thread_kind CHECK (thread_kind IN ('REQUEST', 'PROPOSAL')),
    CONSTRAINT ck_dialogue_author_party CHECK (author_party IN ('SECRETARIAT', 'RECIPIENT', 'DONOR'))
);
CREATE INDEX ix_dialogue_thread ON dialogue_message (thread_kind, record_id, created_at);

ALTER TABLE inbox_message DROP CONSTRAINT ck_inbox_message_kind;
ALTER TABLE inbox_message ADD CONSTRAINT ck_inbox_message_kind
    CHECK (kind IN ('DECISION_NEEDED', 'STATE_CHANGED', 'REMINDER', 'NEW_NEED', 'REQUEST_MESSAGE', 'PROPOSAL_MESSAGE'));
