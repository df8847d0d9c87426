package nl.puntwijs.core.signalen;

/** How serious a signal is. */
public enum Ernst {
    /** Worth knowing; also used for "niet te beoordelen" when an input is missing. */
    INFO("info"),
    /** A risk for the plan or the tenant; the result is still usable. */
    WAARSCHUWING("waarschuwing"),
    /** The result is not legally usable, or a subsidy condition fails. */
    BLOKKEREND("blokkerend");

    private final String code;

    Ernst(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
