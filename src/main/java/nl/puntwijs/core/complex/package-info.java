/**
 * Complexes: dwellings and the shared spaces they use, defined once and allocated to the dwellings with a
 * use right (BB26 §2.8.2, §2.9, §2.10); the valuation of a whole complex with both methods for shared rooms
 * in a zorgcomplex.
 */
package nl.puntwijs.core.complex;
