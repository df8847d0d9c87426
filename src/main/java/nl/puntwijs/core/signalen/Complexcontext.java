package nl.puntwijs.core.signalen;

import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Tabellen;

/** A complex with its valuation. */
final class Complexcontext extends Context {

    final Complex complex;
    final ComplexResultaat resultaat;

    Complexcontext(Drempels drempels, Tabellen tabellen, Complex complex, ComplexResultaat resultaat) {
        super(drempels, resultaat.peildatum(), tabellen);
        this.complex = complex;
        this.resultaat = resultaat;
    }

    @Override
    String eenheidId() {
        return null;
    }

    @Override
    String complexId() {
        return complex.id();
    }
}
