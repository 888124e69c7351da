/**
 * Cross-cutting HTTP concerns: RFC 9457 problem details for every error, in French.
 */
package fr.metrograph.web;
