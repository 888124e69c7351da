// Pieces several pages share: the page title with the period, the server-drawn charts,
// the table of sources.
import { el, tableau, citation } from './dom.js';
import { etat, texteperiode, texteNonDocumentees } from './etat.js';
import { lienDocument } from './liens.js';

export function titre(texte, sousTitre) {
  const p = etat.periode;
  return [el('h1', { text: texte }), el('p', { class: 'sous-titre' }, sousTitre
    || (p.de === p.a ? 'Année ' + p.de + '.' : 'Période : de ' + p.de + ' à ' + p.a + '.'))];
}

// A chart from GET /api/charts/{nom}.png for the year range; a French placeholder if it fails.
export function graphique(nom, params, alt, legende) {
  const q = new URLSearchParams({ from: etat.periode.de, to: etat.periode.a, width: 800, height: 400 });
  Object.keys(params || {}).forEach((k) => { if (params[k] !== null && params[k] !== '') { q.set(k, params[k]); } });
  const base = 'api/charts/' + nom;
  const img = el('img', { class: 'graphique', src: base + '.png?' + q.toString(), alt: alt, width: 800, height: 400 });
  img.addEventListener('error', () => {
    img.replaceWith(el('p', { class: 'indisponible', role: 'img', 'aria-label': alt + ' (indisponible)' }, [
      el('strong', { text: 'Graphique indisponible' }), el('br'),
      el('span', { text: 'Le service des graphiques n’a pas répondu ; les tableaux restent à jour.' })]));
  });
  return el('figure', { class: 'figure', 'data-graphique': nom }, [img, el('figcaption', null, [legende + ', ' + texteperiode() + ' · ',
    el('a', { href: base + '.svg?' + q.toString(), text: 'version SVG' })])]);
}

// The documents that mention a metropolis or a person, with the quoted passage.
export function tableauSources(liste, nom, avecAnnee) {
  const colonnes = [{ titre: 'Document', valeur: (s) => lienDocument(s.documentId, s.title) }];
  if (avecAnnee) { colonnes.push({ titre: 'Année', valeur: (s) => s.year ? String(s.year) : '' }); }
  colonnes.push({ titre: 'Lignes', valeur: (s) => s.lines || '' });
  colonnes.push({ titre: 'Passage cité', valeur: (s) => citation(s.evidence) });
  if (avecAnnee) { colonnes.push({ titre: 'Graphies relevées', valeur: (s) => (s.variants || []).join(' ; ') }); }
  colonnes.push({ titre: 'Fichier', valeur: (s) => el('code', { text: s.path || '' }) });
  return tableau('Documents qui mentionnent ' + nom, colonnes, liste, 'Aucune source.');
}

// A quoted passage followed by its source document, for the "Passage cité" columns.
export function passageEtSource(evidence, source) {
  return [citation(evidence), el('br'), el('span', { class: 'source' }, ['Source : ', lienDocument(source)])];
}

// "Années non documentées sur la période : …" for one kind of fact, or nothing.
export function noteNonDocumentees(quoi) {
  const texte = texteNonDocumentees(quoi);
  return texte ? el('p', { class: 'aide non-documentees', text: texte }) : null;
}
