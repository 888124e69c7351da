/**
 * Who may write: login (form and HTTP Basic), roles, CSRF, and the security headers of
 * every response (Content-Security-Policy, nosniff, Referrer-Policy, frame protection).
 */
package fr.metrograph.security;
