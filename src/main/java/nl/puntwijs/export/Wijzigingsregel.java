package nl.puntwijs.export;

import java.time.LocalDateTime;

/**
 * One entry of the audit trail: who changed which input when.
 *
 * @param tijdstip  when (local time of the machine that made the change)
 * @param gebruiker the OS user name
 * @param complex   the complex concerned (its name), or null
 * @param onderdeel the entity: "woning LIN-001", "gedeelde ruimte ontmoeting", ...
 * @param veld      the field
 * @param oud       the old value as text, null when there was none
 * @param nieuw     the new value as text, null when removed
 * @param reden     why: the import file, an edit, a scenario adopted; null when not recorded
 */
public record Wijzigingsregel(LocalDateTime tijdstip, String gebruiker, String complex, String onderdeel, String veld,
                              String oud, String nieuw, String reden) {
}
