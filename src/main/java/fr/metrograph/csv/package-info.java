/**
 * Every CSV the service writes: RFC 4180 or the French spreadsheet dialect, with cells
 * that a spreadsheet would run as formulas neutralised (OWASP CSV injection guidance).
 */
package fr.metrograph.csv;
