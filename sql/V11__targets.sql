-- Voluntary targets: recorded by a State (its recipient) or by the secretariat for a region; requests may serve one.
-- When a request was submitted, for the measurability figures (days from submission to match).
-- Runs on MariaDB 10.11 and on H2 2.2 in MODE=LEGACY.

CREATE TABLE target (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    state_code     CHAR(3),
    region_code    VARCHAR(20),
    description    VARCHAR(2000) NOT NULL,
    area_code      VARCHAR(40),
    indicator      VARCHAR(200)  NOT NULL,
    baseline_value DECIMAL(19,4),
    target_value   DECIMAL(19,4) NOT NULL,
    target_year    INT           NOT NULL,
    version        BIGINT        NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT ck_target_owner CHECK ((state_code IS NOT NULL AND region_code IS NULL)
                                   OR (state_code IS NULL AND region_code IS NOT NULL)),
    CONSTRAINT ck_target_year CHECK (target_year BETWEEN 2000 AND 2100)
);
CREATE INDEX ix_target_state ON target (state_code);
CREATE INDEX ix_target_region ON target (region_code);
CREATE INDEX ix_target_area ON target (area_code);
ALTER TABLE target ADD CONSTRAINT fk_target_state FOREIGN KEY (state_code) REFERENCES state (code);
ALTER TABLE target ADD CONSTRAINT fk_target_region FOREIGN KEY (region_code) REFERENCES region (code);
ALTER TABLE target ADD CONSTRAINT fk_target_area FOREIGN KEY (area_code) REFERENCES commitment_area (code);

ALTER TABLE assistance_request ADD COLUMN target_id BIGINT;
ALTER TABLE assistance_request ADD COLUMN submitted_at DATETIME(6);
CREATE INDEX ix_request_target ON assistance_request (target_id);
ALTER TABLE assistance_request ADD CONSTRAINT fk_request_target FOREIGN KEY (target_id) REFERENCES target (id);
