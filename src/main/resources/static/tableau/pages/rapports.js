// Reports and exports: the yearly reports of the years with data, the network exports.
import { el, tableau, section } from '../dom.js';
import { etat, anneesPeriode } from '../etat.js';
import { titre } from '../composants.js';

export function vueRapports() {
  const p = etat.periode;
  const exports = ['metropolises', 'people'].map((reseau) => ({
    reseau: reseau,
    liens: [['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML'], ['csv', 'CSV standard, RFC 4180 (archive ZIP)'],
      ['csv', 'CSV pour tableur français (archive ZIP)', 'tableur']].map((f) => {
      const q = new URLSearchParams({ network: reseau, from: p.de, to: p.a });
      if (f[2]) { q.set('dialecte', f[2]); }
      return el('a', { href: 'api/export/' + f[0] + '?' + q.toString(), download: '', text: f[1] });
    })
  }));
  return [
    titre('Rapports et exports'),
    section('Rapports annuels du réseau', [
      el('p', { class: 'aide', text: 'Le rapport d’une année rassemble membres, réunions, thèmes et co-présences, avec leurs sources. '
        + 'Seules les années dont les documents parlent sont proposées.' }),
      tableau('Rapports annuels', [
        { titre: 'Année', valeur: (y) => String(y) },
        { titre: 'PDF', valeur: (y) => el('a', { href: 'api/reports/' + y + '.pdf', text: 'Rapport ' + y + ' (PDF)' }) },
        { titre: 'HTML', valeur: (y) => el('a', { href: 'api/reports/' + y + '.html', text: 'Rapport ' + y + ' (HTML)' }) }
      ], anneesPeriode().filter((y) => etat.anneesAvecDonnees[y]).reverse(),
      'Aucune année de la période n’a de données.')], 'rapports'),
    section('Exports des réseaux de co-présence', [
      el('p', { class: 'aide', text: 'Pour Gephi, R ou pandas, sur la période de ' + p.de + ' à ' + p.a
        + ', avec les années et les documents sources de chaque nœud et de chaque lien. Le CSV pour tableur '
        + '(point-virgule, virgule décimale, BOM UTF-8) s’ouvre en colonnes, accents compris, dans un tableur réglé en français.' }),
      tableau('Exports par réseau et par format', [
        { titre: 'Réseau', valeur: (e) => e.reseau === 'people' ? 'Personnes' : 'Métropoles' },
        { titre: 'Formats', valeur: (e) => {
          const r = [];
          e.liens.forEach((a, i) => { if (i > 0) { r.push(' · '); } r.push(a); });
          return r; } }
      ], exports)], 'exports'),
    section('Requêtes', el('p', null, ['Pour interroger le graphe en Cypher (lecture seule) : ',
      el('a', { href: 'requetes.html', text: 'la page des requêtes' }), '.']), 'requetes')
  ];
}
