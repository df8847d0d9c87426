package nl.puntwijs.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.io.vera.VeraEenheidSchrijver;
import nl.puntwijs.io.vera.VeraSchrijver;

/**
 * A synthetic portfolio generated from the ten public whole-dwelling vectors: each eenheid is a vector with its room
 * areas scaled by 0.85-1.25, a random energy label and its WOZ values scaled by 0.7-1.6, a unique id and a full
 * address. Written as VERA arrays of {@code perBestand} eenheden per file. Deterministic for a seed.
 */
public final class SynthetischePortefeuille {

    private SynthetischePortefeuille() {
    }

    public static List<Path> schrijf(Path map, int aantal, int perBestand, long zaad) throws IOException {
        Files.createDirectories(map);
        List<Eenheid> basis = new ArrayList<>();
        for (String v : Voorbeelden.VECTOREN) {
            basis.add(Voorbeelden.eenheid(v));
        }
        Random r = new Random(zaad);
        VeraSchrijver vera = new VeraSchrijver();
        VeraEenheidSchrijver schrijver = new VeraEenheidSchrijver();
        Energielabel[] labels = Energielabel.values();
        List<Path> bestanden = new ArrayList<>();
        for (int begin = 0; begin < aantal; begin += perBestand) {
            Path bestand = map.resolve(String.format("deel-%05d.json", begin / perBestand));
            try (OutputStream uit = Files.newOutputStream(bestand); JsonGenerator g = vera.generator(uit, false)) {
                g.writeStartArray();
                for (int i = begin; i < Math.min(aantal, begin + perBestand); i++) {
                    schrijver.schrijf(variant(basis.get(i % basis.size()), i, r, labels), g);
                }
                g.writeEndArray();
            }
            bestanden.add(bestand);
        }
        return bestanden;
    }

    static Eenheid variant(Eenheid e, int i, Random r, Energielabel[] labels) {
        BigDecimal schaal = BigDecimal.valueOf(85 + r.nextInt(41), 2);
        List<Ruimte> ruimten = new ArrayList<>();
        for (Ruimte x : e.ruimten()) {
            ruimten.add(new Ruimte(x.id(), x.naam(), x.soort(), x.detailsoort(),
                    x.oppervlakte() == null ? null : x.oppervlakte().multiply(schaal).setScale(2, RoundingMode.HALF_UP),
                    x.lengte(), x.breedte(), x.hoogte(), x.verwarmd(), x.verkoeld(), x.gedeeldMetAdressen(), x.aantal(),
                    x.voorzieningen(), x.aanrechten(), x.vasteTrap(), x.vlizotrap(), x.laadpalen(), x.kasten()));
        }
        Energielabel label = labels[r.nextInt(labels.length)];
        List<Energieprestatie> energie = new ArrayList<>();
        for (Energieprestatie p : e.energieprestaties()) {
            energie.add(new Energieprestatie(p.soort(), p.definitief(), p.begindatum(), p.einddatum(),
                    p.label() == null ? null : label, p.waarde(), p.geldigVoorWws()));
        }
        BigDecimal wozSchaal = BigDecimal.valueOf(70 + r.nextInt(91), 2);
        List<WozWaarde> woz = new ArrayList<>();
        for (WozWaarde w : e.wozWaarden()) {
            woz.add(new WozWaarde(w.waardepeildatum(), w.vastgesteldeWaarde() == null ? null
                    : w.vastgesteldeWaarde().multiply(wozSchaal).setScale(0, RoundingMode.HALF_UP), w.beschikkingsdatum()));
        }
        Adres adres = new Adres("Synthetischestraat", String.valueOf(i % 500 + 1), null,
                String.format("%04dAB", 1000 + i / 500 % 9000), "Rotterdam", "3594");
        return new Eenheid(String.format("SYN-%06d", i), adres, e.bouwjaar(), e.beginBouwdatum(),
                e.eersteIngebruikname(), e.datumHuurovereenkomst(), e.pandSoort(), e.monumenten(), e.doelgroep(),
                e.gebruiksoppervlakte(), energie, e.energieprestatievergoedingen(), woz, e.taxatiewaarde(), ruimten,
                e.gehandicaptenvoorzieningen(), e.zorgvoorwaarden(), e.huur());
    }
}
