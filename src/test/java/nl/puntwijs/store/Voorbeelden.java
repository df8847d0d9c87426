package nl.puntwijs.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;

/** Test data: the public whole-dwelling vectors and a small zorg complex with a shared space. */
final class Voorbeelden {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);
    static final String INVOER = "/conformance/vera/zelfstandige_woonruimten/input/";
    static final List<String> VECTOREN = List.of("12006000004", "20002000126", "20004000156", "25048000007",
            "41027000003", "41162000015", "41164000002", "51011000042", "71211000027", "85651000021");

    private Voorbeelden() {
    }

    static byte[] vector(String id) {
        try (InputStream in = Voorbeelden.class.getResourceAsStream(INVOER + id + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path kopieer(String id, Path doel) throws IOException {
        Files.createDirectories(doel.getParent());
        Files.write(doel, vector(id));
        return doel;
    }

    static Eenheid eenheid(String id) {
        try {
            GelezenEenheid g = new VeraLezer().lees(vector(id)).eenheden().get(0);
            return g.eenheid();
        } catch (VeraLezer.OngeldigeJson e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three vector dwellings (one a zorgwoning with rents and a rubriek-7 provision) and an ontmoetingsruimte. */
    static Complex zorgcomplex() {
        List<Eenheid> woningen = new ArrayList<>();
        woningen.add(eenheid("12006000004").metDoelgroep(Doelgroep.ZORG)
                .metZorgvoorwaarden(new Zorgvoorwaarden(null, new BigDecimal("125"), null, null, true, null, null, null, null))
                .metHuur(new Huur(new BigDecimal("850.00"), null, 2, new BigDecimal("4.1"), LocalDate.of(2026, 7, 1), null)));
        Eenheid tweede = eenheid("20002000126");
        woningen.add(new Eenheid(tweede.id(), tweede.adres(), tweede.bouwjaar(), tweede.beginBouwdatum(),
                tweede.eersteIngebruikname(), tweede.datumHuurovereenkomst(), tweede.pandSoort(), tweede.monumenten(),
                tweede.doelgroep(), tweede.gebruiksoppervlakte(), tweede.energieprestaties(),
                tweede.energieprestatievergoedingen(), tweede.wozWaarden(), new BigDecimal("250000"), tweede.ruimten(),
                List.of(new Gehandicaptenvoorziening("traplift", new BigDecimal("6000"), new BigDecimal("1000"), null)),
                null, null));
        woningen.add(eenheid("41027000003"));
        Ruimte ontmoeting = Ruimte.van(RuimteSoort.VERTREK, Detailsoort.RECREATIERUIMTE, "80").id("OR-1")
                .naam("Ontmoetingsruimte").verwarmd().aanrecht("2400").met(Voorziening.KOOKPLAAT_KERAMISCH,
                        Voorziening.AFZUIGINSTALLATIE).kast("0.8").bouw();
        Ruimte toilet = Ruimte.van(RuimteSoort.OVERIGE_RUIMTE, Detailsoort.TOILETRUIMTE, "2.16").id("OR-T")
                .met(Voorziening.HANGEND_TOILET, Voorziening.WASTAFEL).bouw();
        GedeeldeRuimte g = new GedeeldeRuimte("OR", "Ontmoetingsruimte", SoortGedeeldeRuimte.ONTMOETINGSRUIMTE,
                List.of(ontmoeting, toilet), List.of("12006000004", "20002000126", "41027000003"), 24);
        return new Complex("ZC-1", "Zorgcomplex De Linde", new Zorgvoorwaarden(true, new BigDecimal("130"),
                new BigDecimal("1.5"), true, null, true, true, false, null), MethodeGedeeldeRuimten.GEMETEN, woningen,
                List.of(g), new Ouderenhuisvesting(new BigDecimal("0.8"), new BigDecimal("150"), true, "2025-2026", true,
                LocalDate.of(2027, 1, 1), null, true, false, true));
    }
}
