// Co-presence: the networks of metropolises and people, their summary and most central nodes.
import { el, tableau, section } from '../dom.js';
import { api } from '../api.js';
import { nombre } from '../format.js';
import { etat } from '../etat.js';
import { lien, lienMetropole, lienPersonne } from '../liens.js';
import { titre, graphique } from '../composants.js';
import { changerParams } from '../routeur.js';

export function vueReseau(_, params) {
  const via = ['people', 'presenters', 'both'].indexOf(params.get('via')) >= 0 ? params.get('via') : 'people';
  let poids = parseFloat(params.get('poids'));
  poids = (poids >= 0) ? poids : 0;
  const commun = { from: etat.periode.de, to: etat.periode.a, minWeight: poids };
  return Promise.all([api('copresence/metropolises', Object.assign({ via: via }, commun)),
    api('copresence/people', commun)]).then((r) => {
    const formulaire = el('form', { class: 'controles', onsubmit: (e) => {
      e.preventDefault();
      changerParams({ via: e.target.elements.via.value, poids: e.target.elements.poids.value });
    } }, [
      el('label', { for: 'choix-via', text: 'Co-présence des métropoles par' }),
      el('select', { id: 'choix-via', name: 'via' }, [
        el('option', { value: 'people', selected: via === 'people', text: 'leurs personnes présentes' }),
        el('option', { value: 'presenters', selected: via === 'presenters', text: 'leurs présentations' }),
        el('option', { value: 'both', selected: via === 'both', text: 'les deux' })]),
      el('label', { for: 'poids-minimal', text: 'Poids minimal des liens' }),
      el('input', { id: 'poids-minimal', name: 'poids', type: 'number', min: 0, step: 'any', value: poids }),
      el('button', { type: 'submit', text: 'Appliquer' })]);
    return [
      titre('Co-présence'),
      el('p', { class: 'aide', text: 'Deux métropoles (ou deux personnes) sont liées quand elles ont pris part aux mêmes réunions ; '
        + 'le poids d’un lien compte ces réunions. Le degré pondéré d’un nœud est la somme des poids de ses liens.' }),
      formulaire,
      section('Métropoles les plus co-présentes', [
        graphique('copresence', { network: 'metropolises', via: via, minWeight: poids },
          'Graphique : réseau de co-présence des métropoles', 'Réseau des métropoles'),
        resumeReseau(r[0]),
        tableauCentralites('Métropoles classées par degré pondéré (10 premières)', r[0], lienMetropole)], 'co-metropoles'),
      section('Personnes les plus co-présentes', [
        graphique('copresence', { network: 'people', minWeight: poids },
          'Graphique : réseau de co-présence des personnes', 'Réseau des personnes'),
        resumeReseau(r[1]),
        tableauCentralites('Personnes classées par degré pondéré (10 premières)', r[1], lienPersonne)], 'co-personnes'),
      el('p', null, ['Exporter ces réseaux : ', lien('rapports', 'rapports et exports'), '.'])
    ];
  });
}

function resumeReseau(reseau) {
  return el('p', { class: 'aide', text: reseau.nodes.length + ' nœuds, ' + reseau.edges.length + ' liens, '
    + reseau.meetings + ' réunions ; densité ' + nombre(reseau.density, 2) + ', modularité ' + nombre(reseau.modularity, 2)
    + ', ' + reseau.components + ' composante(s) connexe(s).' });
}

function tableauCentralites(legende, reseau, lienNoeud) {
  const noeuds = reseau.nodes.slice().sort((x, y) =>
    (y.weightedDegree - x.weightedDegree) || x.name.localeCompare(y.name, 'fr')).slice(0, 10);
  return tableau(legende, [
    { titre: 'Nom', valeur: (n) => lienNoeud(n.id, n.name) },
    { titre: 'Degré pondéré', nombre: true, valeur: (n) => nombre(n.weightedDegree, 1) },
    { titre: 'Degré', nombre: true, valeur: (n) => String(n.degree) },
    { titre: 'Intermédiarité', nombre: true, valeur: (n) => nombre(n.betweenness, 3) },
    { titre: 'Centralité de vecteur propre', nombre: true, valeur: (n) => nombre(n.eigenvector, 3) },
    { titre: 'Communauté', nombre: true, valeur: (n) => String(n.community + 1) }
  ], noeuds, 'Aucune co-présence sur la période.');
}
