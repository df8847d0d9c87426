/**
 * The yearly tables as plain values, one {@link nl.puntwijs.core.tabellen.Tabellen} per validity period,
 * and the lookup by peildatum. Loading them from resource files happens in {@code nl.puntwijs.io.tabellen}.
 */
package nl.puntwijs.core.tabellen;
