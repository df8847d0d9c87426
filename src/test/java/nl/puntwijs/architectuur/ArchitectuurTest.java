package nl.puntwijs.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The calculation core is plain Java: it depends on nothing but the JDK and itself. The layers depend one way:
 * core &lt;- io &lt;- store &lt;- export, ui, cli.
 */
class ArchitectuurTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.puntwijs");

    @Test
    void deKernImporteertGeenFrameworks() {
        noClasses().that().resideInAPackage("nl.puntwijs.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.apache.poi..", "com.fasterxml..", "picocli..", "org.controlsfx..", "org.xerial..",
                        "org.sqlite..")
                .check(KLASSEN);
    }

    @Test
    void deKernKentGeenTestbibliotheken() {
        noClasses().that().resideInAPackage("nl.puntwijs.core..")
                .should().dependOnClassesThat().resideInAnyPackage("net.jqwik..", "org.junit..", "org.assertj..",
                        "org.opentest4j..", "com.tngtech..")
                .check(KLASSEN);
    }

    @Test
    void deKernKentDeAndereLagenNiet() {
        noClasses().that().resideInAPackage("nl.puntwijs.core..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.puntwijs.io..", "nl.puntwijs.store..",
                        "nl.puntwijs.export..", "nl.puntwijs.ui..", "nl.puntwijs.cli..")
                .check(KLASSEN);
    }

    @Test
    void deInvoerlaagKentDeBovenliggendeLagenNiet() {
        noClasses().that().resideInAPackage("nl.puntwijs.io..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.puntwijs.store..", "nl.puntwijs.export..",
                        "nl.puntwijs.ui..", "nl.puntwijs.cli..")
                .check(KLASSEN);
    }

    @Test
    void kernEnInvoerlaagKennenDeOpslagNiet() {
        noClasses().that().resideInAnyPackage("nl.puntwijs.core..", "nl.puntwijs.io..")
                .should().dependOnClassesThat().resideInAPackage("nl.puntwijs.store..")
                .check(KLASSEN);
    }

    @Test
    void deOpslagKentDeBovenliggendeLagenNiet() {
        noClasses().that().resideInAPackage("nl.puntwijs.store..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.puntwijs.export..", "nl.puntwijs.ui..",
                        "nl.puntwijs.cli..")
                .check(KLASSEN);
    }

    @Test
    void deOpdrachtregelKentDeBureaubladtoepassingNiet() {
        noClasses().that().resideInAnyPackage("nl.puntwijs.cli..", "nl.puntwijs.export..")
                .should().dependOnClassesThat().resideInAPackage("nl.puntwijs.ui..")
                .check(KLASSEN);
    }

    /** View models and the services behind them are tested without the toolkit: no scene graph, stage or platform. */
    @Test
    void viewModelsEnDienstenKennenDeToolkitNiet() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("nl.puntwijs.ui.dienst..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.concurrent..", "org.controlsfx..", "atlantafx..")
                .check(KLASSEN);
    }

    @Test
    void deExportKentDeBovenliggendeLagenNiet() {
        noClasses().that().resideInAPackage("nl.puntwijs.export..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.puntwijs.ui..", "nl.puntwijs.cli..",
                        "javafx..", "picocli..")
                .check(KLASSEN);
    }
}
