-- The priority inversions a run left (a State's lower-priority request funded by an offer that was eligible for one
-- of its higher-priority requests, which stays unfunded): one row per pair, with the first such offer.
CREATE TABLE priority_inversion (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id            BIGINT NOT NULL,
    higher_request_id BIGINT NOT NULL,
    lower_request_id  BIGINT NOT NULL,
    offer_id          BIGINT NOT NULL
);
CREATE INDEX ix_inversion_run ON priority_inversion (run_id);
ALTER TABLE priority_inversion ADD CONSTRAINT fk_inversion_run FOREIGN KEY (run_id) REFERENCES matching_run (id);
ALTER TABLE priority_inversion ADD CONSTRAINT fk_inversion_higher FOREIGN KEY (higher_request_id) REFERENCES assistance_request (id);
ALTER TABLE priority_inversion ADD CONSTRAINT fk_inversion_lower FOREIGN KEY (lower_request_id) REFERENCES assistance_request (id);
ALTER TABLE priority_inversion ADD CONSTRAINT fk_inversion_offer FOREIGN KEY (offer_id) REFERENCES assistance_offer (id);
