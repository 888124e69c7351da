// The filters of the network drawings (co-presence page, person and metropolis pages): kept
// in the page's address (#/…?reseau=&via=&groupe=&theme=&type=&poids=&taille=) so that a view
// can be shared, and turned into the API's parameters (the years come from the header).
import { el } from './dom.js';
import { libelle } from './libelles.js';
import { etat } from './etat.js';
import { changerParams } from './routeur.js';
import { typesDeReunion, MESURES } from './graphe.js';

const VIAS = { both: 'leurs personnes et leurs présentations', people: 'leurs personnes présentes',
  presenters: 'leurs présentations' };

export function lireFiltres(params) {
  const choix = (nom, valeurs, defaut) => (valeurs.indexOf(params.get(nom)) >= 0 ? params.get(nom) : defaut);
  const poids = parseFloat(params.get('poids'));
  return {
    reseau: choix('reseau', ['metropolises', 'people'], 'metropolises'),
    via: choix('via', Object.keys(VIAS), 'both'),
    groupe: choix('groupe', ['agents', 'elus'], ''),
    theme: params.get('theme') || '',
    type: choix('type', typesDeReunion().map((t) => t[0]), ''),
    poids: poids >= 0 ? poids : 0,
    taille: params.get('taille') || 'weightedDegree'
  };
}

// The query parameters of GET /api/copresence/{network}, the ego networks and the exports.
export function parametresApi(f, reseau) {
  const q = { from: etat.periode.de, to: etat.periode.a, group: f.groupe, theme: f.theme, kind: f.type,
    minWeight: f.poids || '' };
  if ((reseau || f.reseau) === 'metropolises') { q.via = f.via; }
  return q;
}

// The export links (GEXF for Gephi, a ZIP of CSV files, standard or for a French spreadsheet)
// of the whole network with these filters.
export function liensExport(f, reseau) {
  const q = new URLSearchParams();
  const p = Object.assign({ network: reseau || f.reseau }, parametresApi(f, reseau));
  Object.keys(p).forEach((k) => { if (p[k] !== '' && p[k] !== null && p[k] !== undefined) { q.set(k, p[k]); } });
  return [['GEXF', 'api/export/gexf?' + q.toString()], ['CSV (ZIP)', 'api/export/csv?' + q.toString()],
    ['CSV tableur (ZIP)', 'api/export/csv?' + q.toString() + '&dialecte=tableur']];
}

// The filters form; reseauFixe: 'people' or 'metropolises' on an ego network's page.
export function formulaireFiltres(f, themes, reseauFixe) {
  const reseau = reseauFixe || f.reseau;
  const champ = (id, texte, controle) => el('span', { class: 'champ' }, [el('label', { for: id, text: texte }), controle]);
  const choix = (id, nom, options, valeur) => el('select', { id: id, name: nom },
    options.map((o) => el('option', { value: o[0], selected: o[0] === valeur, text: o[1] })));
  const formulaire = el('form', { class: 'controles filtres-reseau', 'aria-label': 'Filtres du réseau' }, [
    reseauFixe ? null : champ('filtre-reseau', 'Réseau', choix('filtre-reseau', 'reseau',
      [['metropolises', 'Métropoles'], ['people', 'Personnes']], f.reseau)),
    reseau === 'metropolises' ? champ('filtre-via', 'Liées par', choix('filtre-via', 'via',
      Object.keys(VIAS).map((k) => [k, VIAS[k]]), f.via)) : null,
    champ('filtre-groupe', 'Groupe', choix('filtre-groupe', 'groupe',
      [['', 'Tous'], ['agents', libelle('groupe', 'agents')], ['elus', libelle('groupe', 'elus')]], f.groupe)),
    champ('filtre-theme', 'Thème', choix('filtre-theme', 'theme',
      [['', 'Tous']].concat((themes || []).slice().sort((a, b) => a.name.localeCompare(b.name, 'fr'))
        .map((t) => [t.id, t.name])), f.theme)),
    champ('filtre-type', 'Type de réunion', choix('filtre-type', 'type', [['', 'Tous']].concat(typesDeReunion()), f.type)),
    champ('filtre-poids', 'Poids minimal des liens', el('input', { id: 'filtre-poids', name: 'poids', type: 'number',
      min: 0, step: 'any', value: f.poids })),
    el('button', { type: 'submit', text: 'Appliquer' })
  ]);
  const appliquer = () => {
    const e = formulaire.elements;
    const modif = { groupe: e.groupe.value, theme: e.theme.value, type: e.type.value,
      poids: e.poids.value && Number(e.poids.value) > 0 ? e.poids.value : null };
    if (e.reseau) { modif.reseau = e.reseau.value; }
    if (e.via) { modif.via = e.via.value; }
    changerParams(modif);
  };
  formulaire.addEventListener('submit', (e) => { e.preventDefault(); appliquer(); });
  formulaire.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT') { appliquer(); } });
  return formulaire;
}

// Remembers the metric chosen to size the nodes in the address, without reloading the page.
export function memoriserTaille(figure) {
  const select = figure.querySelector('select.reseau-taille');
  if (select) {
    select.addEventListener('change', () => {
      const url = new URL(location.href);
      const [chemin, requete] = url.hash.split('?');
      const q = new URLSearchParams(requete || '');
      q.set('taille', select.value);
      history.replaceState(null, '', chemin + '?' + q.toString());
    });
  }
  return figure;
}

export { MESURES };
