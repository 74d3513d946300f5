-- Version 5: assistance already funded through another mechanism (UNSCAR, SALIENT, the ATT Voluntary Trust Fund, a
-- regional fund, bilateral aid). Recorded by the secretariat or by a donor for itself; when linked to a request, the
-- amount reduces the request's open need in matching (no duplicated funding across mechanisms).
CREATE TABLE external_commitment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    state_code     CHAR(3)       NOT NULL,
    area_code      VARCHAR(40)   NOT NULL,
    amount_usd     BIGINT        NOT NULL,
    start_month    CHAR(7)       NOT NULL,
    end_month      CHAR(7)       NOT NULL,
    source         VARCHAR(20)   NOT NULL,
    mechanism_name VARCHAR(200)  NOT NULL,
    donor_code     VARCHAR(20),
    request_id     BIGINT,
    note           VARCHAR(2000),
    version        BIGINT        NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT ck_external_commitment_amount CHECK (amount_usd >= 1),
    CONSTRAINT ck_external_commitment_start_format CHECK (start_month LIKE '____-__'),
    CONSTRAINT ck_external_commitment_end_format CHECK (end_month LIKE '____-__'),
    CONSTRAINT ck_external_commitment_period CHECK (start_month <= end_month),
    CONSTRAINT ck_external_commitment_source CHECK (source IN ('UNSCAR', 'SALIENT', 'ATT_VTF', 'REGIONAL_FUND',
                                                                'BILATERAL', 'OTHER'))
);
CREATE INDEX ix_external_commitment_state ON external_commitment (state_code);
CREATE INDEX ix_external_commitment_area ON external_commitment (area_code);
CREATE INDEX ix_external_commitment_request ON external_commitment (request_id);
ALTER TABLE external_commitment ADD CONSTRAINT fk_external_commitment_state
    FOREIGN KEY (state_code) REFERENCES state (code);
ALTER TABLE external_commitment ADD CONSTRAINT fk_external_commitment_area
    FOREIGN KEY (area_code) REFERENCES commitment_area (code);
ALTER TABLE external_commitment ADD CONSTRAINT fk_external_commitment_request
    FOREIGN KEY (request_id) REFERENCES assistance_request (id);
