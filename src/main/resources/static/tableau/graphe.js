// The interactive network drawing (Cytoscape.js with the fCoSE layout, served by the jar as
// WebJars and loaded on the first page that draws a network). Zoom with the wheel or the
// buttons, pan by dragging the background, move a node by dragging it; hovering shows the
// name, the weight and the shared meetings; a click opens the node's page. The view can be
// saved as PNG (Cytoscape) or SVG (serialised here from the current positions and styles).
//
// Test hooks: the drawing's element (.reseau-dessin) gets data-noeuds, data-liens and
// data-pret="oui" once laid out, and holds the Cytoscape instance as its _cy property; the
// figure gets data-export (the object URL of the last saved file) after an export.
import { el } from './dom.js';
import { nombre } from './format.js';
import { libelle } from './libelles.js';
import { adresse } from './liens.js';
import { quandOnQuitte } from './routeur.js';

const BIBLIOTHEQUES = ['webjars/cytoscape/dist/cytoscape.min.js', 'webjars/layout-base/layout-base.js',
  'webjars/cose-base/cose-base.js', 'webjars/cytoscape-fcose/cytoscape-fcose.js'];

// Beyond this many ties, only the strongest are drawn (the page says so and how to get all).
export const LIMITE_LIENS = 20000;

// Okabe–Ito, the colour-blind-safe palette of the server's charts; communities beyond the
// eighth reuse it.
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

export const MESURES = {
  weightedDegree: 'Degré pondéré',
  degree: 'Degré',
  betweenness: 'Intermédiarité',
  eigenvector: 'Centralité de vecteur propre'
};

let chargement = null;

function script(src) {
  return new Promise((ok, echec) => {
    const s = document.createElement('script');
    s.src = src;
    s.addEventListener('load', () => ok());
    s.addEventListener('error', () => echec(new Error('Bibliothèque introuvable : ' + src)));
    document.head.appendChild(s);
  });
}

// Loads Cytoscape and fCoSE once, in order (each UMD file defines a global the next uses).
export function chargerCytoscape() {
  if (!chargement) {
    chargement = BIBLIOTHEQUES.reduce((p, src) => p.then(() => script(src)), Promise.resolve()).then(() => {
      window.cytoscape.use(window.cytoscapeFcose);
      return window.cytoscape;
    });
    chargement.catch(() => { chargement = null; });
  }
  return chargement;
}

function pageDe(reseau, id) {
  return adresse((reseau === 'people' ? 'personnes/' : 'metropoles/') + encodeURIComponent(id));
}

// dessinReseau({ reseau, noeuds, liens, total, totalNoeuds, centre, reunions, partagees, taille, mesures,
//   exports, nomFichier, titre }) -> <figure>
//   reseau: 'people' | 'metropolises'; noeuds: [{id, name, degree, weightedDegree, betweenness,
//   eigenvector, community, …}]; liens: [{source, target, weight, meetings?}]; total: ties in
//   all when the server already kept only some; totalNoeuds: nodes in all, likewise; centre: id of the ego network's centre;
//   reunions: id -> {title, year} to name the meetings of liens[].meetings; partagees(a, b):
//   a Promise of the meetings behind a tie (when liens carry none); taille: the metric that
//   sizes the nodes; mesures: extra metrics {key: label}; exports: [[label, url]].
export function dessinReseau(o) {
  const mesures = Object.assign({}, o.mesures || {}, MESURES);
  let taille = mesures[o.taille] ? o.taille : 'weightedDegree';
  let liens = o.liens;
  const total = Math.max(o.total || 0, liens.length);
  const totalNoeuds = Math.max(o.totalNoeuds || 0, o.noeuds.length);
  if (liens.length > LIMITE_LIENS) {
    liens = liens.slice().sort((x, y) => y.weight - x.weight).slice(0, LIMITE_LIENS);
  }
  const dessin = el('div', { class: 'reseau-dessin', role: 'img', 'aria-label': o.titre
    + ' : ' + o.noeuds.length + ' nœuds et ' + liens.length + ' liens (le détail est dans les tableaux de la page).' });
  const bulle = el('div', { class: 'reseau-bulle', hidden: true, role: 'status' });
  const choixTaille = el('select', { class: 'reseau-taille', 'aria-label': 'Taille des nœuds selon' },
    Object.keys(mesures).map((k) => el('option', { value: k, selected: k === taille, text: mesures[k] })));
  const figure = el('figure', { class: 'reseau' });
  const barre = el('div', { class: 'reseau-barre' }, [
    el('label', { class: 'reseau-etiquette', text: 'Taille selon' }), choixTaille,
    el('span', { class: 'reseau-couleur', text: 'Couleur : communauté (Louvain)' }),
    el('span', { class: 'reseau-espace' }),
    el('button', { type: 'button', class: 'secondaire', 'data-action': 'zoom+', 'aria-label': 'Zoomer', text: '+' }),
    el('button', { type: 'button', class: 'secondaire', 'data-action': 'zoom-', 'aria-label': 'Dézoomer', text: '−' }),
    el('button', { type: 'button', class: 'secondaire', 'data-action': 'ajuster', text: 'Ajuster' }),
    el('button', { type: 'button', class: 'secondaire', 'data-action': 'png', text: 'PNG' }),
    el('button', { type: 'button', class: 'secondaire', 'data-action': 'svg', text: 'SVG' }),
    (o.exports || []).map((e) => el('a', { class: 'bouton-lien', href: e[1], download: '', text: e[0] }))
  ]);
  const notes = [];
  if (total > liens.length || totalNoeuds > o.noeuds.length) {
    const seuil = liens.reduce((m, l) => Math.min(m, l.weight), Infinity);
    notes.push(el('p', { class: 'reseau-note', role: 'note' }, [
      'Ce réseau compte ' + nombre(totalNoeuds, 0) + ' nœuds et ' + nombre(total, 0) + ' liens : seuls '
      + (totalNoeuds > o.noeuds.length ? 'les ' + nombre(o.noeuds.length, 0) + ' nœuds au plus fort degré pondéré et, '
        + 'entre eux, ' : '')
      + 'les ' + nombre(liens.length, 0) + ' liens les plus forts sont dessinés'
      + (isFinite(seuil) ? ' (poids ' + nombre(seuil) + ' et plus)' : '') + '. '
      + 'Pour les voir tous, relevez le poids minimal, resserrez la période ou les filtres, '
      + 'ou téléchargez le réseau complet (GEXF pour Gephi, ou CSV).']));
  }
  if (o.noeuds.length === 0) {
    notes.push(el('p', { class: 'vide', text: 'Aucun nœud pour ces critères : rien à dessiner.' }));
  }
  figure.append(barre, el('div', { class: 'reseau-cadre' }, [dessin, bulle]), ...notes,
    el('figcaption', { text: o.legende || o.titre }));
  if (o.noeuds.length === 0) {
    dessin.hidden = true;
    return figure;
  }

  let cy = null;
  let detruit = false;
  quandOnQuitte(() => { detruit = true; if (cy) { cy.destroy(); } });

  // Runs once the figure is in the page (the router inserts it after the view resolves).
  requestAnimationFrame(() => chargerCytoscape().then((cytoscape) => {
    if (detruit) { return; }
    cy = creer(cytoscape, dessin, o, liens, taille, mesures);
    dessin._cy = cy;
    brancher(cy, o, dessin, bulle);
    barre.addEventListener('click', (e) => {
      const action = e.target.getAttribute && e.target.getAttribute('data-action');
      if (action === 'zoom+' || action === 'zoom-') {
        cy.zoom({ level: cy.zoom() * (action === 'zoom+' ? 1.25 : 0.8),
          renderedPosition: { x: dessin.clientWidth / 2, y: dessin.clientHeight / 2 } });
      } else if (action === 'ajuster') {
        cy.fit(undefined, 20);
      } else if (action === 'png') {
        telecharger(figure, cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 }),
          o.nomFichier + '.png');
      } else if (action === 'svg') {
        telecharger(figure, new Blob([svg(cy, o.titre)], { type: 'image/svg+xml' }), o.nomFichier + '.svg');
      }
    });
    choixTaille.addEventListener('change', () => {
      taille = choixTaille.value;
      dimensionner(cy, taille);
    });
  }).catch((e) => {
    dessin.replaceWith(el('p', { class: 'indisponible', text: 'Le dessin interactif n’a pas pu être chargé ('
      + e.message + ') ; les tableaux ci-dessous restent complets.' }));
  }));
  return figure;
}

function creer(cytoscape, dessin, o, liens, taille, mesures) {
  const grand = o.noeuds.length > 300 || liens.length > 3000;
  const elements = o.noeuds.map((n) => ({ group: 'nodes', data: Object.assign({}, n, {
    id: n.id, label: n.name || n.id, couleur: PALETTE[(n.community || 0) % PALETTE.length],
    centre: n.id === o.centre ? 'oui' : 'non' }) }));
  const poidsMax = liens.reduce((m, l) => Math.max(m, l.weight), 0) || 1;
  liens.forEach((l, i) => elements.push({ group: 'edges', data: {
    id: 'l' + i, source: l.source, target: l.target, weight: l.weight, meetings: l.meetings || null,
    epaisseur: 1 + 5 * (l.weight / poidsMax) } }));
  const cy = cytoscape({
    container: dessin,
    elements: elements,
    minZoom: 0.05,
    maxZoom: 6,
    wheelSensitivity: 0.3,
    pixelRatio: grand ? 1 : 'auto',
    hideEdgesOnViewport: grand,
    textureOnViewport: grand,
    motionBlur: false,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(couleur)', 'border-width': 1, 'border-color': '#ffffff',
        label: 'data(label)', 'font-size': 11, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#ffffff', 'text-outline-width': 2,
        'min-zoomed-font-size': grand ? 16 : (o.noeuds.length > 60 ? 9 : 0) } },
      { selector: 'node[centre = "oui"]', style: { 'border-width': 4, 'border-color': '#1f2933', 'font-weight': 'bold' } },
      { selector: 'node:active, node.survol', style: { 'overlay-opacity': 0.15 } },
      { selector: 'edge', style: {
        width: 'data(epaisseur)', 'line-color': '#7b8794', opacity: grand ? 0.35 : 0.55,
        'curve-style': grand ? 'haystack' : 'straight' } },
      { selector: 'edge.survol', style: { 'line-color': '#1d4e89', opacity: 1 } }
    ],
    layout: { name: 'preset' }
  });
  cy.scratch('grand', grand);
  dimensionner(cy, taille);
  const fin = () => {
    dessin.setAttribute('data-noeuds', String(cy.nodes().length));
    dessin.setAttribute('data-liens', String(cy.edges().length));
    dessin.setAttribute('data-pret', 'oui');
  };
  // fCoSE's force phase costs seconds beyond a few hundred nodes (measured: 4.5 s of CPU for
  // 300 nodes and 3,000 ties); larger networks get its spectral phase only ("draft": 4.4 s
  // for 2,000 nodes and 20,000 ties), which places communities apart.
  const petit = o.noeuds.length <= 150 && liens.length <= 2000;
  // Dense networks (a meeting makes a clique) need longer ties, or their nodes pile up.
  const n = o.noeuds.length;
  const densite = n > 1 ? 2 * liens.length / (n * (n - 1)) : 0;
  const mise = cy.layout({ name: 'fcose', quality: petit ? 'default' : 'draft', randomize: true, animate: false,
    nodeRepulsion: () => 8000 + 40000 * densite, idealEdgeLength: () => 90 + 160 * densite, edgeElasticity: () => 0.3,
    numIter: 2500,
    packComponents: true, fit: true, padding: 20 });
  mise.one('layoutstop', fin);
  mise.run();
  return cy;
}

function dimensionner(cy, mesure) {
  const max = cy.nodes().reduce((m, n) => Math.max(m, Number(n.data(mesure)) || 0), 0) || 1;
  // Small discs on large networks, so that communities stay visible rather than one blot.
  const [min, ecart] = cy.scratch('grand') ? [6, 18] : [14, 34];
  cy.batch(() => cy.nodes().forEach((n) => {
    const d = min + ecart * Math.sqrt((Number(n.data(mesure)) || 0) / max);
    n.style({ width: d, height: d });
  }));
}

function brancher(cy, o, dessin, bulle) {
  const partagees = new Map();
  let courant = null;
  const montrer = (contenu, pos) => {
    bulle.replaceChildren(...contenu);
    bulle.hidden = false;
    const x = Math.min(pos.x + 14, Math.max(0, dessin.clientWidth - 300));
    bulle.style.left = x + 'px';
    bulle.style.top = (pos.y + 14) + 'px';
  };
  const cacher = () => { bulle.hidden = true; courant = null; };
  const listeReunions = (reunions) => {
    if (!reunions.length) { return el('p', { class: 'discret', text: 'Aucune réunion partagée sur la période.' }); }
    const premieres = reunions.slice(0, 8);
    return el('ul', null, premieres.map((r) => el('li', { text: (r.title || r.id) + (r.year ? ' (' + r.year + ')' : '') }))
      .concat(reunions.length > 8 ? [el('li', { text: '… et ' + (reunions.length - 8) + ' autres' })] : []));
  };
  cy.on('mouseover', 'node', (e) => {
    const d = e.target.data();
    courant = e.target;
    e.target.addClass('survol');
    const lignes = [el('strong', { text: d.label }),
      el('p', { text: 'Degré pondéré ' + nombre(d.weightedDegree) + ' · ' + d.degree + ' lien' + (d.degree > 1 ? 's' : '')
        + ' · communauté ' + ((d.community || 0) + 1) })];
    if (d.partage !== undefined && d.centre !== 'oui') {
      lignes.push(el('p', { text: d.partage + ' réunion' + (d.partage > 1 ? 's' : '') + ' partagée'
        + (d.partage > 1 ? 's' : '') + ' avec ' + o.nomCentre }));
    }
    lignes.push(el('p', { class: 'discret', text: d.centre === 'oui' ? 'Centre du réseau' : 'Cliquer pour ouvrir sa page' }));
    montrer(lignes, e.renderedPosition);
  });
  cy.on('mouseover', 'edge', (e) => {
    const l = e.target;
    courant = l;
    l.addClass('survol');
    const a = l.source().data('label');
    const b = l.target().data('label');
    const entete = [el('strong', { text: a + ' — ' + b }),
      el('p', { text: 'Poids ' + nombre(l.data('weight')) })];
    if (l.data('meetings')) {
      montrer(entete.concat(listeReunions(l.data('meetings').map((id) => (o.reunions && o.reunions[id]) || { id: id }))),
        e.renderedPosition);
      return;
    }
    if (!o.partagees) { montrer(entete, e.renderedPosition); return; }
    const cle = l.source().id() + '|' + l.target().id();
    montrer(entete.concat(el('p', { class: 'discret', text: 'Réunions partagées : chargement…' })), e.renderedPosition);
    const pos = e.renderedPosition;
    if (!partagees.has(cle)) { partagees.set(cle, o.partagees(l.source().id(), l.target().id())); }
    partagees.get(cle).then((reunions) => {
      if (courant === l) { montrer(entete.concat(listeReunions(reunions)), pos); }
    }).catch(() => {
      if (courant === l) { montrer(entete.concat(el('p', { text: 'Réunions partagées indisponibles.' })), pos); }
    });
  });
  cy.on('mouseout', 'node, edge', (e) => { e.target.removeClass('survol'); cacher(); });
  cy.on('tap', 'node', (e) => {
    if (e.target.data('centre') === 'oui') { return; }
    location.hash = pageDe(o.reseau, e.target.id());
  });
  cy.on('viewport', cacher);
}

function telecharger(figure, blob, nom) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: nom, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  figure.setAttribute('data-export', url);
  figure.setAttribute('data-export-type', blob.type);
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function xml(texte) {
  return String(texte).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// The current view as SVG: the model positions and the styles Cytoscape computed.
function svg(cy, titre) {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  const marge = 20;
  const largeur = Math.ceil(bb.w + 2 * marge);
  const hauteur = Math.ceil(bb.h + 2 * marge);
  const x0 = bb.x1 - marge;
  const y0 = bb.y1 - marge;
  const r = (v) => Math.round(v * 10) / 10;
  const parties = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<svg xmlns="http://www.w3.org/2000/svg" width="' + largeur + '" height="' + hauteur + '" viewBox="' + r(x0) + ' '
      + r(y0) + ' ' + largeur + ' ' + hauteur + '" font-family="sans-serif">',
    '<title>' + xml(titre) + '</title>',
    '<rect x="' + r(x0) + '" y="' + r(y0) + '" width="' + largeur + '" height="' + hauteur + '" fill="#ffffff"/>',
    '<g stroke="#7b8794" stroke-linecap="round">'];
  cy.edges().forEach((l) => {
    const s = l.source().position();
    const t = l.target().position();
    parties.push('<line x1="' + r(s.x) + '" y1="' + r(s.y) + '" x2="' + r(t.x) + '" y2="' + r(t.y) + '" stroke-width="'
      + r(l.data('epaisseur')) + '" stroke-opacity="' + l.style('opacity') + '"/>');
  });
  parties.push('</g>', '<g>');
  cy.nodes().forEach((n) => {
    const p = n.position();
    const rayon = n.width() / 2;
    const centre = n.data('centre') === 'oui';
    parties.push('<circle cx="' + r(p.x) + '" cy="' + r(p.y) + '" r="' + r(rayon) + '" fill="' + n.data('couleur')
      + '" stroke="' + (centre ? '#1f2933' : '#ffffff') + '" stroke-width="' + (centre ? 4 : 1) + '"><title>'
      + xml(n.data('label')) + '</title></circle>');
  });
  parties.push('</g>', '<g font-size="11" fill="#1f2933" text-anchor="middle" stroke="#ffffff" stroke-width="3" '
    + 'paint-order="stroke">');
  cy.nodes().forEach((n) => {
    const p = n.position();
    parties.push('<text x="' + r(p.x) + '" y="' + r(p.y + n.height() / 2 + 13) + '">' + xml(n.data('label')) + '</text>');
  });
  parties.push('</g>', '</svg>');
  return parties.join('\n');
}

// The name of a meeting kind for the filters' select.
export function typesDeReunion() {
  return ['meeting', 'session', 'experience_sharing', 'group_meeting', 'seminar'].map((k) => [k, libelle('typeReunion', k)]);
}
