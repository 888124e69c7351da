import { ecrireCsv } from './csv.js';

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

// A table with a caption, column headers (scope=col) and one row header per line. Every
// column sorts on a click on its header; the table downloads as CSV (a French spreadsheet's
// dialect, or RFC 4180), cells as shown, numbers as numbers.
// colonnes: [{ titre, valeur: (ligne) => texte | Node | tableau, nombre: bool,
//   brut: (ligne) => the value to sort on and to write in CSV (default: the cell's text) }]
export function tableau(legende, colonnes, lignes, vide) {
  if (!lignes || lignes.length === 0) {
    return el('p', { class: 'vide', text: vide || 'Aucune donnée pour la période choisie.' });
  }
  const entetes = colonnes.map((c, i) => el('th', { scope: 'col', 'aria-sort': 'none' },
    el('button', { type: 'button', class: 'tri', title: 'Trier selon cette colonne', onclick: () => trier(table, i) },
      c.titre)));
  const corps = el('tbody', null, lignes.map((ligne) => el('tr', null, colonnes.map((c, i) => {
    const cellule = el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.nombre ? 'nombre' : null },
      c.valeur(ligne));
    const brut = c.brut ? c.brut(ligne) : (c.nombre ? nombreLu(cellule.textContent) : null);
    cellule._brut = (brut === null || brut === undefined || Number.isNaN(brut)) ? cellule.textContent.trim() : brut;
    return cellule;
  }))));
  const table = el('table', null, [el('caption', { text: legende }), el('thead', null, el('tr', null, entetes)), corps]);
  const nom = legende.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '').substring(0, 60) || 'tableau';
  return el('div', { class: 'tableau' }, [table, el('p', { class: 'tableau-actions' }, [
    'Télécharger ce tableau : ',
    el('button', { type: 'button', class: 'lien', 'data-csv': 'tableur', onclick: (e) => telechargerCsv(table, nom, 'tableur', e.target) },
      'CSV pour tableur'),
    ' · ',
    el('button', { type: 'button', class: 'lien', 'data-csv': 'rfc4180', onclick: (e) => telechargerCsv(table, nom, 'rfc4180', e.target) },
      'CSV standard')])]);
}

// "1 234,5" (French, with narrow or non-breaking spaces) or "93 %" -> 1234.5 / 93; else NaN.
function nombreLu(texte) {
  const t = texte.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

function trier(table, colonne) {
  const ths = table.tHead.rows[0].cells;
  const croissant = ths[colonne].getAttribute('aria-sort') !== 'ascending';
  Array.prototype.forEach.call(ths, (th) => th.setAttribute('aria-sort', 'none'));
  ths[colonne].setAttribute('aria-sort', croissant ? 'ascending' : 'descending');
  const corps = table.tBodies[0];
  const lignes = Array.from(corps.rows);
  const cle = (r) => r.cells[colonne]._brut;
  // In a column of numbers, cells that are not ("non documenté", "—") stay at the end.
  const numerique = lignes.some((r) => typeof cle(r) === 'number');
  lignes.sort((a, b) => {
    const x = cle(a);
    const y = cle(b);
    if (numerique && (typeof x === 'number') !== (typeof y === 'number')) { return typeof x === 'number' ? -1 : 1; }
    const ordre = (typeof x === 'number' && typeof y === 'number') ? x - y
      : String(x).localeCompare(String(y), 'fr', { numeric: true, sensitivity: 'base' });
    return croissant ? ordre : -ordre;
  });
  lignes.forEach((r) => corps.appendChild(r));
}

function telechargerCsv(table, nom, dialecte, bouton) {
  const entete = Array.from(table.tHead.rows[0].cells).map((th) => th.textContent.trim());
  const lignes = Array.from(table.tBodies[0].rows).map((r) => Array.from(r.cells).map((c) =>
    (typeof c._brut === 'number') ? c._brut : c.textContent.replace(/\s+/g, ' ').trim()));
  const blob = new Blob([ecrireCsv(entete, lignes, dialecte)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: nom + '.csv', hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  bouton.setAttribute('data-export', url);
  setTimeout(() => URL.revokeObjectURL(url), 60000);
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
