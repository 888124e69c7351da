// Links inside the dashboard: they keep the year range (#/chemin?de=…&a=…).
import { el } from './dom.js';
import { etat } from './etat.js';

export function adresse(chemin, extra) {
  const q = new URLSearchParams();
  if (etat.periode.de !== null) { q.set('de', etat.periode.de); q.set('a', etat.periode.a); }
  Object.keys(extra || {}).forEach((k) => {
    if (extra[k] !== null && extra[k] !== undefined && extra[k] !== '') { q.set(k, extra[k]); }
  });
  return '#/' + chemin + '?' + q.toString();
}

export function lien(chemin, texte, extra) { return el('a', { href: adresse(chemin, extra), text: texte }); }

export function lienMetropole(id, nom) { return id ? lien('metropoles/' + encodeURIComponent(id), nom || id) : (nom || ''); }

export function lienPersonne(id, nom) { return lien('personnes/' + encodeURIComponent(id), nom || id); }

// A link to a document, named by its title and year when the caller gives no text.
export function lienDocument(id, titre) {
  if (!id) { return ''; }
  const d = etat.documents[id];
  return lien('documents/' + encodeURIComponent(id), titre || (d ? d.title + (d.year ? ' (' + d.year + ')' : '') : id));
}

// Links to several documents, separated by commas.
export function liensDocuments(ids) {
  const r = [];
  (ids || []).forEach((id, i) => { if (i > 0) { r.push(', '); } r.push(lienDocument(id)); });
  return r;
}

export function lienReunion(id, titre) { return id ? lien('reunions/' + encodeURIComponent(id), titre || id) : (titre || ''); }
