/**
 * VERA JSON (Aedes BVG, with the woningwaardering extensions used by the public vectors): reading
 * {@code EenhedenEenheid} into the core model and writing {@code WoningwaarderingResultaat}.
 * See {@code shared/domain/vera-json-format.md} and {@code vera-interpretatie.md}.
 */
package nl.puntwijs.io.vera;
