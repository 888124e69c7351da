// "Corriger" on the person and metropolis pages, where they are read: rename, add a
// spelling, merge with another person, split spellings off into another person; rename a
// metropolis or give it another name. The section fills itself in once the session and the
// item's revision are known (a placeholder until then).
import { el, section } from './dom.js';
import { api } from './api.js';
import { reafficher } from './routeur.js';
import { session, peutCorriger, messageSansDroit } from './session.js';
import { boutonAction } from './corrections.js';

function remplir(conteneur, item, actions) {
  Promise.all([session(), api('curation/revisions', { item: item })]).then((r) => {
    const s = r[0];
    if (!peutCorriger(s)) { conteneur.replaceChildren(messageSansDroit(s)); return; }
    const contexte = { revision: r[1][item] || 0, items: [item] };
    conteneur.replaceChildren(el('div', { class: 'actions' },
      actions.map((a) => boutonAction(a, contexte, () => setTimeout(reafficher, 600)))));
  }).catch((e) => conteneur.replaceChildren(el('p', { class: 'erreur', text: e.message })));
}

// The person page's corrections. p: GET /api/people/{id}.
export function correctionsPersonne(p) {
  const graphies = [p.name].concat((p.aliases || []).filter((a) => a !== p.name));
  const actions = [
    { action: 'rename-person', label: 'Renommer', fields: { person: p.id }, ask: { name: [] } },
    { action: 'alias-person', label: 'Ajouter une graphie', fields: { person: p.id }, ask: { spellings: [] } },
    { action: 'merge-people', label: 'Fusionner avec une autre personne…', fields: { person: p.id, name: p.name },
      ask: { others: [] } }
  ];
  if (graphies.length > 1) {
    actions.push({ action: 'split-person', label: 'Séparer des graphies (une autre personne)…', fields: { person: p.id },
      ask: { spellings: graphies.map((g) => ({ value: g, label: g })) } });
  }
  const conteneur = el('div', { class: 'corrections', 'data-personne': p.id }, el('p', { class: 'chargement', text: '…' }));
  remplir(conteneur, 'person:' + p.id, actions);
  return section('Corriger', [el('p', { class: 'aide', text: 'Chaque correction est enregistrée avec votre nom, '
    + 'appliquée tout de suite et gardée au prochain chargement ; elle s’annule depuis l’Historique.' }), conteneur],
  'corriger');
}

// The metropolis page's corrections. m: GET /api/metropolises/{id}.
export function correctionsMetropole(m) {
  const actions = [
    { action: 'rename-metropolis', label: 'Renommer', fields: { metropolis: m.id }, ask: { name: [] } },
    { action: 'alias-metropolis', label: 'Ajouter un autre nom', fields: { metropolis: m.id }, ask: { spellings: [] } }
  ];
  const conteneur = el('div', { class: 'corrections', 'data-metropole': m.id }, el('p', { class: 'chargement', text: '…' }));
  remplir(conteneur, 'metropolis:' + m.id, actions);
  return section('Corriger', conteneur, 'corriger');
}
