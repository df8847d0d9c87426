package nl.puntwijs.core.stelsel;

/** How the stelsel counts a room after classification (BB26 §2.2, §2.8). */
public enum Klasse {
    VERTREK,
    OVERIGE_RUIMTE,
    VERKEERSRUIMTE,
    BUITENRUIMTE
}
