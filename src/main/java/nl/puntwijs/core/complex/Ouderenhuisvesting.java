package nl.puntwijs.core.complex;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a complex of senior housing records for the signals and the subsidy check of the Stimuleringsregeling
 * ontmoetingsruimten in ouderenhuisvesting (SOO). Every field is optional.
 *
 * @param aandeelBewoners55Plus   share of (intended) residents aged 55 or over, 0..1
 * @param afstandOntmoetingsruimteM distance from the dwellings to the ontmoetingsruimte, in metres
 * @param fysiekVerbonden         the ontmoetingsruimte is physically connected to the cluster
 * @param subsidieronde           the SOO round applied for (e.g. "2024-2025"); null: the round open on the peildatum
 * @param corporatie              the owner is a woningcorporatie (DAEB limits apply)
 * @param oplevering              (planned) delivery date of the ontmoetingsruimte
 * @param eindeOntmoetingsfunctie the date the room stops being used for ontmoeting, when planned
 * @param exploitatieplan         there is an exploitation plan for at least 5 years
 * @param winstOpExploitatie      the exploitation makes a net profit
 * @param openVoorBuurt           residents of the neighbourhood can use it, non-discriminatory
 */
public record Ouderenhuisvesting(BigDecimal aandeelBewoners55Plus, BigDecimal afstandOntmoetingsruimteM,
                                 Boolean fysiekVerbonden, String subsidieronde, Boolean corporatie, LocalDate oplevering,
                                 LocalDate eindeOntmoetingsfunctie, Boolean exploitatieplan, Boolean winstOpExploitatie,
                                 Boolean openVoorBuurt) {
}
