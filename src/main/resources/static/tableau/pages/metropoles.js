// Metropolises: the list with a filter, and a page per metropolis.
import { el, tableau, section, definitions } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { liste, nombre, normaliser } from '../format.js';
import { dansPeriode } from '../etat.js';
import { lien, lienMetropole, lienPersonne, lienDocument, lienReunion } from '../liens.js';
import { titre, graphique, tableauSources, passageEtSource } from '../composants.js';
import { changerParams } from '../routeur.js';
import { sectionReseauPersonnel } from '../ego.js';
import { correctionsMetropole } from '../corrections-pages.js';

export function vueMetropoles(id, params) {
  return id ? vueMetropole(id, params) : vueListe(params);
}

function vueListe(params) {
  const filtre = params.get('filtre') || '';
  const membresSeulement = params.get('membres') === 'oui';
  return api('metropolises').then((toutes) => {
    const cle = normaliser(filtre);
    const retenues = toutes.filter((m) => (!cle || normaliser(m.name + ' ' + m.shortName).indexOf(cle) >= 0)
      && (!membresSeulement || m.memberYears.some(dansPeriode)));
    const formulaire = el('form', { class: 'controles', role: 'search', onsubmit: (e) => {
      e.preventDefault();
      changerParams({ filtre: e.target.elements.filtre.value.trim(), membres: e.target.elements.membres.checked ? 'oui' : null });
    } }, [
      el('label', { for: 'filtre-metropoles', text: 'Nom contient' }),
      el('input', { id: 'filtre-metropoles', name: 'filtre', type: 'search', value: filtre }),
      el('input', { id: 'membres-seulement', name: 'membres', type: 'checkbox', checked: membresSeulement }),
      el('label', { for: 'membres-seulement', class: 'en-ligne', text: 'membres d’un groupe sur la période' }),
      el('button', { type: 'submit', text: 'Filtrer' })]);
    return [titre('Métropoles', retenues.length + ' sur ' + toutes.length + ' métropoles et établissements publics territoriaux.'),
      formulaire,
      tableau('Métropoles et EPT', [
        { titre: 'Métropole', valeur: (m) => lienMetropole(m.id, m.name) },
        { titre: 'Nature', valeur: (m) => libelle('nature', m.kind) },
        { titre: 'Années d’adhésion', valeur: (m) => m.memberYears.join(', ') || '—' },
        { titre: 'Groupes', valeur: (m) => m.groups.map((g) => libelle('groupe', g)).join(', ') || '—' },
        { titre: 'Documents', nombre: true, valeur: (m) => String(m.documents) },
        { titre: 'Réunions', nombre: true, valeur: (m) => String(m.meetings) }
      ], retenues, 'Aucune métropole ne correspond.')];
  });
}

function vueMetropole(id, params) {
  return Promise.all([api('metropolises/' + encodeURIComponent(id)), api('metropolises/' + encodeURIComponent(id) + '/timeline')])
    .then((r) => sectionReseauPersonnel('metropolises', r[0].id, r[0].shortName || r[0].name, params).then((s) => r.concat([s])))
    .then((r) => {
      const m = r[0];
      const parcours = r[1].filter((y) => dansPeriode(y.year));
      return [
        el('p', { class: 'fil' }, [lien('metropoles', 'Métropoles'), ' › ', m.shortName || m.name]),
        titre(m.name),
        definitions([['Nature', libelle('nature', m.kind)], ['Nom court', m.shortName], ['Siège', m.seat],
          ['Création', m.created ? String(m.created) : null], ['Rattachement', m.parent ? lienMetropole(m.parent) : null],
          ['Population', m.population ? nombre(m.population, 0) + ' habitants' : null],
          ['Autres noms', liste(m.aliases)]]),
        graphique('metropolis-timeline', { id: m.id }, 'Graphique : parcours de ' + m.name + ' année par année',
          'Parcours année par année'),
        section('Adhésions', tableau('Adhésions de ' + m.name + ' par année', [
          { titre: 'Année', valeur: (a) => String(a.year) },
          { titre: 'Groupe', valeur: (a) => a.groupName || libelle('groupe', a.group) },
          { titre: 'Passage cité', valeur: (a) => passageEtSource(a.evidence, a.source) }
        ], m.memberships.filter((a) => dansPeriode(a.year)), 'Aucune adhésion sur la période.'), 'adhesions'),
        section('Année par année', tableau('Parcours de ' + m.name, [
          { titre: 'Année', valeur: (y) => String(y.year) },
          { titre: 'Groupes', valeur: (y) => y.groups.map((g) => libelle('groupe', g)).join(', ') || '—' },
          { titre: 'Réunions', nombre: true, valeur: (y) => String(y.meetings) },
          { titre: 'Séances présentées', valeur: (y) => liste(y.presented) || '—' },
          { titre: 'Thèmes', valeur: (y) => liste(y.themes) || '—' },
          { titre: 'Personnes', valeur: (y) => liste(y.people) || '—' }
        ], parcours), 'parcours'),
        section('Réunions', tableau('Réunions auxquelles ' + m.name + ' a pris part', [
          { titre: 'Réunion', valeur: (x) => lienReunion(x.id, x.title) },
          { titre: 'Année', valeur: (x) => x.year ? String(x.year) : '' },
          { titre: 'Type', valeur: (x) => libelle('typeReunion', x.kind) },
          { titre: 'En tant que', valeur: (x) => libelle('role', x.as) },
          { titre: 'Source', valeur: (x) => lienDocument(x.source) }
        ], m.meetings.filter((x) => dansPeriode(x.year))), 'reunions'),
        section('Personnes', tableau('Personnes rattachées à ' + m.name, [
          { titre: 'Personne', valeur: (p) => lienPersonne(p.id, p.name) },
          { titre: 'Fonctions', valeur: (p) => liste(p.roles) || '—' }
        ], m.people, 'Aucune personne connue.'), 'personnes'),
        m.statuses && m.statuses.length ? section('Statut', tableau('Statut de ' + m.name, [
          { titre: 'Année', valeur: (s) => String(s.year) },
          { titre: 'Statut', valeur: (s) => s.status },
          { titre: 'Source', valeur: (s) => lienDocument(s.source) }
        ], m.statuses), 'statuts') : null,
        r[2],
        section('Sources', tableauSources(m.sources, m.name), 'sources'),
        correctionsMetropole(m)
      ];
    });
}
