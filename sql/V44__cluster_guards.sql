-- Cluster-wide guards (issue 14 §4): two servers on one database must never run the same job twice.
-- cluster_guard holds one row per job; a server locks it (SELECT ... FOR UPDATE) before it decides, so the decision
-- is taken by one server at a time. job_claim records which server ran a scheduled job's slot (the minute it was due):
-- the second server to come finds the claim and skips. A matching run records the server solving it and that server's
-- heartbeat; a run whose heartbeat has stopped is failed by whoever looks next. stop_requested carries a stop asked
-- through another server to the one solving.

CREATE TABLE cluster_guard (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO cluster_guard (name) VALUES ('matching-run'), ('reminders'), ('anonymisation');

CREATE TABLE job_claim (
    job        VARCHAR(40)  NOT NULL,
    slot       VARCHAR(20)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    claimed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (job, slot),
    CONSTRAINT fk_job_claim_guard FOREIGN KEY (job) REFERENCES cluster_guard (name)
);

ALTER TABLE matching_run ADD COLUMN node VARCHAR(100);
ALTER TABLE matching_run ADD COLUMN heartbeat_at DATETIME(6);
ALTER TABLE matching_run ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
