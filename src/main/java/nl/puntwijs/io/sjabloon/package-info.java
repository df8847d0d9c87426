/**
 * The spreadsheet import template: {@link nl.puntwijs.io.sjabloon.SjabloonSchrijver} writes an empty workbook
 * with sheets for complexes, dwellings, rooms and shared spaces (headers, units, code lists, an example row and a
 * help sheet in Dutch); {@link nl.puntwijs.io.sjabloon.SjabloonLezer} reads a filled one into the core model and
 * reports every error as sheet, row, column, value and reason.
 */
package nl.puntwijs.io.sjabloon;
