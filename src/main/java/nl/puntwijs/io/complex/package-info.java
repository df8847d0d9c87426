/**
 * Puntwijs' own complex file ({@code puntwijs-complex/1}, documented in {@code docs/formaten.md} with the JSON
 * Schema {@code schema/puntwijs-complex-1.schema.json}): a complex with its dwellings in the domain model's shape
 * and its shared spaces referring to the dwellings by eenheid id. Reading into and writing from
 * {@link nl.puntwijs.core.complex.Complex}; a file is told apart from VERA by its {@code formaat} field.
 */
package nl.puntwijs.io.complex;
