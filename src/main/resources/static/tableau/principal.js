// The coordinators' dashboard, entry module (index.html loads it as type="module"):
// reads which years the documents cover, then starts the router over the pages of pages.js.
import { el } from './dom.js';
import { api } from './api.js';
import { etat } from './etat.js';
import { demarrerRouteur } from './routeur.js';
import './pages.js';

Promise.all([api('documents'), api('trends/meetings'), api('trends/membership')]).then((r) => {
  const vues = {};
  r[0].forEach((d) => { etat.documents[d.id] = d; });
  r[0].forEach((d) => { (d.years || []).concat(d.year ? [d.year] : []).forEach((y) => { vues[y] = true; }); });
  r[1].forEach((y) => { vues[y.year] = true; });
  r[2].forEach((y) => { vues[y.year] = true; });
  etat.anneesAvecDonnees = vues;
  const connues = Object.keys(vues).map(Number).filter((y) => y >= 1900 && y <= 2100);
  const min = connues.length ? Math.min(...connues) : new Date().getFullYear();
  const max = connues.length ? Math.max(...connues) : min;
  for (let y = min; y <= max; y++) { etat.annees.push(y); }
  demarrerRouteur();
}).catch((e) => {
  document.getElementById('contenu').replaceChildren(el('h1', { text: 'Service indisponible' }),
    el('div', { class: 'erreur', role: 'alert', text: 'Les données n’ont pas pu être chargées : ' + e.message }));
});
