// DOM helpers shared by every page. Every piece of data goes into the DOM through
// textContent or attributes (never innerHTML), so names and quoted passages from the
// documents cannot inject markup. Event handlers are attached with addEventListener
// (el's "on…" keys), never as attributes: the pages are served under a strict CSP.

// el('a', { href, text, class, onclick: fn }, children): an element with attributes,
// listeners and children (nodes, strings, arrays; null/undefined/false are skipped).
export function el(tag, attrs, enfants) {
  const n = document.createElement(tag);
  Object.keys(attrs || {}).forEach((k) => {
    const v = attrs[k];
    if (v === null || v === undefined || v === false) { return; }
    if (k === 'text') { n.textContent = String(v); }
    else if (k === 'class') { n.className = v; }
    else if (k.indexOf('on') === 0) { n.addEventListener(k.substring(2), v); }
    else { n.setAttribute(k, v === true ? '' : String(v)); }
  });
  ajouter(n, enfants);
  return n;
}

export function ajouter(parent, enfants) {
  if (enfants === null || enfants === undefined || enfants === false) { return; }
  if (Array.isArray(enfants)) { enfants.forEach((e) => ajouter(parent, e)); return; }
  parent.appendChild(enfants instanceof Node ? enfants : document.createTextNode(String(enfants)));
}

// A table with a caption, column headers (scope=col) and one row header per line.
// colonnes: [{ titre, valeur: (ligne) => texte | Node | tableau, nombre: bool }]
export function tableau(legende, colonnes, lignes, vide) {
  if (!lignes || lignes.length === 0) {
    return el('p', { class: 'vide', text: vide || 'Aucune donnée pour la période choisie.' });
  }
  const entete = el('tr', null, colonnes.map((c) => el('th', { scope: 'col', text: c.titre })));
  const corps = el('tbody', null, lignes.map((ligne) => el('tr', null, colonnes.map((c, i) =>
    el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.nombre ? 'nombre' : null }, c.valeur(ligne))))));
  return el('div', { class: 'tableau' },
    el('table', null, [el('caption', { text: legende }), el('thead', null, entete), corps]));
}

export function citation(texte, lignes) {
  if (!texte) { return ''; }
  return el('span', { class: 'citation' }, [el('q', { text: texte }),
    lignes ? el('span', { class: 'lignes', text: ' (l. ' + lignes + ')' }) : null]);
}

export function section(titre, enfants, id) {
  const idTitre = 'titre-' + (id || titre.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'));
  return el('section', { 'aria-labelledby': idTitre }, [el('h2', { id: idTitre, text: titre }), enfants]);
}

// A definition list of [label, value] pairs; empty values are left out.
export function definitions(paires) {
  return el('dl', { class: 'fiche' }, paires.filter((p) =>
    p[1] !== null && p[1] !== undefined && p[1] !== '' && !(Array.isArray(p[1]) && p[1].length === 0))
    .map((p) => [el('dt', { text: p[0] }), el('dd', null, p[1])]));
}
