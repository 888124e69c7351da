// The global search's results (#/recherche?q=…), grouped by kind: people, metropolises,
// organisations, meetings, themes, documents. Accents, case and a letter's difference are
// ignored by the service.
import { el, section } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { lienPersonne, lienMetropole, lienReunion, lienDocument } from '../liens.js';
import { titre } from '../composants.js';

const GROUPES = {
  Person: 'Personnes', Metropolis: 'Métropoles', Organization: 'Organismes', Meeting: 'Réunions', Theme: 'Thèmes',
  Document: 'Documents'
};

function lienResultat(r) {
  if (r.kind === 'Person') { return lienPersonne(r.id, r.name); }
  if (r.kind === 'Metropolis') { return lienMetropole(r.id, r.name); }
  if (r.kind === 'Meeting') { return lienReunion(r.id, r.name); }
  if (r.kind === 'Document') { return lienDocument(r.id, r.name); }
  return el('strong', { text: r.name });
}

function contexte(r) {
  const parties = [];
  if (r.kind === 'Meeting' || r.kind === 'Document') {
    parties.push(libelle(r.kind === 'Meeting' ? 'typeReunion' : 'typeDocument', r.type));
    if (r.year) { parties.push(String(r.year)); }
  }
  if (r.kind === 'Organization' && r.type) { parties.push(libelle('typeOrganisme', r.type)); }
  (r.context || []).forEach((c) => parties.push(c));
  return parties.filter(Boolean).join(' · ');
}

export function vueRecherche(_, params) {
  const q = (params.get('q') || '').trim();
  const champ = document.getElementById('recherche-q');
  if (champ && champ.value !== q) { champ.value = q; }
  if (!q) {
    return [titre('Recherche', 'Tapez un nom, un titre ou un mot dans la case de recherche en haut de la page.')];
  }
  return api('search', { q: q }).then((r) => [
    titre('Recherche', r.total === 0 ? 'Aucun résultat pour « ' + q + ' ».'
      : r.total + ' résultat' + (r.total > 1 ? 's' : '') + ' pour « ' + q + ' » (sans tenir compte des accents ni de la casse, '
        + 'à une lettre près).'),
    r.groups.map((g) => section(GROUPES[g.kind] || g.kind, el('ul', { class: 'resultats', 'data-nature': g.kind },
      g.results.map((h) => el('li', null, [lienResultat(h), contexte(h) ? el('span', { class: 'contexte', text: ' — ' + contexte(h) }) : null]))),
    'resultats-' + g.kind.toLowerCase()))
  ]);
}
