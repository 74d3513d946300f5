-- Version 29: the organisation identifiers donors registered with IATI, written as the reporting organisation of the
-- IATI export. DAC members and EU institutions use the XM-DAC agency and their DAC donor code; UNDP its DAC channel
-- code. A donor without one is exported as ZZ-POA-<platform code> (see the README).
ALTER TABLE state ADD COLUMN iati_org_id VARCHAR(60);
ALTER TABLE organisation ADD COLUMN iati_org_id VARCHAR(60);
UPDATE state SET iati_org_id = 'XM-DAC-1' WHERE code = 'AUT';
UPDATE state SET iati_org_id = 'XM-DAC-2' WHERE code = 'BEL';
UPDATE state SET iati_org_id = 'XM-DAC-3' WHERE code = 'DNK';
UPDATE state SET iati_org_id = 'XM-DAC-4' WHERE code = 'FRA';
UPDATE state SET iati_org_id = 'XM-DAC-5' WHERE code = 'DEU';
UPDATE state SET iati_org_id = 'XM-DAC-6' WHERE code = 'ITA';
UPDATE state SET iati_org_id = 'XM-DAC-7' WHERE code = 'NLD';
UPDATE state SET iati_org_id = 'XM-DAC-8' WHERE code = 'NOR';
UPDATE state SET iati_org_id = 'XM-DAC-10' WHERE code = 'SWE';
UPDATE state SET iati_org_id = 'XM-DAC-11' WHERE code = 'CHE';
UPDATE state SET iati_org_id = 'XM-DAC-12' WHERE code = 'GBR';
UPDATE state SET iati_org_id = 'XM-DAC-18' WHERE code = 'FIN';
UPDATE state SET iati_org_id = 'XM-DAC-21' WHERE code = 'IRL';
UPDATE state SET iati_org_id = 'XM-DAC-22' WHERE code = 'LUX';
UPDATE state SET iati_org_id = 'XM-DAC-50' WHERE code = 'ESP';
UPDATE state SET iati_org_id = 'XM-DAC-301' WHERE code = 'CAN';
UPDATE state SET iati_org_id = 'XM-DAC-302' WHERE code = 'USA';
UPDATE state SET iati_org_id = 'XM-DAC-701' WHERE code = 'JPN';
UPDATE state SET iati_org_id = 'XM-DAC-742' WHERE code = 'KOR';
UPDATE state SET iati_org_id = 'XM-DAC-801' WHERE code = 'AUS';
UPDATE state SET iati_org_id = 'XM-DAC-820' WHERE code = 'NZL';
UPDATE organisation SET iati_org_id = 'XM-DAC-918' WHERE code = 'EU';
UPDATE organisation SET iati_org_id = 'XM-DAC-41114' WHERE code = 'UNDP';
