package nl.puntwijs.core.complex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.zorg.Zorgtoets;

/**
 * Checks a complex before it is valued: every shared space has dwellings with a use right, each linked once and
 * existing; the address count is consistent; the zorg conditions do not contradict each other or the shared
 * spaces. Messages name the complex, the space and the field.
 */
public final class Complexcontrole {

    private Complexcontrole() {
    }

    public static List<Complexmelding> controleer(Complex complex) {
        List<Complexmelding> meldingen = new ArrayList<>();
        String plaatsComplex = "complex '" + complex.weergavenaam() + "'";
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < complex.woningen().size(); i++) {
            Eenheid w = complex.woningen().get(i);
            if (w.id() == null || w.id().isBlank()) {
                meldingen.add(new Complexmelding(true, plaatsComplex, "woningen[" + i + "].id", "woning zonder id"));
            } else if (!ids.add(w.id())) {
                meldingen.add(new Complexmelding(true, plaatsComplex, "woningen[" + i + "].id",
                        "woning '" + w.id() + "' komt twee keer voor"));
            }
        }
        Set<String> ruimteIds = new HashSet<>();
        for (int s = 0; s < complex.gedeeldeRuimten().size(); s++) {
            GedeeldeRuimte g = complex.gedeeldeRuimten().get(s);
            String plaats = plaatsComplex + ", gedeelde ruimte '" + g.weergavenaam() + "'";
            String pad = "gedeeldeRuimten[" + s + "]";
            if (g.id() == null || g.id().isBlank()) {
                meldingen.add(new Complexmelding(true, plaats, pad + ".id", "gedeelde ruimte zonder id"));
            } else if (!ruimteIds.add(g.id())) {
                meldingen.add(new Complexmelding(true, plaats, pad + ".id", "id '" + g.id() + "' komt twee keer voor"));
            }
            Set<String> gekoppeld = new HashSet<>();
            for (int i = 0; i < g.woningen().size(); i++) {
                String id = g.woningen().get(i);
                if (!gekoppeld.add(id)) {
                    meldingen.add(new Complexmelding(true, plaats, pad + ".woningen[" + i + "]",
                            "woning '" + id + "' is twee keer gekoppeld"));
                } else if (!ids.contains(id)) {
                    meldingen.add(new Complexmelding(true, plaats, pad + ".woningen[" + i + "]",
                            "woning '" + id + "' bestaat niet in dit complex"));
                }
            }
            if (g.aantalAdressen() != null && g.aantalAdressen() < gekoppeld.size()) {
                meldingen.add(new Complexmelding(true, plaats, pad + ".aantalAdressen", "aantal adressen "
                        + g.aantalAdressen() + " is kleiner dan het aantal gekoppelde woningen (" + gekoppeld.size() + ")"));
            }
            if (g.adressen() == 0) {
                meldingen.add(new Complexmelding(true, plaats, pad + ".woningen",
                        "geen woningen met gebruiksrecht gekoppeld; de ruimte kan niet worden verdeeld"));
            } else if (g.adressen() == 1) {
                meldingen.add(new Complexmelding(false, plaats, pad + ".woningen", "maar 1 adres met gebruiksrecht: "
                        + "geen gemeenschappelijke ruimte (minstens 2 adressen, BB26 §2.9.1); niet gewaardeerd"));
            }
            if (g.ruimten().isEmpty()) {
                meldingen.add(new Complexmelding(false, plaats, pad + ".ruimten", "geen ruimten; levert geen punten op"));
            }
        }
        zorg(plaatsComplex, "zorg", complex.zorg(), meldingen);
        for (int i = 0; i < complex.woningen().size(); i++) {
            Eenheid w = complex.woningen().get(i);
            String plaats = plaatsComplex + ", woning '" + w.id() + "'";
            zorg(plaats, "woningen[" + i + "].zorg", w.zorgvoorwaarden(), meldingen);
            Zorgvoorwaarden samen = w.zorgvoorwaarden() == null ? complex.zorg()
                    : w.zorgvoorwaarden().aangevuldMet(complex.zorg());
            boolean heeftOntmoeting = complex.gedeeldeRuimtenVan(w.id()).stream().anyMatch(g -> g.isGedeeld()
                    && (g.soort() == SoortGedeeldeRuimte.ONTMOETINGSRUIMTE || g.soort() == SoortGedeeldeRuimte.RECREATIERUIMTE
                    || g.soort() == SoortGedeeldeRuimte.GEMEENSCHAPPELIJKE_KEUKEN));
            if (samen != null && Boolean.FALSE.equals(samen.gemeenschappelijkeRuimteInHuurovereenkomst()) && heeftOntmoeting) {
                meldingen.add(new Complexmelding(false, plaats, "woningen[" + i + "].zorg.gemeenschappelijkeRuimteInHuurovereenkomst",
                        "tegenstrijdig: de woning heeft gebruiksrecht op een ontmoetings- of recreatieruimte, maar volgens "
                                + "de zorgvoorwaarden geeft de huurovereenkomst geen gebruik van een gemeenschappelijke ruimte"));
            }
        }
        return meldingen;
    }

    private static void zorg(String plaats, String pad, Zorgvoorwaarden v, List<Complexmelding> meldingen) {
        if (v == null) {
            return;
        }
        if (v.smalsteGangbreedteCm() != null && Zorgtoets.isOnwaarschijnlijkeGangbreedte(v.smalsteGangbreedteCm())) {
            meldingen.add(new Complexmelding(false, plaats, pad + ".smalsteGangbreedteCm", v.smalsteGangbreedteCm()
                    .toPlainString() + " cm is onwaarschijnlijk smal: in meters ingevuld? Vul de breedte in centimeters in "
                    + "(1,20 m = 120 cm)"));
        }
        if (Boolean.FALSE.equals(v.ruimteInAnderGebouw()) && Boolean.FALSE.equals(v.binnendoorBereikbaar())) {
            meldingen.add(new Complexmelding(false, plaats, pad + ".binnendoorBereikbaar", "tegenstrijdig: de "
                    + "gemeenschappelijke ruimte ligt in hetzelfde gebouw maar zou niet binnendoor bereikbaar zijn"));
        }
    }
}
