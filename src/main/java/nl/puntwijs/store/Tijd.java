package nl.puntwijs.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time stamps as stored: ISO-8601 local time with offset, to the second ("2026-11-24T14:03:12+01:00"). */
final class Tijd {

    private Tijd() {
    }

    static String nu() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The OS user who makes a change (the audit trail's "who"). */
    static String gebruiker() {
        String naam = System.getProperty("user.name");
        return naam == null || naam.isBlank() ? "onbekend" : naam;
    }
}
