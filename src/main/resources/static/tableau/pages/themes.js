// Themes: sessions per theme and year, and planned versus realised.
import { el, tableau, section } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { liste, nombre } from '../format.js';
import { dansPeriode } from '../etat.js';
import { liensDocuments } from '../liens.js';
import { noteNonDocumentees, titre, graphique, passageEtSource } from '../composants.js';

export function vueThemes() {
  return Promise.all([api('trends/themes'), api('trends/themes/planned-vs-realised')]).then((r) => {
    const themes = r[0].map((t) => {
      const annees = t.years.filter((y) => dansPeriode(y.year));
      return { theme: t, annees: annees, seances: annees.reduce((s, y) => s + y.sessions, 0) };
    }).filter((t) => t.annees.length > 0)
      .sort((x, y) => x.theme.name.localeCompare(y.theme.name, 'fr'));
    // A plan for year N is announced in year N-1: both ends count as the period's.
    const prevus = r[1].filter((o) => dansPeriode(o.planned.forYear) || dansPeriode(o.planned.forYear - 1));
    return [
      titre('Thèmes'),
      el('div', { class: 'deux-colonnes' }, [
        graphique('themes', null, 'Graphique : nombre de séances par thème et par année', 'Thèmes au fil des années'),
        graphique('planned-vs-realised', null, 'Graphique : thèmes prévus pour une année et thèmes réalisés cette année-là',
          'Thèmes prévus et réalisés')]),
      section('Thèmes au fil des années', [noteNonDocumentees('themes'),
        tableau('Thèmes traités sur la période', [
        { titre: 'Thème', valeur: (t) => t.theme.name },
        { titre: 'Années', valeur: (t) =>
          t.annees.map((y) => y.year + (y.sessions === 0 ? ' (' + (y.projects > 1 ? y.projects + ' projets' : 'projet') + ')'
            : (y.sessions > 1 ? ' (' + y.sessions + ' séances)' : ''))).join(', ') },
        // A theme known only from a project sheet: its sessions are not known (no meeting
        // document for those years), not zero.
        { titre: 'Séances', nombre: true, valeur: (t) => t.seances > 0 ? String(t.seances) : '—' },
        { titre: 'Présenté par', valeur: (t) => liste(t.theme.presenters) || '—' },
        { titre: 'Sources', valeur: (t) => liensDocuments(t.theme.sources) }
      ], themes)], 'au-fil'),
      section('Prévu et réalisé', [
        el('p', { class: 'aide', text: 'Chaque thème annoncé pour une année (« Et pour l’année suivante ? ») est rapproché du thème '
          + 'le plus proche traité cette année-là ; au-delà d’un score de 0,6 il est compté comme réalisé.' }),
        tableau('Thèmes prévus et leur réalisation', [
          { titre: 'Thème prévu', valeur: (o) => o.planned.theme },
          { titre: 'Pour', valeur: (o) => String(o.planned.forYear) },
          { titre: 'Groupe', valeur: (o) => libelle('groupe', o.planned.group) },
          { titre: 'Réalisé ?', valeur: (o) => !o.yearReported ? 'Année non documentée' : (o.realised ? 'Oui' : 'Non') },
          { titre: 'Thème rapproché', valeur: (o) => o.match ? o.match.theme : '—' },
          { titre: 'Score', nombre: true, valeur: (o) => o.yearReported ? nombre(o.score, 2) : '—' },
          { titre: 'Annonce (passage cité)', valeur: (o) => passageEtSource(o.planned.evidence, o.planned.source) }
        ], prevus, 'Aucun thème prévu pour une année de la période.')], 'prevu-realise')
    ];
  });
}
