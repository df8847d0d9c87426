package nl.puntwijs.io.complex;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema {@code schema/puntwijs-complex-1.schema.json}: itself valid draft 2020-12, accepting both samples,
 * the full test file and what the writer writes, rejecting what the reader rejects, and listing exactly the codes
 * the reader knows.
 */
class ComplexSchemaTest {

    private static final String SCHEMA_PAD = "/schema/puntwijs-complex-1.schema.json";
    private static final SchemaRegistry REGISTER = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTER.getSchema(tekst(SCHEMA_PAD), InputFormat.JSON);
    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();

    private static String tekst(String resource) {
        try (InputStream in = ComplexSchemaTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> fouten(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void hetSchemaIsGeldigVolgensHetMetaschema() {
        Schema meta = REGISTER.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(tekst(SCHEMA_PAD), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/complex/volledig.json", "samples/de-linde-complex.json", "samples/zorgcomplex-de-hoven.json",
            "samples/zorgcomplex-het-baken.json"})
    void voorbeeldenEnGeschrevenBestandenVoldoen(String bron) throws Exception {
        String json = new String(ComplexSchrijverTest.invoer(bron), StandardCharsets.UTF_8);
        assertThat(fouten(json)).isEmpty();
        String geschreven = new String(new ComplexSchrijver().bytes(new ComplexLezer().lees(json.getBytes(
                StandardCharsets.UTF_8)).complex()), StandardCharsets.UTF_8);
        assertThat(fouten(geschreven)).isEmpty();
    }

    @Test
    void watDeLezerAfwijstWijstHetSchemaAf() {
        String basis = "{\"formaat\": \"puntwijs-complex/1\", \"id\": \"C\", \"woningen\": [%s]%s}";
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\"}", ""))).isEmpty();
        assertThat(fouten("{\"formaat\": \"puntwijs-complex/2\", \"id\": \"C\", \"woningen\": [{\"id\": \"W1\"}]}")).isNotEmpty();
        assertThat(fouten(String.format(basis, "", ""))).as("no dwellings").isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"bouwjaar\": \"1970\"}", ""))).isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"ruimten\": [{\"oppervlakte\": -4}]}", ""))).isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"ruimten\": [{\"detailsoort\": \"QQQ\"}]}", "")))
                .isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"zorg\": {\"hoogsteDrempelCm\": 250}}", ""))).isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"pandsoort\": \"flat\"}", ""))).isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\"}, {\"id\": \"W2\"}",
                ", \"gedeeldeRuimten\": [{\"id\": \"o\", \"soort\": \"ontmoetingsruimte\", \"woningen\": [\"W1\", \"W1\"]}]")))
                .as("a dwelling linked twice").isNotEmpty();
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"onbekend\": 1}", ""))).as("unknown field").isNotEmpty();
        // a corridor width in metres is valid JSON for the schema: the reader warns and does not use it
        assertThat(fouten(String.format(basis, "{\"id\": \"W1\", \"zorg\": {\"smalsteGangbreedteCm\": 1.2}}", ""))).isEmpty();
    }

    @Test
    void deCodelijstenZijnDieVanDeLezer() {
        tools.jackson.databind.JsonNode defs = JSON.readTree(tekst(SCHEMA_PAD)).get("$defs");
        tools.jackson.databind.JsonNode ruimte = defs.get("ruimte").get("properties");
        tools.jackson.databind.JsonNode woning = defs.get("woning").get("properties");
        assertThat(lijst(ruimte.get("detailsoort").get("enum"))).isEqualTo(codes(Detailsoort.values(), Detailsoort::code));
        assertThat(lijst(ruimte.get("soort").get("enum"))).isEqualTo(codes(RuimteSoort.values(), RuimteSoort::code));
        assertThat(lijst(ruimte.get("voorzieningen").get("items").get("enum")))
                .isEqualTo(codes(Voorziening.values(), Voorziening::code));
        assertThat(lijst(woning.get("doelgroep").get("enum"))).isEqualTo(codes(Doelgroep.values(), Doelgroep::code));
        assertThat(lijst(woning.get("monumenten").get("items").get("enum"))).isEqualTo(codes(Monument.values(), Monument::code));
        assertThat(lijst(woning.get("pandsoort").get("enum"))).isEqualTo(codes(PandSoort.values(), ComplexLezer::pandSoortCode));
        assertThat(lijst(defs.get("energieprestatie").get("properties").get("soort").get("enum")))
                .isEqualTo(codes(EnergieprestatieSoort.values(), EnergieprestatieSoort::code));
        assertThat(lijst(defs.get("energieprestatie").get("properties").get("label").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Arrays.stream(Energielabel.values()).map(Energielabel::naam),
                        Arrays.stream(Energielabel.values()).map(Energielabel::code)).distinct().toList());
        assertThat(lijst(defs.get("gedeeldeRuimte").get("properties").get("soort").get("enum")))
                .isEqualTo(codes(SoortGedeeldeRuimte.values(), SoortGedeeldeRuimte::code));
        assertThat(lijst(JSON.readTree(tekst(SCHEMA_PAD)).get("properties").get("methodeGemeenschappelijkeRuimten").get("enum")))
                .isEqualTo(codes(nl.puntwijs.core.complex.MethodeGedeeldeRuimten.values(),
                        m -> m.code().toLowerCase(Locale.ROOT)));
    }

    private static List<String> lijst(tools.jackson.databind.JsonNode n) {
        java.util.ArrayList<String> uit = new java.util.ArrayList<>();
        n.forEach(v -> uit.add(v.asText()));
        return uit;
    }

    private static <E> List<String> codes(E[] waarden, Function<E, String> code) {
        return Arrays.stream(waarden).map(code).toList();
    }
}
