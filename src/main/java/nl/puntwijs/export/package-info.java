/**
 * The board report: an Excel workbook of a portfolio at a peildatum (issue 6). {@link nl.puntwijs.export.Exportdienst}
 * writes it from an {@link nl.puntwijs.export.Exportbron} with a progress callback and a cancellation check, on
 * whatever thread calls it. Depends on the core and io; nothing in core or io depends on it.
 */
package nl.puntwijs.export;
