-- Puntwijs portfolio store, schema version 1: the portfolio, complexes, dwellings with their rooms and
-- elements, shared spaces, zorgwoning conditions, rents, senior-housing data, stored results and the audit
-- trail. Decimals are TEXT (exact, as BigDecimal.toPlainString); dates ISO-8601 TEXT; booleans 0/1.

CREATE TABLE portefeuille (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    naam            TEXT,
    aangemaakt_op   TEXT NOT NULL,
    aangemaakt_door TEXT
);

CREATE TABLE schema_versie (
    versie          INTEGER PRIMARY KEY,
    toegepast_op    TEXT NOT NULL,
    puntwijs_versie TEXT
);

CREATE TABLE complex (
    id            INTEGER PRIMARY KEY,
    sleutel       TEXT NOT NULL,
    naam          TEXT,
    methode       TEXT NOT NULL DEFAULT 'forfaitair',
    zorg          INTEGER NOT NULL DEFAULT 0,
    zorg_woongebouw INTEGER, zorg_gangbreedte_cm TEXT, zorg_drempel_cm TEXT, zorg_lift_of_helling INTEGER,
    zorg_alarm_woning INTEGER, zorg_alarm_complex INTEGER, zorg_ruimte_in_huurovereenkomst INTEGER,
    zorg_ruimte_in_ander_gebouw INTEGER, zorg_binnendoor_bereikbaar INTEGER,
    ohv           INTEGER NOT NULL DEFAULT 0,
    ohv_aandeel_55plus TEXT, ohv_afstand_m TEXT, ohv_fysiek_verbonden INTEGER, ohv_subsidieronde TEXT,
    ohv_corporatie INTEGER, ohv_oplevering TEXT, ohv_einde_ontmoetingsfunctie TEXT, ohv_exploitatieplan INTEGER,
    ohv_winst_op_exploitatie INTEGER, ohv_open_voor_buurt INTEGER,
    gewijzigd_op  TEXT NOT NULL
);
CREATE UNIQUE INDEX complex_sleutel ON complex (sleutel);

CREATE TABLE eenheid (
    id          INTEGER PRIMARY KEY,
    complex_id  INTEGER NOT NULL REFERENCES complex (id) ON DELETE CASCADE,
    vera_id     TEXT NOT NULL,
    volgorde    INTEGER NOT NULL,
    straatnaam TEXT, huisnummer TEXT, huisnummer_toevoeging TEXT, postcode TEXT, woonplaats TEXT, woonplaatscode TEXT,
    bouwjaar INTEGER, begin_bouwdatum TEXT, eerste_ingebruikname TEXT, datum_huurovereenkomst TEXT,
    pandsoort TEXT, monumenten TEXT, doelgroep TEXT, gebruiksoppervlakte INTEGER, taxatiewaarde TEXT,
    zorg        INTEGER NOT NULL DEFAULT 0,
    zorg_woongebouw INTEGER, zorg_gangbreedte_cm TEXT, zorg_drempel_cm TEXT, zorg_lift_of_helling INTEGER,
    zorg_alarm_woning INTEGER, zorg_alarm_complex INTEGER, zorg_ruimte_in_huurovereenkomst INTEGER,
    zorg_ruimte_in_ander_gebouw INTEGER, zorg_binnendoor_bereikbaar INTEGER,
    huur        INTEGER NOT NULL DEFAULT 0,
    huur_kaal TEXT, huur_gepland TEXT, huur_huishoudgrootte INTEGER, huur_verhoging_pct TEXT,
    huur_verhoging_per TEXT, huur_servicekosten TEXT,
    bron        TEXT,
    gewijzigd_op TEXT NOT NULL
);
CREATE UNIQUE INDEX eenheid_vera_id ON eenheid (vera_id);
CREATE INDEX eenheid_complex ON eenheid (complex_id, volgorde);

CREATE TABLE energieprestatie (
    eenheid_id INTEGER NOT NULL REFERENCES eenheid (id) ON DELETE CASCADE,
    volgorde   INTEGER NOT NULL,
    soort TEXT, definitief INTEGER NOT NULL, begindatum TEXT, einddatum TEXT, label TEXT, waarde TEXT,
    geldig_voor_wws INTEGER,
    PRIMARY KEY (eenheid_id, volgorde)
) WITHOUT ROWID;

CREATE TABLE energieprestatievergoeding (
    eenheid_id INTEGER NOT NULL REFERENCES eenheid (id) ON DELETE CASCADE,
    volgorde   INTEGER NOT NULL,
    begindatum TEXT, einddatum TEXT,
    PRIMARY KEY (eenheid_id, volgorde)
) WITHOUT ROWID;

CREATE TABLE woz_waarde (
    eenheid_id INTEGER NOT NULL REFERENCES eenheid (id) ON DELETE CASCADE,
    volgorde   INTEGER NOT NULL,
    waardepeildatum TEXT NOT NULL, waarde TEXT, beschikkingsdatum TEXT,
    PRIMARY KEY (eenheid_id, volgorde)
) WITHOUT ROWID;

CREATE TABLE gehandicaptenvoorziening (
    eenheid_id INTEGER NOT NULL REFERENCES eenheid (id) ON DELETE CASCADE,
    volgorde   INTEGER NOT NULL,
    omschrijving TEXT, kosten TEXT, subsidie TEXT, eigen_bijdrage TEXT,
    PRIMARY KEY (eenheid_id, volgorde)
) WITHOUT ROWID;

CREATE TABLE gedeelde_ruimte (
    id             INTEGER PRIMARY KEY,
    complex_id     INTEGER NOT NULL REFERENCES complex (id) ON DELETE CASCADE,
    volgorde       INTEGER NOT NULL,
    sleutel        TEXT NOT NULL,
    naam           TEXT,
    soort          TEXT,
    aantal_adressen INTEGER,
    UNIQUE (complex_id, sleutel)
);

CREATE TABLE gedeelde_ruimte_woning (
    gedeelde_ruimte_id INTEGER NOT NULL REFERENCES gedeelde_ruimte (id) ON DELETE CASCADE,
    eenheid_id         INTEGER NOT NULL REFERENCES eenheid (id) ON DELETE CASCADE,
    volgorde           INTEGER NOT NULL,
    PRIMARY KEY (gedeelde_ruimte_id, eenheid_id)
) WITHOUT ROWID;
CREATE INDEX gedeelde_ruimte_woning_eenheid ON gedeelde_ruimte_woning (eenheid_id);

-- a room belongs to a dwelling or to a shared space, never both
CREATE TABLE ruimte (
    id                 INTEGER PRIMARY KEY,
    eenheid_id         INTEGER REFERENCES eenheid (id) ON DELETE CASCADE,
    gedeelde_ruimte_id INTEGER REFERENCES gedeelde_ruimte (id) ON DELETE CASCADE,
    volgorde           INTEGER NOT NULL,
    ruimte_id TEXT, naam TEXT, soort TEXT, detailsoort TEXT, oppervlakte TEXT, lengte TEXT, breedte TEXT,
    hoogte TEXT, verwarmd INTEGER NOT NULL, verkoeld INTEGER NOT NULL, gedeeld_met_adressen INTEGER,
    aantal INTEGER NOT NULL, vaste_trap INTEGER NOT NULL, vlizotrap INTEGER NOT NULL, laadpalen INTEGER NOT NULL,
    CHECK ((eenheid_id IS NULL) <> (gedeelde_ruimte_id IS NULL))
);
CREATE INDEX ruimte_eenheid ON ruimte (eenheid_id, volgorde);
CREATE INDEX ruimte_gedeelde_ruimte ON ruimte (gedeelde_ruimte_id, volgorde);

CREATE TABLE ruimte_voorziening (
    ruimte_id INTEGER NOT NULL REFERENCES ruimte (id) ON DELETE CASCADE,
    volgorde  INTEGER NOT NULL,
    code      TEXT NOT NULL,
    PRIMARY KEY (ruimte_id, volgorde)
) WITHOUT ROWID;

CREATE TABLE ruimte_aanrecht (
    ruimte_id INTEGER NOT NULL REFERENCES ruimte (id) ON DELETE CASCADE,
    volgorde  INTEGER NOT NULL,
    lengte_mm TEXT NOT NULL,
    PRIMARY KEY (ruimte_id, volgorde)
) WITHOUT ROWID;

CREATE TABLE ruimte_kast (
    ruimte_id   INTEGER NOT NULL REFERENCES ruimte (id) ON DELETE CASCADE,
    volgorde    INTEGER NOT NULL,
    oppervlakte TEXT NOT NULL,
    PRIMARY KEY (ruimte_id, volgorde)
) WITHOUT ROWID;

-- one stored valuation per dwelling and peildatum; derived data, recomputable from the inputs
CREATE TABLE resultaat (
    id              INTEGER PRIMARY KEY,
    eenheid_id      INTEGER NOT NULL REFERENCES eenheid (id) ON DELETE CASCADE,
    peildatum       TEXT NOT NULL,
    berekend_op     TEXT NOT NULL,
    puntwijs_versie TEXT NOT NULL,
    tabellen        TEXT NOT NULL,
    interpretatie   TEXT NOT NULL,
    methode         TEXT NOT NULL,
    som             TEXT NOT NULL,
    punten          INTEGER NOT NULL,
    p_ovz TEXT NOT NULL, p_ooz TEXT NOT NULL, p_vkv TEXT NOT NULL, p_ene TEXT NOT NULL, p_keu TEXT NOT NULL,
    p_san TEXT NOT NULL, p_geh TEXT NOT NULL, p_bui TEXT NOT NULL, p_gvr TEXT NOT NULL, p_gpa TEXT NOT NULL,
    p_woz TEXT NOT NULL, p_bij TEXT NOT NULL, p_pmn TEXT NOT NULL,
    sector          TEXT NOT NULL,
    maximale_huur   TEXT NOT NULL,
    opslagpercentage TEXT NOT NULL,
    huurprijsopslag TEXT NOT NULL,
    maximale_huur_inclusief_opslag TEXT NOT NULL,
    zorgtoeslag     INTEGER NOT NULL,
    meldingen       INTEGER NOT NULL,
    uitleg          BLOB NOT NULL,
    UNIQUE (eenheid_id, peildatum)
);

-- the audit trail: who changed which input field when; complex_id has no foreign key so the trail of a
-- discarded scenario or a deleted complex stays readable
CREATE TABLE wijziging (
    id          INTEGER PRIMARY KEY,
    tijdstip    TEXT NOT NULL,
    gebruiker   TEXT NOT NULL,
    complex_id  INTEGER,
    complex     TEXT,
    entiteit    TEXT NOT NULL,
    veld        TEXT NOT NULL,
    oud         TEXT,
    nieuw       TEXT,
    reden       TEXT
);
CREATE INDEX wijziging_complex ON wijziging (complex_id, id);
