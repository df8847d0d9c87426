package nl.puntwijs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TekstenTest {

    private static Properties laad(String naam) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TekstenTest.class.getResourceAsStream("/nl/puntwijs/ui/" + naam)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @AfterEach
    void terug() {
        Teksten.gebruik(Locale.forLanguageTag("nl"));
    }

    @Test
    void nederlandsEnEngelsHebbenDezelfdeSleutels() throws IOException {
        assertThat(laad("teksten_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(laad("teksten.properties").stringPropertyNames());
    }

    @Test
    void elkeGebruikteSleutelBestaat() throws IOException {
        Set<String> bekend = laad("teksten.properties").stringPropertyNames();
        Pattern gebruik = Pattern.compile("Teksten\\.t\\(\"([^\"]+)\"");
        Set<String> ontbrekend = new TreeSet<>();
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/java/nl/puntwijs/ui"))) {
            for (Path f : bestanden.filter(b -> b.toString().endsWith(".java")).toList()) {
                Matcher m = gebruik.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !bekend.contains(m.group(1))) {
                        ontbrekend.add(m.group(1));
                    }
                }
            }
        }
        assertThat(ontbrekend).isEmpty();
    }

    @Test
    void deTaalIsTeKiezen() {
        Teksten.gebruik(Locale.ENGLISH);
        assertThat(Teksten.t("menu.bestand")).isEqualTo("File");
        assertThat(Teksten.t("boom.telling", 3, 2)).isEqualTo("3 dwellings in 2 complexes");
        Teksten.gebruik(Locale.forLanguageTag("nl"));
        assertThat(Teksten.t("menu.bestand")).isEqualTo("Bestand");
        assertThat(Teksten.t("bestaat.niet")).isEqualTo("bestaat.niet");
    }
}
