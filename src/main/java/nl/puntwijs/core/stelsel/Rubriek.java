package nl.puntwijs.core.stelsel;

/** One rubriek of the stelsel that depends only on the dwelling itself (rubrieken 1 to 10). */
public interface Rubriek {

    Stelselgroep groep();

    RubriekResultaat waardeer(Waardering waardering);
}
