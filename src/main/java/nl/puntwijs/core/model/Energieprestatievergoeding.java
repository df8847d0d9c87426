package nl.puntwijs.core.model;

import java.time.LocalDate;

/** An agreed energieprestatievergoeding (BB26 §2.4.6.3); open-ended when a date is missing. */
public record Energieprestatievergoeding(LocalDate begindatum, LocalDate einddatum) {

    public boolean geldigOp(LocalDate peildatum) {
        return (begindatum == null || !begindatum.isAfter(peildatum))
                && (einddatum == null || einddatum.isAfter(peildatum));
    }
}
