package nl.puntwijs.export;

/** The workbook could not be written; the message says why in Dutch, and the old file is left as it was. */
public final class ExportFout extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportFout(String melding) {
        super(melding);
    }

    public ExportFout(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }
}
