/** The zorgwoning check: which of the four conditions of BB26 §2.12.1 are met, and whether the 35% applies. */
package nl.puntwijs.core.zorg;
