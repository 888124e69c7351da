// "Ajouter des documents": drop or pick .txt, .md, .pdf, .html or .csv files; each is sent on its
// own (POST /api/uploads), refused at once with the French reason, or stored and loaded in
// the background: its line shows reçu, lu, extrait, chargé (or the error), then the lines
// and the summary the command line prints.
import { el } from '../dom.js';
import { api, envoyer } from '../api.js';
import { titre } from '../composants.js';
import { session, peutCorriger, messageSansDroit } from '../session.js';
import { quandOnQuitte } from '../routeur.js';

const ETATS = ['reçu', 'lu', 'extrait', 'chargé'];

export function vueAjouter() {
  return session().then((s) => {
    const entete = titre('Ajouter des documents', 'Comptes rendus, résumés annuels, fiches projet, articles, pages web (.txt, .md, .pdf, .html) '
      + 'et feuilles de présence (.csv). Chaque fichier est vérifié, enregistré dans le dossier des documents, puis chargé.');
    if (!peutCorriger(s)) { return [entete, messageSansDroit(s)]; }
    const suivis = el('ol', { id: 'depots', class: 'depots', 'aria-live': 'polite' });
    const remplacer = el('input', { type: 'checkbox', id: 'remplacer', name: 'remplacer' });
    const choix = el('input', { type: 'file', id: 'fichiers', name: 'fichiers', multiple: true, accept: '.txt,.md,.pdf,.html,.htm,.csv' });
    let actif = true;
    quandOnQuitte(() => { actif = false; });
    const envoyerTout = (fichiers) => {
      Array.prototype.forEach.call(fichiers, (f) => deposer(f, remplacer.checked, suivis, () => actif));
    };
    choix.addEventListener('change', () => { envoyerTout(choix.files); choix.value = ''; });
    const zone = el('div', { class: 'zone-depot', id: 'zone-depot', tabindex: '0', role: 'button',
      'aria-describedby': 'aide-depot',
      ondragover: (e) => { e.preventDefault(); zone.classList.add('survol'); },
      ondragleave: () => zone.classList.remove('survol'),
      ondrop: (e) => { e.preventDefault(); zone.classList.remove('survol'); envoyerTout(e.dataTransfer.files); },
      onclick: () => choix.click(),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choix.click(); } }
    }, [el('strong', { text: 'Déposez vos fichiers ici' }), el('br'), el('span', { id: 'aide-depot',
      text: 'ou cliquez pour les choisir (plusieurs à la fois). Types acceptés : .txt, .md, .pdf, .html, .csv.' })]);
    return [entete, zone,
      el('p', { class: 'controles' }, [el('label', { for: 'fichiers', text: 'Choisir des fichiers' }), choix]),
      el('p', { class: 'controles' }, [remplacer, el('label', { for: 'remplacer',
        text: ' Remplacer un fichier de même nom (nouvelle version d’un document déjà chargé)' })]),
      el('h2', { text: 'Fichiers envoyés' }), suivis];
  });
}

function deposer(fichier, remplacer, suivis, actif) {
  const etat = el('span', { class: 'etat-depot', text: 'envoi…' });
  const details = el('div', { class: 'details-depot' });
  const ligne = el('li', { class: 'depot', 'data-fichier': fichier.name }, [el('strong', { text: fichier.name }), ' — ', etat, details]);
  suivis.prepend(ligne);
  const donnees = new FormData();
  donnees.append('fichiers', fichier, fichier.name);
  envoyer('POST', 'uploads' + (remplacer ? '?remplacer=true' : ''), donnees).then((travaux) => {
    suivre(travaux[0].id, ligne, etat, details, actif);
  }).catch((erreur) => {
    ligne.setAttribute('data-etat', 'refusé');
    etat.textContent = 'refusé';
    details.replaceChildren(el('p', { class: 'erreur', role: 'alert', text: erreur.message + ' Rien n’a été enregistré.' }));
  });
}

function suivre(id, ligne, etat, details, actif) {
  api('uploads/' + encodeURIComponent(id)).then((t) => {
    ligne.setAttribute('data-etat', t.etat);
    etat.textContent = t.etat;
    // replaceChildren would show a null as the text "null": keep only what is there.
    details.replaceChildren(...[el('ol', { class: 'etapes', 'aria-label': 'Étapes' }, ETATS.map((e, i) =>
      el('li', { class: 'etape' + (ETATS.indexOf(t.etat) >= i ? ' faite' : ''), text: e }))),
    t.erreur ? el('p', { class: 'erreur', role: 'alert', text: t.erreur }) : null,
    t.lignes && t.lignes.length ? el('pre', { class: 'lignes-chargement', text: t.lignes.join('\n') }) : null,
    t.resume ? el('p', { class: 'resume', text: 'Bilan : ' + t.resume }) : null].filter(Boolean));
    if (!t.termine && actif()) { setTimeout(() => suivre(id, ligne, etat, details, actif), 500); }
  }).catch((erreur) => {
    details.replaceChildren(el('p', { class: 'erreur', text: erreur.message }));
  });
}
