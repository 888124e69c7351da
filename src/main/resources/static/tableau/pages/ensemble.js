// Overview: key figures, members per year with arrivals and departures, meetings and themes charts.
import { el, tableau, section } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { nombre } from '../format.js';
import { dansPeriode, anneesPeriode } from '../etat.js';
import { lien, lienMetropole } from '../liens.js';
import { noteNonDocumentees, titre, graphique } from '../composants.js';
import { changerParams } from '../routeur.js';

export function vueEnsemble(_, params) {
  const groupe = params.get('groupe') === 'elus' ? 'elus' : 'agents';
  return Promise.all([api('trends/membership', { group: groupe }), api('trends/meetings'), api('trends/themes'),
    api('documents')]).then((r) => {
    const adhesions = r[0].filter((y) => dansPeriode(y.year));
    // Every year of the period: a year whose members no document lists is "non documenté".
    const parAnnee = {};
    adhesions.forEach((y) => { parAnnee[y.year] = y; });
    const lignes = anneesPeriode().map((annee) => parAnnee[annee] || { year: annee, inconnue: true });
    // An undocumented year: "non documenté" once, a dash in the other columns.
    const nd = el('span', { class: 'non-documente', text: 'non documenté' });
    const inconnu = (y, f, principal) => (y.inconnue ? (principal ? nd.cloneNode(true) : '—') : f(y));
    const reunions = r[1].filter((y) => dansPeriode(y.year));
    const themes = r[2].filter((t) => t.years.some((y) => dansPeriode(y.year)));
    const documents = r[3].filter((d) => dansPeriode(d.year));
    const derniere = adhesions[adhesions.length - 1];
    const choix = el('select', { id: 'choix-groupe', onchange: (e) => changerParams({ groupe: e.target.value }) },
      ['agents', 'elus'].map((g) => el('option', { value: g, selected: g === groupe, text: libelle('groupe', g) })));
    return [
      titre("Vue d'ensemble"),
      el('ul', { class: 'chiffres' }, [
        chiffre(derniere ? derniere.members.length : 0, derniere ? 'membres en ' + derniere.year : 'membres',
          libelle('groupe', groupe)),
        chiffre(reunions.reduce((s, y) => s + y.total, 0), ['réunion', 'réunions'], 'sur la période'),
        chiffre(themes.length, ['thème traité', 'thèmes traités'], 'sur la période'),
        chiffre(documents.length, ['document', 'documents'], 'de la période')]),
      section('Membres par année', [
        el('div', { class: 'controles' }, [el('label', { for: 'choix-groupe', text: 'Groupe' }), choix]),
        graphique('membership', { group: groupe }, 'Graphique : nombre de métropoles membres par année, '
          + libelle('groupe', groupe).toLowerCase(), 'Métropoles membres, arrivées et départs par année'),
        tableau('Membres du ' + libelle('groupe', groupe).toLowerCase() + ' par année', [
          { titre: 'Année', valeur: (y) => String(y.year) },
          { titre: 'Membres', nombre: true, valeur: (y) => inconnu(y, () => String(y.members.length), true) },
          { titre: 'Métropoles membres', valeur: (y) => inconnu(y, () => membres(y.members)) },
          { titre: 'Arrivées', valeur: (y) => inconnu(y, () => (y.previousYear
            ? [membres(y.joined), y.previousYear !== y.year - 1 ? ' (par rapport à ' + y.previousYear + ')' : '']
            : '(première année connue)')) },
          { titre: 'Départs', valeur: (y) => inconnu(y, () => membres(y.left)) },
          { titre: 'Taux de maintien', nombre: true, valeur: (y) => inconnu(y, () =>
            (y.retention === null || y.retention === undefined) ? '' : nombre(y.retention * 100, 0) + ' %') }
        ], lignes, 'Aucune année dans la période.'),
        noteNonDocumentees('membres:' + groupe)], 'membres'),
      section('Réunions et thèmes', [
        el('div', { class: 'deux-colonnes' }, [
          graphique('meetings', null, 'Graphique : nombre de réunions par année et par format',
            'Réunions par année (présentiel, distanciel)'),
          graphique('themes', null, 'Graphique : thèmes traités par année', 'Thèmes au fil des années')]),
        el('p', null, ['Détail : ', lien('reunions', 'toutes les réunions'), ', ', lien('themes', 'tous les thèmes'),
          ', ', lien('reseau', 'les métropoles et personnes les plus co-présentes'), '.'])], 'reunions-themes')
    ];
  });
}

function chiffre(valeur, texte, detail) {
  if (Array.isArray(texte)) { texte = valeur > 1 ? texte[1] : texte[0]; }
  return el('li', null, [el('span', { class: 'valeur', text: nombre(valeur, 0) }), el('span', { class: 'texte', text: texte }),
    el('span', { class: 'detail', text: detail })]);
}

function membres(liste) {
  if (!liste || liste.length === 0) { return '—'; }
  const r = [];
  liste.forEach((m, i) => { if (i > 0) { r.push(', '); } r.push(lienMetropole(m.id, m.name)); });
  return r;
}
