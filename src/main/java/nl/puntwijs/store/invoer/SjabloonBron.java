package nl.puntwijs.store.invoer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.puntwijs.io.sjabloon.Sjabloon;
import nl.puntwijs.io.sjabloon.SjabloonLezer;

/**
 * A filled-in Puntwijs template (*.xlsx, {@code puntwijs template}). Every error is reported as sheet, row, column,
 * value and reason; a dwelling is invalid when its row or one of its rooms has an error, a complex (with all its
 * dwellings) when its row or one of its shared spaces has one.
 */
public final class SjabloonBron implements Importbron {

    @Override
    public String naam() {
        return "Excel-sjabloon";
    }

    @Override
    public boolean herkent(Path bestand, byte[] begin) {
        return bestand.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Override
    public void lees(Path bestand, String weergave, Importverzameling uit) throws IOException, OnleesbaarException {
        SjabloonLezer.Uitkomst u;
        try {
            u = new SjabloonLezer().lees(bestand);
        } catch (SjabloonLezer.OngeldigSjabloon e) {
            throw new OnleesbaarException(e.getMessage());
        }
        List<String> complexFouten = new ArrayList<>();
        for (SjabloonLezer.Sjabloonfout f : u.overig()) {
            uit.ongeldig(weergave + ", " + plaats(f), null, List.of(f.tekst()));
        }
        for (SjabloonLezer.ComplexRij c : u.complexen()) {
            if (!c.fouten().isEmpty()) {
                uit.ongeldig(weergave + ", blad " + Sjabloon.COMPLEXEN + " rij " + c.rij(), null, teksten(c.fouten()));
                complexFouten.add(c.complex().id());
            } else {
                uit.complex(weergave + ", blad " + Sjabloon.COMPLEXEN + " rij " + c.rij(), c.complex());
            }
        }
        for (SjabloonLezer.RuimteRij g : u.gedeeldeRuimten()) {
            String locatie = weergave + ", blad " + Sjabloon.GEDEELDE_RUIMTEN + " rij " + g.rij();
            if (!g.fouten().isEmpty()) {
                uit.ongeldig(locatie, null, teksten(g.fouten()));
                complexFouten.add(g.complexId());
            } else {
                uit.gedeeldeRuimte(locatie, g.complexId(), g.ruimte());
            }
        }
        for (SjabloonLezer.Woning w : u.woningen()) {
            String locatie = weergave + ", blad " + Sjabloon.WONINGEN + " rij " + w.rij();
            List<String> fouten = teksten(w.fouten());
            if (w.complexId() != null && complexFouten.contains(w.complexId())) {
                fouten.add("het complex '" + w.complexId() + "' van deze woning heeft fouten (zie boven)");
            }
            if (!fouten.isEmpty()) {
                uit.ongeldig(locatie, w.eenheid().id(), fouten);
            } else {
                List<String> waarschuwingen = new ArrayList<>();
                VeraBron.adres(w.eenheid().adres(), "", waarschuwingen);
                uit.eenheid(locatie, w.complexId(), null, w.eenheid(), waarschuwingen);
            }
        }
    }

    private static String plaats(SjabloonLezer.Sjabloonfout f) {
        return "blad " + f.blad() + (f.rij() > 0 ? " rij " + f.rij() : "");
    }

    private static List<String> teksten(List<SjabloonLezer.Sjabloonfout> fouten) {
        List<String> uit = new ArrayList<>();
        for (SjabloonLezer.Sjabloonfout f : fouten) {
            uit.add(f.tekst());
        }
        return uit;
    }
}
