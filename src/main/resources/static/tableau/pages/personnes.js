// People: the search, and a page per person (roles over the years, meetings, sources).
import { el, tableau, section, definitions } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { liste } from '../format.js';
import { dansPeriode } from '../etat.js';
import { lien, lienMetropole, lienPersonne, lienReunion } from '../liens.js';
import { titre, tableauSources, passageEtSource } from '../composants.js';
import { changerParams } from '../routeur.js';
import { sectionReseauPersonnel } from '../ego.js';
import { correctionsPersonne } from '../corrections-pages.js';

export function vuePersonnes(id, params) {
  return id ? vuePersonne(id, params) : vueListe(params);
}

function vueListe(params) {
  const q = (params.get('q') || '').trim();
  return api('people', { q: q }).then((personnes) => {
    const formulaire = el('form', { class: 'controles', role: 'search', onsubmit: (e) => {
      e.preventDefault();
      changerParams({ q: e.target.elements.q.value.trim() });
    } }, [
      el('label', { for: 'recherche-personne', text: 'Nom ou partie du nom' }),
      el('input', { id: 'recherche-personne', name: 'q', type: 'search', value: q, placeholder: 'par exemple : scuotto' }),
      el('button', { type: 'submit', text: 'Rechercher' })]);
    return [titre('Personnes', q ? personnes.length + ' résultat(s) pour « ' + q + ' » (casse et accents ignorés).'
      : personnes.length + ' personnes citées dans les documents.'),
      formulaire,
      tableau('Personnes', [
        { titre: 'Personne', valeur: (p) => lienPersonne(p.id, p.name) },
        { titre: 'Autres graphies', valeur: (p) => (p.aliases || []).join(' ; ') },
        { titre: 'Affiliations', valeur: (p) => liste(p.affiliations) },
        { titre: 'Fonctions', valeur: (p) => liste(p.roles) },
        { titre: 'Documents', nombre: true, valeur: (p) => String(p.documents) }
      ], personnes, 'Aucune personne ne correspond.')];
  });
}

function vuePersonne(id, params) {
  return api('people/' + encodeURIComponent(id)).then((p) => sectionReseauPersonnel('people', p.id, p.name, params)
    .then((reseau) => [p, reseau])).then(([p, reseau]) => {
    const fonctions = p.roles.filter((r) => dansPeriode(r.year)).sort((x, y) => (x.year || 0) - (y.year || 0));
    return [
      el('p', { class: 'fil' }, [lien('personnes', 'Personnes'), ' › ', p.name]),
      titre(p.name),
      definitions([['Graphies relevées', (p.aliases || []).join(' ; ')],
        ['Affiliations', p.affiliations.map((a, i) => [i ? ', ' : '', lienMetropole(a.id, a.name), a.year ? ' (' + a.year + ')' : ''])]]),
      section('Fonctions au fil des années', tableau('Fonctions de ' + p.name, [
        { titre: 'Année', valeur: (r) => r.year ? String(r.year) : '' },
        { titre: 'Fonction', valeur: (r) => r.title },
        { titre: 'Catégorie', valeur: (r) => libelle('categorie', r.category) },
        { titre: 'Auprès de', valeur: (r) => r.atName || '' },
        { titre: 'Passage cité', valeur: (r) => passageEtSource(r.evidence, r.source) }
      ], fonctions, 'Aucune fonction connue sur la période.'), 'fonctions'),
      section('Réunions', tableau('Réunions de ' + p.name, [
        { titre: 'Réunion', valeur: (m) => lienReunion(m.id, m.title) },
        { titre: 'Année', valeur: (m) => m.year ? String(m.year) : '' },
        { titre: 'Statut', valeur: (m) => libelle('statut', m.status) },
        { titre: 'En qualité de', valeur: (m) => libelle('qualite', m.capacity) },
        { titre: 'Passage cité', valeur: (m) => passageEtSource(m.evidence, m.source) }
      ], p.meetings.filter((m) => dansPeriode(m.year)), 'Aucune réunion sur la période.'), 'reunions'),
      reseau,
      section('Sources', tableauSources(p.sources, p.name, true), 'sources'),
      correctionsPersonne(p)
    ];
  });
}
