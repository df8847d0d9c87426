package nl.puntwijs.core.signalen;

import java.util.List;

/** A family of signals about a complex as a whole. */
interface Complexregel {

    void signaleer(Complexcontext c, List<Signaal> uit);
}
