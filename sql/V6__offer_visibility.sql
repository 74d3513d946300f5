-- Version 6: an offer's visibility, chosen by its donor. PUBLIC offers (the default, and every existing one) are
-- listed on the public API when open; RESTRICTED ones only to signed-in users of the platform.
ALTER TABLE assistance_offer ADD COLUMN visibility VARCHAR(20) DEFAULT 'PUBLIC' NOT NULL;
ALTER TABLE assistance_offer ADD CONSTRAINT ck_offer_visibility CHECK (visibility IN ('PUBLIC', 'RESTRICTED'));
