-- A run's coverage (requests, requested and funded US dollars by national priority, area and region), summed once
-- when the run's outcome is stored, in the same transaction: the matching page reads these few hundred rows instead
-- of summing the run's unfunded rows and proposals over the requests each time (for the 20,000 x 2,000 problem that
-- was most of the page's 600-700 ms on MariaDB; issue 14 §5). Runs stored before this migration have no rows and a
-- NULL requests_proposed_for: their coverage is still summed from their rows when it is read.
CREATE TABLE run_coverage (
    run_id        BIGINT      NOT NULL,
    priority      INT         NOT NULL,
    area_code     VARCHAR(40) NOT NULL,
    region_code   VARCHAR(20) NOT NULL,
    requests      INT         NOT NULL,
    requested_usd BIGINT      NOT NULL,
    funded_usd    BIGINT      NOT NULL,
    CONSTRAINT pk_run_coverage PRIMARY KEY (run_id, priority, area_code, region_code)
);
ALTER TABLE run_coverage ADD CONSTRAINT fk_run_coverage_run FOREIGN KEY (run_id) REFERENCES matching_run (id);

-- How many requests the run proposed something for (each once), stored with its coverage
ALTER TABLE matching_run ADD COLUMN requests_proposed_for INT;

-- The unfunded requests' table on the matching page, lowest priority number first, then the largest open amount: its
-- first page read from an index in that order instead of joining and sorting all the run's unfunded rows (about 12,000
-- for the 20,000 x 2,000 problem: 70-150 ms a page on a loaded MariaDB). The request's priority when the run was
-- stored, written with the row (as the run's coverage is).
ALTER TABLE unfunded_request ADD COLUMN request_priority INT;
UPDATE unfunded_request SET request_priority =
    (SELECT r.priority FROM assistance_request r WHERE r.id = unfunded_request.request_id);
CREATE INDEX ix_unfunded_run_order ON unfunded_request (run_id, request_priority, open_usd DESC, request_id);
