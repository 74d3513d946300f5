-- The gender-relevance marker of a request, as the OECD DAC gender equality policy marker: NOT_TARGETED (0),
-- SIGNIFICANT (1), PRINCIPAL (2); NULL when the request has not been screened.
ALTER TABLE assistance_request ADD COLUMN gender_marker VARCHAR(20);
