// The coordinators' dashboard, entry module (index.html loads it as type="module"):
// reads which years the documents cover, then starts the router over the pages of pages.js.
import { el } from './dom.js';
import { api } from './api.js';
import { etat } from './etat.js';
import { demarrerRouteur } from './routeur.js';
import { adresse } from './liens.js';
import './pages.js';

Promise.all([api('documents'), api('trends/meetings'), api('trends/membership'), api('coverage')]).then((r) => {
  const vues = {};
  r[3].forEach((c) => { etat.couverture[c.year] = c; if (c.documented) { vues[c.year] = true; } });
  r[0].forEach((d) => { etat.documents[d.id] = d; });
  r[1].forEach((y) => { vues[y.year] = true; });
  r[2].forEach((y) => { vues[y.year] = true; });
  etat.anneesAvecDonnees = vues;
  // The range runs from the first to the last year of the coverage (or of the documents'
  // years, which may evoke a year no document is about): every year in between is shown,
  // documented or not.
  const bornes = Object.keys(vues).map(Number).concat(r[3].map((c) => c.year));
  r[0].forEach((d) => { (d.years || []).concat(d.year ? [d.year] : []).forEach((y) => bornes.push(y)); });
  const connues = bornes.filter((y) => y >= 1900 && y <= 2100);
  const min = connues.length ? Math.min(...connues) : new Date().getFullYear();
  const max = connues.length ? Math.max(...connues) : min;
  for (let y = min; y <= max; y++) { etat.annees.push(y); }
  document.getElementById('recherche-globale').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = e.target.elements.q.value.trim();
    location.hash = adresse('recherche', { q: q });
  });
  demarrerRouteur();
}).catch((e) => {
  document.getElementById('contenu').replaceChildren(el('h1', { text: 'Service indisponible' }),
    el('div', { class: 'erreur', role: 'alert', text: 'Les données n’ont pas pu être chargées : ' + e.message }));
});
