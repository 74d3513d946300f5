-- Notifications in the reader's language, read state, reminders and donor subscriptions (issue 5).
-- The inbox is rebuilt as inbox_message: an entry is about a proposal or about a request (a reminder, a new need),
-- it keeps a bundle key and arguments (notify.<key> in i18n/messages*.properties, arguments joined with U+001F) so
-- that it is written in each reader's language, and when it was read. Entries written before this migration keep
-- only their English text (message_key NULL; the text is shown as it is). Changing a NOT NULL column to NULL has no
-- statement common to MySQL and H2, hence the copy. Runs on MariaDB 10.11 and on H2 2.2 in MODE=LEGACY.

CREATE TABLE inbox_message (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    addressee      VARCHAR(20)   NOT NULL,
    addressee_code VARCHAR(20),
    kind           VARCHAR(20)   NOT NULL,
    proposal_id    BIGINT,
    request_id     BIGINT,
    message_key    VARCHAR(100),
    message_args   VARCHAR(2000),
    message        VARCHAR(500)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    read_at        DATETIME(6),
    CONSTRAINT ck_inbox_message_addressee CHECK ((addressee = 'SECRETARIAT' AND addressee_code IS NULL)
                                              OR (addressee IN ('RECIPIENT', 'DONOR') AND addressee_code IS NOT NULL)),
    CONSTRAINT ck_inbox_message_kind CHECK (kind IN ('DECISION_NEEDED', 'STATE_CHANGED', 'REMINDER', 'NEW_NEED'))
);
INSERT INTO inbox_message (addressee, addressee_code, kind, proposal_id, request_id, message, created_at)
    SELECT e.addressee, e.addressee_code, e.kind, e.proposal_id, p.request_id, e.message, e.created_at
    FROM inbox_entry e JOIN proposal p ON p.id = e.proposal_id ORDER BY e.id;
DROP TABLE inbox_entry;
CREATE INDEX ix_inbox_message_addressee ON inbox_message (addressee, addressee_code, created_at);
CREATE INDEX ix_inbox_message_proposal ON inbox_message (proposal_id);
CREATE INDEX ix_inbox_message_request ON inbox_message (request_id);
ALTER TABLE inbox_message ADD CONSTRAINT fk_inbox_message_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id);
ALTER TABLE inbox_message ADD CONSTRAINT fk_inbox_message_request FOREIGN KEY (request_id) REFERENCES assistance_request (id);

-- A donor's subscription to new validated needs: areas and regions as comma-separated codes; an empty list means
-- every area (or every region). No row, or active = FALSE: no notice.
CREATE TABLE donor_subscription (
    donor_code VARCHAR(20)   NOT NULL PRIMARY KEY,
    active     BOOLEAN       NOT NULL,
    areas      VARCHAR(1000) NOT NULL,
    regions    VARCHAR(200)  NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL
);

-- One reminder per request and quiet period: quiet_since is the request's updated_at when the reminder was sent.
CREATE TABLE request_reminder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT      NOT NULL,
    quiet_since DATETIME(6) NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    CONSTRAINT uq_request_reminder UNIQUE (request_id, quiet_since)
);
ALTER TABLE request_reminder ADD CONSTRAINT fk_request_reminder_request FOREIGN KEY (request_id) REFERENCES assistance_request (id);
