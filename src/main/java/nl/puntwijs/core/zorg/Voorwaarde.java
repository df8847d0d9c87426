package nl.puntwijs.core.zorg;

/** The four zorgwoning conditions of Bhw rubriek 12 (BB26 §2.12.1). */
public enum Voorwaarde {
    WOONGEBOUW("In een woongebouw", "zorg.woongebouw"),
    DREMPELLOOS("Drempelloos: gangen minstens 120 cm, drempels van 2 cm of meer overbrugd door lift of hellingbaan",
            "zorg.smalsteGangbreedteCm"),
    ALARM("Alarmvoorzieningen in de huurovereenkomst, bereikbaar vanuit woning en complex", "zorg.alarmWoning"),
    GEMEENSCHAPPELIJKE_RUIMTE("Gemeenschappelijke ruimte voor maaltijden of recreatie in de huurovereenkomst, "
            + "binnendoor bereikbaar", "zorg.gemeenschappelijkeRuimteInHuurovereenkomst");

    public static final String BRON = "BB26 §2.12.1";

    private final String omschrijving;
    private final String veld;

    Voorwaarde(String omschrijving, String veld) {
        this.omschrijving = omschrijving;
        this.veld = veld;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The input field a user should look at first. */
    public String veld() {
        return veld;
    }
}
