-- The organisations that implement and fund much of the PoA's assistance besides those of V2: the UN Office for
-- Disarmament Affairs and its three regional centres, and the two regional small-arms bodies. The benchmark's problem
-- generator names them as donors, so that a problem file it writes (which the command line solves) also imports
-- through POST /matching/problem (issue 14 §5); before, their offers were refused as unknown donors.
INSERT INTO organisation (code, name, kind, version, created_by, created_at, updated_by, updated_at) VALUES
    ('UNODA', 'United Nations Office for Disarmament Affairs', 'INTERNATIONAL', 1, 'migration', '2026-01-01 00:00:00', 'migration', '2026-01-01 00:00:00'),
    ('UNLIREC', 'United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean', 'REGIONAL', 1, 'migration', '2026-01-01 00:00:00', 'migration', '2026-01-01 00:00:00'),
    ('UNREC', 'United Nations Regional Centre for Peace and Disarmament in Africa', 'REGIONAL', 1, 'migration', '2026-01-01 00:00:00', 'migration', '2026-01-01 00:00:00'),
    ('UNRCPD', 'United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific', 'REGIONAL', 1, 'migration', '2026-01-01 00:00:00', 'migration', '2026-01-01 00:00:00'),
    ('RECSA', 'Regional Centre on Small Arms in the Great Lakes Region, the Horn of Africa and Bordering States', 'REGIONAL', 1, 'migration', '2026-01-01 00:00:00', 'migration', '2026-01-01 00:00:00'),
    ('SEESAC', 'South Eastern and Eastern Europe Clearinghouse for the Control of Small Arms and Light Weapons', 'REGIONAL', 1, 'migration', '2026-01-01 00:00:00', 'migration', '2026-01-01 00:00:00');

-- The review table's first page (a run's proposals, highest weight first, then request and offer) read from an index
-- in that order instead of sorting all the run's proposals: with 18,000 proposals in one run (the 20,000 x 2,000
-- problem) the sort made the first page take seconds (issue 14 §5).
CREATE INDEX ix_proposal_run_weight ON proposal (run_id, weight DESC, request_id, offer_id);
