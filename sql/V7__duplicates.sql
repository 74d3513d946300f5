-- Version 7: duplicate detection. The secretariat's decision on a pair of likely duplicate requests (DISTINCT: never
-- flagged again; MERGE: the duplicate was withdrawn in favour of the kept one), one row per pair with the lower id
-- first; and, on a request withdrawn by a merge, the request it was merged into.
CREATE TABLE request_duplicate_decision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    low_id        BIGINT       NOT NULL,
    high_id       BIGINT       NOT NULL,
    decision      VARCHAR(10)  NOT NULL,
    kept_id       BIGINT,
    score         DECIMAL(4,3),
    decided_by    VARCHAR(100) NOT NULL,
    decided_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_request_duplicate_pair UNIQUE (low_id, high_id),
    CONSTRAINT ck_request_duplicate_order CHECK (low_id < high_id),
    CONSTRAINT ck_request_duplicate_decision CHECK (decision IN ('DISTINCT', 'MERGE')),
    CONSTRAINT ck_request_duplicate_kept CHECK (
           (decision = 'DISTINCT' AND kept_id IS NULL)
        OR (decision = 'MERGE' AND kept_id IS NOT NULL))
);
CREATE INDEX ix_request_duplicate_high ON request_duplicate_decision (high_id);
ALTER TABLE request_duplicate_decision ADD CONSTRAINT fk_request_duplicate_low
    FOREIGN KEY (low_id) REFERENCES assistance_request (id);
ALTER TABLE request_duplicate_decision ADD CONSTRAINT fk_request_duplicate_high
    FOREIGN KEY (high_id) REFERENCES assistance_request (id);

ALTER TABLE assistance_request ADD COLUMN merged_into_id BIGINT;
CREATE INDEX ix_request_merged_into ON assistance_request (merged_into_id);
ALTER TABLE assistance_request ADD CONSTRAINT fk_request_merged_into
    FOREIGN KEY (merged_into_id) REFERENCES assistance_request (id);
