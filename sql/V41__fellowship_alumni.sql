-- Fellowship alumni (issue 13, section 4 "After the course"): the secretariat records, per selected nominee of a
-- confirmed call, whether the nominee attended, completed the course or did not come (one row per nomination); the
-- nominating State enters what the alumnus applied, in its own words, 6 and 12 months after the course ended (one
-- row per nomination and milestone). Neither table holds a name: the names stay in fellowship_nomination, which the
-- anonymisation job clears, so the counts of officials trained (State, gender, the call's topics) survive it.

CREATE TABLE fellowship_attendance (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id  BIGINT        NOT NULL,
    call_id        BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    version        BIGINT        NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_fellowship_attendance_nomination UNIQUE (nomination_id),
    CONSTRAINT ck_fellowship_attendance_status CHECK (status IN ('ATTENDED', 'COMPLETED', 'NO_SHOW'))
);
ALTER TABLE fellowship_attendance ADD CONSTRAINT fk_fellowship_attendance_nomination FOREIGN KEY (nomination_id) REFERENCES fellowship_nomination (id);
ALTER TABLE fellowship_attendance ADD CONSTRAINT fk_fellowship_attendance_call FOREIGN KEY (call_id) REFERENCES fellowship_call (id);
CREATE INDEX ix_fellowship_attendance_call ON fellowship_attendance (call_id);

CREATE TABLE fellowship_follow_up (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id  BIGINT         NOT NULL,
    months         INT            NOT NULL,
    applied        VARCHAR(4000)  NOT NULL,
    entered_on     DATE           NOT NULL,
    version        BIGINT         NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(100)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    CONSTRAINT uq_fellowship_follow_up UNIQUE (nomination_id, months),
    CONSTRAINT ck_fellowship_follow_up_months CHECK (months IN (6, 12))
);
ALTER TABLE fellowship_follow_up ADD CONSTRAINT fk_fellowship_follow_up_nomination FOREIGN KEY (nomination_id) REFERENCES fellowship_nomination (id);
