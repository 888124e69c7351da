// Meetings: per year and format, then every meeting, session and experience sharing of each year.
import { tableau, section } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { liste, dates } from '../format.js';
import { dansPeriode } from '../etat.js';
import { liensDocuments } from '../liens.js';
import { titre, graphique } from '../composants.js';

export function vueReunions() {
  return api('trends/meetings').then((tousLesAns) => {
    const parAnnee = tousLesAns.filter((y) => dansPeriode(y.year));
    const avecReunions = parAnnee.filter((y) => y.total > 0).map((y) => y.year);
    return Promise.all(avecReunions.map((y) => api('meetings', { year: y }))).then((listes) => [
      titre('Réunions'),
      graphique('meetings', null, 'Graphique : nombre de réunions par année et par format', 'Réunions par année et par format'),
      section('Réunions par année', tableau('Réunions par année et par format', [
        { titre: 'Année', valeur: (y) => String(y.year) },
        { titre: 'Présentiel', nombre: true, valeur: (y) => String(y.inPerson) },
        { titre: 'Distanciel', nombre: true, valeur: (y) => String(y.remote) },
        { titre: 'Hybride', nombre: true, valeur: (y) => String(y.hybrid) },
        { titre: 'Non précisé', nombre: true, valeur: (y) => String(y.unknown) },
        { titre: 'Total', nombre: true, valeur: (y) => String(y.total) },
        { titre: 'Lieux', valeur: (y) => liste(y.places) || '—' },
        { titre: 'Présences relevées', nombre: true, valeur: (y) => String(y.attendance) }
      ], parAnnee), 'par-annee'),
      avecReunions.map((annee, i) => section('Réunions de ' + annee, tableauReunions(annee, listes[i]), 'reunions-' + annee))
    ]);
  });
}

function tableauReunions(annee, reunions) {
  return tableau('Réunions, séances et retours d’expérience de ' + annee, [
    { titre: 'Réunion', valeur: (m) => m.title },
    { titre: 'Date', valeur: (m) => dates(m.startDate, m.endDate) },
    { titre: 'Type', valeur: (m) => libelle('typeReunion', m.kind) },
    { titre: 'Format', valeur: (m) => libelle('format', m.format) },
    { titre: 'Lieu', valeur: (m) => m.place || '' },
    { titre: 'Groupe', valeur: (m) => libelle('groupe', m.group) },
    { titre: 'Thèmes', valeur: (m) => liste(m.themes) },
    { titre: 'Présentée par', valeur: (m) => liste(m.presenters) },
    { titre: 'Présent·es', nombre: true, valeur: (m) => String(m.present) },
    { titre: 'Excusé·es', nombre: true, valeur: (m) => String(m.excused) },
    { titre: 'Sources', valeur: (m) => liensDocuments(m.sources) }
  ], reunions);
}
