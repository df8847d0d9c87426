package nl.puntwijs.core.signalen;

import java.util.List;

/** A family of signals about one dwelling. */
interface Woningregel {

    void signaleer(Woningcontext c, List<Signaal> uit);
}
