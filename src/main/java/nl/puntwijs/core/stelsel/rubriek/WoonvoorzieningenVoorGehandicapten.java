package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 7: one point per €332 of net investment (cost minus subsidy and tenant contribution) in
 * provisions for a disabled tenant (Bhw rubriek 7; BB26 §2.7). A fully subsidised provision earns
 * nothing (§2.7.2). Whether a provision qualifies (Wmo, date, tenant) is the user's judgement.
 */
public final class WoonvoorzieningenVoorGehandicapten implements Rubriek {

    static final BigDecimal EURO_PER_PUNT = BigDecimal.valueOf(332);

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.GEH;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        for (Gehandicaptenvoorziening v : w.eenheid().gehandicaptenvoorzieningen()) {
            BigDecimal netto = v.nettoInvestering();
            regels.add(Regel.meting(v.omschrijving(), v.omschrijving() + " (netto investering)", netto,
                    Meeteenheid.EURO, Afronding.deel(netto, EURO_PER_PUNT), "BB26 §2.7.1"));
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }
}
