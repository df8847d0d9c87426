package nl.puntwijs.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.puntwijs.ui.dienst.Dialogen;
import nl.puntwijs.ui.dienst.Opslag;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Uitvoerder;
import nl.puntwijs.ui.dienst.Voorbeeldportefeuille;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * A workspace for view-model tests, without the toolkit: the sample portfolio built in a temporary folder, every
 * "UI" callback run on the calling thread, dialogs recorded instead of shown.
 */
public final class Proefwerkruimte implements AutoCloseable {

    public static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);
    private static Rekenkern kern;

    /** What the dialogs were asked to show, and the answers they give. */
    public static final class Proefdialogen implements Dialogen {
        public final List<String> fouten = new ArrayList<>();
        public final List<String> meldingen = new ArrayList<>();
        public String antwoord = "Wat als";
        public List<Path> bestanden = List.of();
        /** The file name the last {@link #kiesDoel} proposed. */
        public String voorstel;
        public final List<String> vragen = new ArrayList<>();

        @Override
        public void fouten(String titel, String inleiding, List<String> regels) {
            fouten.add(titel + ": " + inleiding + " " + String.join(" | ", regels));
        }

        @Override
        public void melding(String titel, String tekst) {
            meldingen.add(titel + ": " + tekst);
        }

        @Override
        public Optional<Path> kiesBestand(String titel, String omschrijving, List<String> extensies) {
            return bestanden.stream().findFirst();
        }

        @Override
        public List<Path> kiesBestanden(String titel, String omschrijving, List<String> extensies) {
            return bestanden;
        }

        @Override
        public Optional<Path> kiesDoel(String titel, String voorstel, String omschrijving, List<String> extensies) {
            this.voorstel = voorstel;
            return bestanden.stream().findFirst();
        }

        @Override
        public Optional<String> vraagTekst(String titel, String vraag, String voorstel) {
            return Optional.ofNullable(antwoord);
        }

        @Override
        public boolean bevestig(String titel, String vraag) {
            vragen.add(vraag);
            return true;
        }
    }

    public final Path map;
    public final Path bestand;
    public final Proefdialogen dialogen = new Proefdialogen();
    public final Werkruimte werkruimte;

    public Proefwerkruimte() {
        try {
            map = Files.createTempDirectory("puntwijs-vm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bestand = Voorbeeldportefeuille.zorgVoor(map, kern(), PEILDATUM);
        werkruimte = new Werkruimte(kern(), Uitvoerder.DIRECT, dialogen, new Opslag(), PEILDATUM);
    }

    public static synchronized Rekenkern kern() {
        if (kern == null) {
            kern = Rekenkern.standaard();
        }
        return kern;
    }

    /** Opens the sample and waits until the first complex and its first dwelling are shown. */
    public Proefwerkruimte open() {
        werkruimte.open(bestand).join();
        wacht();
        return this;
    }

    /** Waits until the store has done everything queued (saves included). */
    public void wacht() {
        for (int i = 0; i < 3; i++) {
            werkruimte.opslag().wacht();
        }
    }

    /** Opens the complex with this key and selects the dwelling. */
    public void kies(String complexSleutel, String eenheidId) {
        long id = werkruimte.complexen().stream().filter(c -> c.sleutel().equals(complexSleutel)).findFirst()
                .orElseThrow().id();
        werkruimte.openComplex(id, eenheidId);
        wacht();
        werkruimte.selecteerWoning(eenheidId);
    }

    @Override
    public void close() {
        werkruimte.sluit();
    }
}
