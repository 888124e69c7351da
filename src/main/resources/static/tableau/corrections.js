// The buttons that record a correction (POST /api/curation/corrections), shared by the
// review queue and the person and metropolis pages. An action is
//   { action, label, fields: {…known fields}, ask: { field: [choices] } }
// A click opens a small form: the fields to fill in (a list when there are choices,
// check boxes for several spellings), the reason ("Pourquoi ?"), Valider / Annuler. The
// answer is shown in French; a 409 (someone acted meanwhile) shows who and what.
import { el } from './dom.js';
import { envoyer } from './api.js';

const LIBELLES_CHAMPS = {
  value: 'Nouvelle valeur', name: 'Nom', entity: 'Entité', field: 'Valeur à corriger',
  spellings: 'Graphies', others: 'Autre personne (son nom tel que le tableau l’affiche, ou son identifiant)', why: 'Pourquoi ? (facultatif)'
};

let compteur = 0;

// A person's id from the name the dashboard shows (the service's slug: no accents, lower
// case, dashes); an id typed as such stays the same.
function identifiant(texte) {
  return texte.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/œ/g, 'o').replace(/æ/g, 'a').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// One action as a button that opens its form. contexte: { revision, items }; apres(resultat)
// runs after a success (typically: show the page again).
export function boutonAction(action, contexte, apres) {
  const bloc = el('div', { class: 'action-correction', 'data-action': action.action });
  const bouton = el('button', { type: 'button', class: 'bouton-action', text: action.label,
    onclick: () => { bouton.hidden = true; bloc.appendChild(formulaire(action, contexte, apres, () => { bouton.hidden = false; })); } });
  bloc.appendChild(bouton);
  return bloc;
}

function champ(nom, choix, multiple) {
  const id = 'champ-correction-' + (++compteur);
  const libelle = el('label', { for: id, text: LIBELLES_CHAMPS[nom] || nom });
  if (choix && choix.length && multiple) {
    return el('fieldset', { class: 'choix-multiples' }, [el('legend', { text: LIBELLES_CHAMPS[nom] || nom }),
      choix.map((c, i) => el('label', null, [el('input', { type: 'checkbox', name: nom, value: c.value, id: id + '-' + i }), ' ', c.label]))]);
  }
  if (choix && choix.length) {
    return el('p', null, [libelle, ' ', el('select', { id: id, name: nom },
      choix.map((c) => el('option', { value: c.value, text: c.label })))]);
  }
  return el('p', null, [libelle, ' ', el('input', { id: id, name: nom, type: 'text', required: nom !== 'why' })]);
}

function formulaire(action, contexte, apres, fermer) {
  const demandes = Object.keys(action.ask || {});
  const message = el('p', { class: 'resultat-correction', role: 'status' });
  const form = el('form', { class: 'formulaire-correction', onsubmit: (e) => {
    e.preventDefault();
    const corps = Object.assign({}, action.fields, { action: action.action });
    demandes.forEach((nom) => {
      const cases = form.querySelectorAll('input[type=checkbox][name="' + nom + '"]');
      if (cases.length) {
        corps[nom] = Array.prototype.filter.call(cases, (c) => c.checked).map((c) => c.value);
      } else if (nom === 'others') {
        corps[nom] = [identifiant(form.elements[nom].value)];
      } else if (nom === 'spellings') {
        corps[nom] = [form.elements[nom].value.trim()];
      } else {
        corps[nom] = form.elements[nom].value.trim();
      }
    });
    corps.why = form.elements.why.value.trim();
    if (contexte && contexte.revision !== undefined && contexte.revision !== null) { corps.revision = contexte.revision; }
    if (contexte && contexte.items) { corps.items = contexte.items; }
    const valider = form.querySelector('button[type=submit]');
    valider.disabled = true;
    message.className = 'resultat-correction';
    message.textContent = 'Enregistrement et application de la correction…';
    envoyer('POST', 'curation/corrections', corps).then((resultat) => {
      message.textContent = resultat.applied ? 'Correction enregistrée et appliquée.'
        : 'Correction enregistrée, mais elle ne correspond à rien dans les documents chargés.';
      if (apres) { apres(resultat); }
    }).catch((erreur) => {
      valider.disabled = false;
      message.className = 'resultat-correction erreur';
      message.textContent = erreur.message;
    });
  } }, [
    demandes.map((nom) => champ(nom, action.ask[nom], nom === 'spellings')),
    champ('why'),
    el('p', { class: 'boutons' }, [el('button', { type: 'submit', text: 'Valider' }), ' ',
      el('button', { type: 'button', text: 'Annuler', onclick: () => { form.remove(); fermer(); } })]),
    message
  ]);
  return form;
}

// Undoes a correction (history page). apres() runs after a success.
export function boutonAnnuler(entree, apres) {
  const message = el('span', { class: 'resultat-correction', role: 'status' });
  const bouton = el('button', { type: 'button', class: 'bouton-annuler', 'data-correction': entree.id, text: 'Annuler',
    onclick: () => {
      bouton.disabled = true;
      message.textContent = ' Annulation…';
      envoyer('POST', 'curation/corrections/' + encodeURIComponent(entree.id) + '/undo', {}).then(() => {
        message.textContent = ' Annulée.';
        if (apres) { apres(); }
      }).catch((erreur) => {
        bouton.disabled = false;
        message.className = 'resultat-correction erreur';
        message.textContent = ' ' + erreur.message;
      });
    } });
  return el('span', null, [bouton, message]);
}
