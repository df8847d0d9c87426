-- Schema version 2: scenarios. A scenario is a stored copy of a complex linked to its base; its dwellings
-- carry the same VERA ids as the base's, so the uniqueness of complex keys and eenheid ids now holds for the
-- portfolio proper (not for the copies).

ALTER TABLE complex ADD COLUMN basis_complex_id INTEGER REFERENCES complex (id) ON DELETE CASCADE;
ALTER TABLE complex ADD COLUMN scenario_naam TEXT;
ALTER TABLE eenheid ADD COLUMN scenario INTEGER NOT NULL DEFAULT 0;

DROP INDEX complex_sleutel;
CREATE UNIQUE INDEX complex_sleutel ON complex (sleutel) WHERE basis_complex_id IS NULL;
CREATE UNIQUE INDEX complex_scenario ON complex (basis_complex_id, scenario_naam) WHERE basis_complex_id IS NOT NULL;

DROP INDEX eenheid_vera_id;
CREATE UNIQUE INDEX eenheid_vera_id ON eenheid (vera_id) WHERE scenario = 0;
CREATE INDEX eenheid_vera_id_alle ON eenheid (vera_id);
