-- Review of a proposed fellowship cohort (issue 13, section 3): the secretariat pins a nomination in or out of the
-- cohort (review_pin IN or OUT, re-runs of the engine keep it), and after confirmation a selected or waitlisted
-- nominee may withdraw (outcome WITHDRAWN; the first eligible person on the waiting list takes a freed seat). A
-- nomination may carry the candidate's own e-mail address (optional, personal data: cleared by the anonymisation
-- job with the names) so that the candidate hears of the outcome too.

ALTER TABLE fellowship_nomination ADD COLUMN review_pin VARCHAR(3);
ALTER TABLE fellowship_nomination ADD CONSTRAINT ck_fellowship_nomination_pin CHECK (review_pin IN ('IN', 'OUT'));
ALTER TABLE fellowship_nomination ADD COLUMN candidate_email VARCHAR(254);

ALTER TABLE fellowship_nomination DROP CONSTRAINT ck_fellowship_nomination_outcome;
ALTER TABLE fellowship_nomination ADD CONSTRAINT ck_fellowship_nomination_outcome
    CHECK (outcome IN ('SELECTED', 'WAITLISTED', 'NOT_SELECTED', 'WITHDRAWN'));
