// The dashboard's hash router: #/route/id?de=…&a=…&other=params.
//
// HOW TO ADD A PAGE
//   1. Write one module under pages/ that exports its view, a function
//        vue(id, params, segments) -> nodes | Promise<nodes>
//      where id is the second path segment (#/route/id), params the URLSearchParams of the
//      hash and segments every path segment. Build the page with el() and tableau() from
//      dom.js (textContent only, never innerHTML; listeners through el's on… keys, never
//      on…= attributes or inline scripts: the pages are served with script-src 'self').
//      Read data with api() from api.js; write with envoyer() (it sends the CSRF token).
//      The page's <h1> becomes the document title. Throwing (or rejecting) shows the
//      error's message, in French, in place of the page.
//   2. Register it with one line in pages.js:
//        route('a-verifier', vueAVerifier, { menu: 'À vérifier' });
//      menu: the label in the main menu (left out: a page reached by links only). The menu
//      shows registered pages in registration order, before the link to the query page.
//      A view may call quandOnQuitte(fn) to release what it holds (a drawing, a timer)
//      when the user leaves the page.
//
// Every render sets data-page (the route, 'ensemble' for the overview) and data-rendu
// (a counter) on <main>, and removes aria-busy when done: the browser tests wait on them.
import { el, ajouter } from './dom.js';
import { etat } from './etat.js';
import { adresse } from './liens.js';

const ROUTES = {};
const MENU = [];
let rendu = 0;
let nettoyages = [];

export function route(nom, vue, options) {
  if (Object.prototype.hasOwnProperty.call(ROUTES, nom)) { throw new Error('Route déclarée deux fois : ' + nom); }
  ROUTES[nom] = vue;
  if (options && options.menu) { MENU.push({ nom: nom, libelle: options.menu }); }
}

// fn runs once, when the next page replaces the current one.
export function quandOnQuitte(fn) { nettoyages.push(fn); }

export function lireAdresse() {
  const brut = location.hash.replace(/^#\/?/, '');
  const i = brut.indexOf('?');
  const chemin = i >= 0 ? brut.substring(0, i) : brut;
  return {
    segments: chemin.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(i >= 0 ? brut.substring(i + 1) : '')
  };
}

function aller(adr) {
  location.hash = '#/' + adr.segments.map(encodeURIComponent).join('/') + '?' + adr.params.toString();
}

// Changes some parameters of the current address (null or '' removes one).
export function changerParams(modif) {
  const adr = lireAdresse();
  Object.keys(modif).forEach((k) => {
    if (modif[k] === null || modif[k] === '') { adr.params.delete(k); } else { adr.params.set(k, modif[k]); }
  });
  aller(adr);
}

function selecteurs() {
  return { de: document.getElementById('annee-de'), a: document.getElementById('annee-a') };
}

function fixerPeriode(params) {
  const annees = etat.annees;
  const min = annees[0];
  const max = annees[annees.length - 1];
  const de = parseInt(params.get('de'), 10);
  const a = parseInt(params.get('a'), 10);
  const p = etat.periode;
  p.de = (de >= min && de <= max) ? de : min;
  p.a = (a >= min && a <= max) ? a : max;
  if (p.de > p.a) { const t = p.de; p.de = p.a; p.a = t; }
  const s = selecteurs();
  s.de.value = String(p.de);
  s.a.value = String(p.a);
}

function changerPeriode(quel) {
  const s = selecteurs();
  let de = parseInt(s.de.value, 10);
  let a = parseInt(s.a.value, 10);
  if (de > a) { if (quel === 'de') { a = de; } else { de = a; } }
  const adr = lireAdresse();
  adr.params.set('de', de);
  adr.params.set('a', a);
  aller(adr);
}

function construireMenu(menu) {
  const fin = menu.firstElementChild;
  MENU.forEach((m) => {
    menu.insertBefore(el('li', null, el('a', { href: '#/' + m.nom, 'data-route': m.nom, text: m.libelle })), fin);
  });
}

function afficher(focus) {
  const contenu = document.getElementById('contenu');
  const menu = document.getElementById('menu');
  const adr = lireAdresse();
  fixerPeriode(adr.params);
  const nom = adr.segments[0] || '';
  menu.querySelectorAll('a[data-route]').forEach((a) => {
    const r = a.getAttribute('data-route');
    a.setAttribute('href', adresse(r));
    if (r === nom) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
  });
  const anciens = nettoyages;
  nettoyages = [];
  anciens.forEach((fn) => { try { fn(); } catch (e) { /* the page is gone anyway */ } });
  const vue = Object.prototype.hasOwnProperty.call(ROUTES, nom) ? ROUTES[nom] : null;
  const numero = ++rendu;
  contenu.setAttribute('aria-busy', 'true');
  contenu.replaceChildren(el('p', { class: 'chargement', text: 'Chargement…' }));
  const promesse = vue ? Promise.resolve().then(() => vue(adr.segments[1], adr.params, adr.segments))
    : Promise.reject(new Error('Page inconnue : « ' + nom + ' ».'));
  promesse.then((noeuds) => {
    if (numero !== rendu) { return; }
    const fragment = document.createDocumentFragment();
    ajouter(fragment, noeuds);
    contenu.replaceChildren(fragment);
    const h1 = contenu.querySelector('h1');
    document.title = (h1 ? h1.textContent + ' — ' : '') + 'Metrograph';
  }).catch((e) => {
    if (numero !== rendu) { return; }
    contenu.replaceChildren(el('h1', { text: 'Erreur' }), el('div', { class: 'erreur', role: 'alert', text: e.message }));
  }).then(() => {
    if (numero !== rendu) { return; }
    contenu.removeAttribute('aria-busy');
    contenu.setAttribute('data-page', nom || 'ensemble');
    contenu.setAttribute('data-rendu', String(numero));
    if (focus) { contenu.focus(); }
  });
}

// Starts routing once etat.annees is known: fills the year selectors and the menu,
// follows hash changes and shows the current page.
export function demarrerRouteur() {
  const s = selecteurs();
  [s.de, s.a].forEach((sel) => {
    sel.replaceChildren(...etat.annees.map((y) => el('option', { value: y, text: String(y) })));
  });
  s.de.addEventListener('change', () => changerPeriode('de'));
  s.a.addEventListener('change', () => changerPeriode('a'));
  document.getElementById('periode').addEventListener('submit', (e) => e.preventDefault());
  construireMenu(document.getElementById('menu'));
  window.addEventListener('hashchange', () => afficher(true));
  afficher(false);
}

// Shows the current page again (after a correction changed what it shows).
export function reafficher() { afficher(false); }
