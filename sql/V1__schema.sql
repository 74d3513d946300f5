-- Clearinghouse schema, version 1.
-- Portable SQL: runs unchanged on MySQL/MariaDB 10.11 (InnoDB, utf8mb4 database default) and on H2 2.2 in MODE=LEGACY.
-- Rules: every constraint and index is named; foreign keys are added after their indexes; times are UTC, DATETIME(6);
-- months are CHAR(7) 'YYYY-MM'; amounts are whole US dollars (BIGINT).

-- ---------------------------------------------------------------------------------------------------------------
-- Reference tables (codes are the ones of matching-rules.md; the Java enums carry the same codes)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE region (
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (code)
);

CREATE TABLE commitment_area (
    code        VARCHAR(40)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    paragraphs  VARCHAR(50)  NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_commitment_area PRIMARY KEY (code)
);

CREATE TABLE assistance_type (
    code        VARCHAR(20)  NOT NULL,
    description VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_assistance_type PRIMARY KEY (code)
);

-- UN Member States and observer States (read-only reference data)
CREATE TABLE state (
    code        CHAR(3)      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    region_code VARCHAR(20)  NOT NULL,
    sub_region  VARCHAR(50)  NOT NULL,
    observer    BOOLEAN      NOT NULL,
    CONSTRAINT pk_state PRIMARY KEY (code),
    CONSTRAINT uq_state_name UNIQUE (name)
);
CREATE INDEX ix_state_region ON state (region_code);
ALTER TABLE state ADD CONSTRAINT fk_state_region FOREIGN KEY (region_code) REFERENCES region (code);

-- Donor organisations (regional, international, funds, NGOs)
CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('INTERNATIONAL', 'REGIONAL', 'FUND', 'NGO', 'OTHER'))
);

-- ---------------------------------------------------------------------------------------------------------------
-- Accounts (the identity store reads username, password_hash, role and enabled)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE user_account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    state_code       CHAR(3),
    organisation_id  BIGINT,
    full_name        VARCHAR(200),
    email            VARCHAR(254),
    preferred_locale VARCHAR(35)  NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT ck_user_account_role CHECK (role IN ('RECIPIENT', 'DONOR', 'SECRETARIAT', 'ADMIN')),
    CONSTRAINT ck_user_account_hash CHECK (password_hash LIKE 'PBKDF2WithHmacSHA%:%:%:%'),
    CONSTRAINT ck_user_account_binding CHECK (
           (role = 'RECIPIENT' AND state_code IS NOT NULL AND organisation_id IS NULL)
        OR (role = 'DONOR' AND state_code IS NOT NULL AND organisation_id IS NULL)
        OR (role = 'DONOR' AND state_code IS NULL AND organisation_id IS NOT NULL)
        OR (role IN ('SECRETARIAT', 'ADMIN') AND state_code IS NULL AND organisation_id IS NULL))
);
CREATE INDEX ix_user_account_state ON user_account (state_code);
CREATE INDEX ix_user_account_organisation ON user_account (organisation_id);
ALTER TABLE user_account ADD CONSTRAINT fk_user_account_state FOREIGN KEY (state_code) REFERENCES state (code);
ALTER TABLE user_account ADD CONSTRAINT fk_user_account_organisation
    FOREIGN KEY (organisation_id) REFERENCES organisation (id);

-- ---------------------------------------------------------------------------------------------------------------
-- Requests (needs posted by recipient States)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE assistance_request (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_state_code      CHAR(3)       NOT NULL,
    title                     VARCHAR(200)  NOT NULL,
    description               VARCHAR(4000) NOT NULL,
    area_code                 VARCHAR(40)   NOT NULL,
    type_code                 VARCHAR(20)   NOT NULL,
    amount_usd                BIGINT        NOT NULL,
    divisible                 BOOLEAN       NOT NULL,
    priority                  INT           NOT NULL,
    start_month               CHAR(7)       NOT NULL,
    end_month                 CHAR(7)       NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    national_target_reference VARCHAR(200),
    contact                   VARCHAR(500),
    publish_summary_consent   BOOLEAN       NOT NULL,
    validation_comment        VARCHAR(2000),
    version                   BIGINT        NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    CONSTRAINT ck_request_amount CHECK (amount_usd >= 1),
    CONSTRAINT ck_request_priority CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT ck_request_start_format CHECK (start_month LIKE '____-__'),
    CONSTRAINT ck_request_end_format CHECK (end_month LIKE '____-__'),
    CONSTRAINT ck_request_period CHECK (start_month <= end_month),
    CONSTRAINT ck_request_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'VALIDATED', 'PARTIALLY_FUNDED', 'FUNDED',
                                                   'CLOSED', 'WITHDRAWN'))
);
CREATE INDEX ix_request_state ON assistance_request (recipient_state_code);
CREATE INDEX ix_request_area ON assistance_request (area_code);
CREATE INDEX ix_request_type ON assistance_request (type_code);
CREATE INDEX ix_request_status ON assistance_request (status, priority);
ALTER TABLE assistance_request ADD CONSTRAINT fk_request_state
    FOREIGN KEY (recipient_state_code) REFERENCES state (code);
ALTER TABLE assistance_request ADD CONSTRAINT fk_request_area FOREIGN KEY (area_code) REFERENCES commitment_area (code);
ALTER TABLE assistance_request ADD CONSTRAINT fk_request_type FOREIGN KEY (type_code) REFERENCES assistance_type (code);

-- ---------------------------------------------------------------------------------------------------------------
-- Offers (resources posted by donors: a State or an organisation, exactly one)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE assistance_offer (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    donor_state_code      CHAR(3),
    donor_organisation_id BIGINT,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    capacity_usd          BIGINT        NOT NULL,
    max_per_request_usd   BIGINT,
    start_month           CHAR(7)       NOT NULL,
    end_month             CHAR(7)       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    contact               VARCHAR(500),
    version               BIGINT        NOT NULL,
    created_by            VARCHAR(100)  NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    CONSTRAINT ck_offer_donor CHECK (
           (donor_state_code IS NOT NULL AND donor_organisation_id IS NULL)
        OR (donor_state_code IS NULL AND donor_organisation_id IS NOT NULL)),
    CONSTRAINT ck_offer_capacity CHECK (capacity_usd >= 1),
    CONSTRAINT ck_offer_ceiling CHECK (max_per_request_usd IS NULL OR max_per_request_usd >= 1),
    CONSTRAINT ck_offer_start_format CHECK (start_month LIKE '____-__'),
    CONSTRAINT ck_offer_end_format CHECK (end_month LIKE '____-__'),
    CONSTRAINT ck_offer_period CHECK (start_month <= end_month),
    CONSTRAINT ck_offer_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
);
CREATE INDEX ix_offer_donor_state ON assistance_offer (donor_state_code);
CREATE INDEX ix_offer_donor_organisation ON assistance_offer (donor_organisation_id);
CREATE INDEX ix_offer_status ON assistance_offer (status);
ALTER TABLE assistance_offer ADD CONSTRAINT fk_offer_donor_state FOREIGN KEY (donor_state_code) REFERENCES state (code);
ALTER TABLE assistance_offer ADD CONSTRAINT fk_offer_donor_organisation
    FOREIGN KEY (donor_organisation_id) REFERENCES organisation (id);

CREATE TABLE offer_area (
    offer_id  BIGINT      NOT NULL,
    area_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_offer_area PRIMARY KEY (offer_id, area_code)
);
CREATE INDEX ix_offer_area_area ON offer_area (area_code);
ALTER TABLE offer_area ADD CONSTRAINT fk_offer_area_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
ALTER TABLE offer_area ADD CONSTRAINT fk_offer_area_area FOREIGN KEY (area_code) REFERENCES commitment_area (code);

CREATE TABLE offer_type (
    offer_id  BIGINT      NOT NULL,
    type_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_offer_type PRIMARY KEY (offer_id, type_code)
);
CREATE INDEX ix_offer_type_type ON offer_type (type_code);
ALTER TABLE offer_type ADD CONSTRAINT fk_offer_type_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
ALTER TABLE offer_type ADD CONSTRAINT fk_offer_type_type FOREIGN KEY (type_code) REFERENCES assistance_type (code);

-- no row = the offer is open to every region
CREATE TABLE offer_region (
    offer_id    BIGINT      NOT NULL,
    region_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_offer_region PRIMARY KEY (offer_id, region_code)
);
CREATE INDEX ix_offer_region_region ON offer_region (region_code);
ALTER TABLE offer_region ADD CONSTRAINT fk_offer_region_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
ALTER TABLE offer_region ADD CONSTRAINT fk_offer_region_region FOREIGN KEY (region_code) REFERENCES region (code);

CREATE TABLE offer_excluded_state (
    offer_id   BIGINT  NOT NULL,
    state_code CHAR(3) NOT NULL,
    CONSTRAINT pk_offer_excluded_state PRIMARY KEY (offer_id, state_code)
);
CREATE INDEX ix_offer_excluded_state_state ON offer_excluded_state (state_code);
ALTER TABLE offer_excluded_state ADD CONSTRAINT fk_offer_excluded_state_offer
    FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
ALTER TABLE offer_excluded_state ADD CONSTRAINT fk_offer_excluded_state_state
    FOREIGN KEY (state_code) REFERENCES state (code);

-- ---------------------------------------------------------------------------------------------------------------
-- Commitments (confirmed amounts) and rejections (pairs never proposed again)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE commitment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    offer_id       BIGINT       NOT NULL,
    amount_usd     BIGINT       NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    mechanism_name VARCHAR(200),
    status         VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT ck_commitment_amount CHECK (amount_usd >= 1),
    CONSTRAINT ck_commitment_source CHECK (
           (source = 'PLATFORM' AND mechanism_name IS NULL)
        OR (source = 'OTHER_MECHANISM' AND mechanism_name IS NOT NULL)),
    CONSTRAINT ck_commitment_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX ix_commitment_request ON commitment (request_id);
CREATE INDEX ix_commitment_offer ON commitment (offer_id);
ALTER TABLE commitment ADD CONSTRAINT fk_commitment_request FOREIGN KEY (request_id) REFERENCES assistance_request (id);
ALTER TABLE commitment ADD CONSTRAINT fk_commitment_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);

CREATE TABLE rejection (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    offer_id    BIGINT        NOT NULL,
    party       VARCHAR(20)   NOT NULL,
    rejected_by VARCHAR(100)  NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    rejected_at DATETIME(6)   NOT NULL,
    CONSTRAINT uq_rejection_pair UNIQUE (request_id, offer_id),
    CONSTRAINT ck_rejection_party CHECK (party IN ('SECRETARIAT', 'RECIPIENT', 'DONOR'))
);
CREATE INDEX ix_rejection_offer ON rejection (offer_id);
ALTER TABLE rejection ADD CONSTRAINT fk_rejection_request FOREIGN KEY (request_id) REFERENCES assistance_request (id);
ALTER TABLE rejection ADD CONSTRAINT fk_rejection_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
