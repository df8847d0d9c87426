/**
 * Import into a portfolio: {@link nl.puntwijs.store.invoer.Importeur} reads the files with an
 * {@link nl.puntwijs.store.invoer.Importbron} per format (VERA JSON, the Excel template; our complex JSON plugs in
 * as one more source), groups the dwellings per complex, recognises shared rooms, validates, and stores everything
 * in one transaction with the results at the peildatum.
 */
package nl.puntwijs.store.invoer;
