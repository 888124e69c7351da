// The ego network of a person or a metropolis (who they met, through which meetings, per
// year), drawn and tabled on their page, with the network filters.
import { el, tableau, section } from './dom.js';
import { api } from './api.js';
import { nombre } from './format.js';
import { etat } from './etat.js';
import { lienMetropole, lienPersonne, lienReunion } from './liens.js';
import { dessinReseau } from './graphe.js';
import { lireFiltres, parametresApi, formulaireFiltres, memoriserTaille } from './filtres-reseau.js';

// reseau: 'people' | 'metropolises'; id and nom: the centre; params: the page's parameters.
export function sectionReseauPersonnel(reseau, id, nom, params) {
  const f = lireFiltres(params);
  const personnes = reseau === 'people';
  const chemin = (personnes ? 'people/' : 'metropolises/') + encodeURIComponent(id) + '/network';
  return Promise.all([api(chemin, parametresApi(f, reseau)), api('themes')]).then((r) => {
    const ego = r[0];
    const reunions = {};
    ego.meetings.forEach((m) => { reunions[m.id] = m; });
    const partage = {};
    ego.met.forEach((m) => { partage[m.id] = m.shared; });
    const noeuds = ego.nodes.map((n) => Object.assign({}, n, { partage: n.id === id ? undefined : (partage[n.id] || 0) }));
    const periode = etat.periode.de === etat.periode.a ? String(etat.periode.de) : etat.periode.de + '–' + etat.periode.a;
    const qui = personnes ? 'Personnes rencontrées par ' : 'Métropoles rencontrées par ';
    const lienNoeud = personnes ? lienPersonne : lienMetropole;
    return section('Réseau de co-présence', [
      el('p', { class: 'aide', text: (personnes ? 'Les personnes présentes aux mêmes réunions que ' : 'Les métropoles présentes aux mêmes réunions que ')
        + nom + ' (' + ego.meetings.length + ' réunion' + (ego.meetings.length > 1 ? 's' : '') + ' sur la période). '
        + 'Un lien entre deux autres nœuds compte les réunions de ' + nom + ' où les deux étaient.' }),
      formulaireFiltres(f, r[1], reseau),
      memoriserTaille(dessinReseau({
        reseau: reseau,
        noeuds: noeuds,
        liens: ego.edges,
        total: ego.edgeCount,
        centre: id,
        nomCentre: nom,
        reunions: reunions,
        taille: f.taille,
        mesures: { partage: 'Réunions partagées avec ' + nom },
        titre: 'Réseau de co-présence de ' + nom,
        legende: 'Réseau de co-présence de ' + nom + ', ' + periode + ' : ' + nombre(ego.nodes.length, 0) + ' nœuds, '
          + nombre(ego.edgeCount, 0) + ' liens.',
        nomFichier: 'reseau-' + id + '-' + periode
      })),
      tableau(qui + nom, [
        { titre: personnes ? 'Personne' : 'Métropole', valeur: (m) => lienNoeud(m.id, m.name) },
        { titre: 'Réunions partagées', nombre: true, valeur: (m) => String(m.shared) },
        { titre: 'Par année', valeur: (m) => m.years.map((y) => y.year + ' : ' + y.count).join(', ') || '—' },
        { titre: 'Réunions', valeur: (m) => el('ul', { class: 'compacte' }, m.meetings.map((mid) => {
          const mt = reunions[mid] || { title: mid };
          return el('li', null, [lienReunion(mid, mt.title || mid), mt.year ? ' (' + mt.year + ')' : '']);
        })) }
      ], ego.met, (personnes ? 'Aucune personne rencontrée' : 'Aucune métropole rencontrée')
        + ' sur la période, d’après les documents.')
    ], 'reseau-personnel');
  });
}
