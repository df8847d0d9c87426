package nl.puntwijs.cli;

/** Output formats of {@code score}. */
enum Formaat {
    /** The VERA WoningwaarderingResultaat JSON. */
    vera,
    /** A readable breakdown per rubriek. */
    text,
    /** Puntwijs' own full explained tree as JSON. */
    json
}
