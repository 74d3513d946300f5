-- The key and arguments of each explanation, to write it in the reader's language (explain.<key> in the bundles);
-- arguments joined with U+001F. Rows of earlier runs keep only their English text.
ALTER TABLE proposal ADD COLUMN explanation_key VARCHAR(100) NULL;
ALTER TABLE proposal ADD COLUMN explanation_args VARCHAR(2000) NULL;
ALTER TABLE unfunded_request ADD COLUMN explanation_key VARCHAR(100) NULL;
ALTER TABLE unfunded_request ADD COLUMN explanation_args VARCHAR(2000) NULL;
