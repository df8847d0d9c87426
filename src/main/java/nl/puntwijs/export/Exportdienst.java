package nl.puntwijs.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Tabellenboek;

/**
 * Writes the board report. The command line and the desktop application call the same method: it runs on the
 * caller's thread (a UI runs it in a background task), reports progress through {@link Voortgang}, asks
 * {@link Annulering} between dwellings, and writes the file safely ({@link Doelbestand}): a cancelled or failed
 * export leaves the old file as it was.
 */
public final class Exportdienst {

    private final Tabellenboek tabellenboek;
    private final Drempels drempels;
    private final Exportopties opties;
    private final Doelbestand.Verplaatser verplaatser;

    public Exportdienst(Tabellenboek tabellenboek, Drempels drempels) {
        this(tabellenboek, drempels, Exportopties.standaard(), Doelbestand.STANDAARD);
    }

    public Exportdienst(Tabellenboek tabellenboek, Drempels drempels, Exportopties opties) {
        this(tabellenboek, drempels, opties, Doelbestand.STANDAARD);
    }

    Exportdienst(Tabellenboek tabellenboek, Drempels drempels, Exportopties opties,
                 Doelbestand.Verplaatser verplaatser) {
        this.tabellenboek = tabellenboek;
        this.drempels = drempels;
        this.opties = opties;
        this.verplaatser = verplaatser;
    }

    /**
     * Exports the source's portfolio to {@code doel}.
     *
     * @throws ExportFout            the file could not be written (the message says why; the old file is intact)
     * @throws CancellationException the user cancelled (the old file is intact)
     */
    public Exportverslag exporteer(Exportbron bron, Path doel, Voortgang voortgang, Annulering annulering)
            throws ExportFout {
        long start = System.nanoTime();
        Doelbestand bestand = new Doelbestand(doel);
        bestand.controleer();
        Path tijdelijk = bestand.tijdelijk();
        boolean gelukt = false;
        try {
            List<Exportbron.Onderdeel> onderdelen = bron.onderdelen();
            long bekend = 0;
            for (Exportbron.Onderdeel o : onderdelen) {
                bekend += Math.max(0, o.woningen());
            }
            boolean allesBekend = onderdelen.stream().allMatch(o -> o.woningen() >= 0);
            // progress counts dwellings when every part knows its size, else parts; the save is the last tenth
            long eenheden = allesBekend ? Math.max(1, bekend) : Math.max(1, onderdelen.size());
            long totaal = eenheden + Math.max(1, eenheden / 9);
            List<String> nietOpgenomen = new ArrayList<>();
            int signalen = 0;
            try (Rapport rapport = new Rapport(bron, tabellenboek, drempels, opties)) {
                long[] gedaan = {0};
                for (Exportbron.Onderdeel o : onderdelen) {
                    stopAlsGevraagd(annulering);
                    voortgang.meld(Math.min(gedaan[0], eenheden), totaal, "Inlezen en waarderen: " + o.naam());
                    Exportcomplex complex;
                    try {
                        complex = bron.laad(o).orElse(null);
                    } catch (Exportbron.Onleesbaar e) {
                        rapport.nietOpgenomen(e.getMessage());
                        nietOpgenomen.add(e.getMessage());
                        complex = null;
                    }
                    if (complex != null) {
                        String stap = "Complex " + complex.complex().weergavenaam();
                        rapport.voegToe(complex, () -> {
                            stopAlsGevraagd(annulering);
                            if (allesBekend) {
                                gedaan[0]++;
                                if (gedaan[0] % 100 == 0) {
                                    voortgang.meld(Math.min(gedaan[0], eenheden), totaal, stap);
                                }
                            }
                        });
                        nietOpgenomen.addAll(complex.overgeslagen());
                        signalen += complex.signalen().size();
                    }
                    if (!allesBekend) {
                        gedaan[0]++;
                    }
                    voortgang.meld(Math.min(gedaan[0], eenheden), totaal, "Ingelezen: " + o.naam());
                }
                stopAlsGevraagd(annulering);
                voortgang.meld(eenheden, totaal, "Samenvatting en parameters");
                rapport.sluitAf();
                stopAlsGevraagd(annulering);
                voortgang.meld(eenheden, totaal, "Werkboek opslaan");
                try (OutputStream uit = new BufferedOutputStream(Files.newOutputStream(tijdelijk), 1 << 16)) {
                    rapport.schrijf(uit);
                }
                stopAlsGevraagd(annulering);
                long bytes = Files.size(tijdelijk);
                bestand.plaats(tijdelijk, verplaatser);
                gelukt = true;
                voortgang.meld(totaal, totaal, "Klaar");
                return new Exportverslag(bestand.pad(), rapport.telling.complexen, rapport.telling.woningen, signalen,
                        rapport.puntenopbouw.aantalBladen(), rapport.bladen(), nietOpgenomen, bytes,
                        Duration.ofNanos(System.nanoTime() - start));
            }
        } catch (Tabel.TeVeelRijen e) {
            throw new ExportFout(e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportFout("het werkboek kon niet worden geschreven naar " + tijdelijk.getParent() + ": "
                    + e.getMessage() + ". Het bestaande bestand is niet gewijzigd.", e);
        } finally {
            if (!gelukt) {
                Doelbestand.verwijder(tijdelijk);
            }
        }
    }

    private static void stopAlsGevraagd(Annulering annulering) {
        if (annulering.gevraagd()) {
            throw new CancellationException("export geannuleerd; het bestaande bestand is niet gewijzigd");
        }
    }
}
