// Co-presence: the interactive network of metropolises or people with its filters, its
// figures and its most central nodes.
import { el, tableau, section } from '../dom.js';
import { api, apiSuivie } from '../api.js';
import { nombre } from '../format.js';
import { etat } from '../etat.js';
import { lien, lienMetropole, lienPersonne } from '../liens.js';
import { titre } from '../composants.js';
import { dessinReseau, LIMITE_LIENS } from '../graphe.js';
import { lireFiltres, parametresApi, liensExport, formulaireFiltres, memoriserTaille } from '../filtres-reseau.js';

// The most nodes and ties one page asks for: the server sends the most central nodes and the
// strongest ties among them, and says how many there are in all (totalNodes, totalEdges).
const NOEUDS_DEMANDES = 2000;

export function vueReseau(_, params) {
  const f = lireFiltres(params);
  const q = parametresApi(f);
  const personnes = f.reseau === 'people';
  const page = Object.assign({ limit: NOEUDS_DEMANDES, edgeLimit: LIMITE_LIENS }, q);
  const adresseDeLaPage = location.hash;
  const chargement = messageDeCalcul();
  return Promise.all([apiSuivie('copresence/' + f.reseau, page, chargement, () => location.hash !== adresseDeLaPage),
    api('themes')]).then((r) => {
    const reseau = r[0];
    const nom = personnes ? 'personnes' : 'métropoles';
    const periode = etat.periode.de === etat.periode.a ? String(etat.periode.de)
      : etat.periode.de + '–' + etat.periode.a;
    return [
      titre('Co-présence'),
      el('p', { class: 'aide', text: 'Deux métropoles (ou deux personnes) sont liées quand elles ont pris part aux mêmes réunions ; '
        + 'le poids d’un lien compte ces réunions. Le degré pondéré d’un nœud est la somme des poids de ses liens. '
        + 'Faites glisser pour déplacer le dessin ou un nœud, utilisez la molette pour zoomer ; survolez un nœud ou un lien '
        + 'pour le détail, cliquez sur un nœud pour ouvrir sa page.' }),
      formulaireFiltres(f, r[1]),
      section(personnes ? 'Réseau des personnes' : 'Réseau des métropoles', [
        memoriserTaille(dessinReseau({
          reseau: f.reseau,
          noeuds: reseau.nodes,
          liens: reseau.edges,
          total: reseau.totalEdges,
          totalNoeuds: reseau.totalNodes,
          taille: f.taille,
          titre: 'Réseau de co-présence des ' + nom,
          legende: 'Réseau de co-présence des ' + nom + ', ' + periode + ' : '
            + nombre(reseau.totalNodes, 0) + ' nœuds, ' + nombre(reseau.totalEdges, 0) + ' liens.',
          nomFichier: 'reseau-' + (personnes ? 'personnes' : 'metropoles') + '-' + periode,
          exports: liensExport(f),
          partagees: (a, b) => api('copresence/' + f.reseau + '/shared', Object.assign({ a: a, b: b }, q))
        })),
        resumeReseau(reseau),
        tableauCentralites((personnes ? 'Personnes' : 'Métropoles') + ' classées par degré pondéré (10 premières)', reseau,
          personnes ? lienPersonne : lienMetropole)], 'reseau'),
      el('p', null, ['Voir aussi le ', personnes ? lien('reseau', 'réseau des métropoles', { reseau: 'metropolises' })
        : lien('reseau', 'réseau des personnes', { reseau: 'people' }), ' ; tous les exports : ',
      lien('rapports', 'rapports et exports'), '.'])
    ];
  });
}

// While a very large network's metrics are computed in the background, the page's
// "Chargement…" line says so, with the job's progress. Test hook: <main> counts the
// messages shown in data-calculs.
function messageDeCalcul() {
  return (tache) => {
    const contenu = document.getElementById('contenu');
    const ligne = contenu && contenu.querySelector('.chargement');
    if (!ligne) { return; }
    ligne.textContent = 'Grand réseau : ses mesures (centralités, communautés) sont calculées en arrière-plan — '
      + tache.status + (tache.step ? ', ' + tache.step : '') + ', ' + nombre(100 * (tache.progress || 0), 0)
      + ' %. Le réseau s’affichera dès la fin du calcul.';
    contenu.setAttribute('data-calculs', String(Number(contenu.getAttribute('data-calculs') || 0) + 1));
  };
}

function resumeReseau(reseau) {
  return el('p', { class: 'aide', text: nombre(reseau.totalNodes, 0) + ' nœuds, ' + nombre(reseau.totalEdges, 0) + ' liens, '
    + nombre(reseau.meetings, 0) + ' réunions ; densité ' + nombre(reseau.density, 2) + ', modularité '
    + nombre(reseau.modularity, 2) + ', ' + reseau.components + ' composante(s) connexe(s).' });
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
