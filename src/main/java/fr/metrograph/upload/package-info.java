/**
 * "Ajouter des documents": files checked (type, size, name, duplicate content) before
 * anything is stored, stored in the upload folder, loaded in the background with their
 * progress, and retracted by an administrator.
 */
package fr.metrograph.upload;
