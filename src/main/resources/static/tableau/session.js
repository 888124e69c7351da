// Who is logged in (GET /api/session, read once per page load), and the login area of the
// header: the user's name and "Se déconnecter", or "Se connecter", or, when no account is
// configured, "Modifications désactivées" with how to turn them on.
import { el } from './dom.js';
import { envoyer } from './api.js';

let promesse = null;

// The session: { connecte, utilisateur, nom, roles, ecrituresActivees, lecturesOuvertes, commentActiver }.
export function session() {
  if (!promesse) {
    promesse = fetch('api/session', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { connecte: false, roles: [], ecrituresActivees: false }))
      .catch(() => ({ connecte: false, roles: [], ecrituresActivees: false }));
  }
  return promesse;
}

// Whether the current user may upload and correct.
export function peutCorriger(s) {
  return Boolean(s && s.connecte && (s.roles || []).indexOf('coordinateur') >= 0);
}

// The login page, coming back to the current page afterwards.
export function adresseConnexion() {
  return 'connexion.html?continuer=' + encodeURIComponent('/' + location.hash);
}

// What a page shows instead of its actions when the user may not write.
export function messageSansDroit(s) {
  if (!s.ecrituresActivees) {
    return el('p', { class: 'avertissement', 'data-ecritures': 'desactivees', text: s.commentActiver });
  }
  if (!s.connecte) {
    return el('p', { class: 'avertissement' }, ['Pour modifier, ',
      el('a', { href: adresseConnexion(), text: 'connectez-vous' }), ' avec un compte de coordination.']);
  }
  return el('p', { class: 'avertissement', text: 'Votre compte n’a pas le rôle « coordinateur » : vous pouvez consulter, pas modifier.' });
}

function zone(s) {
  if (!s.ecrituresActivees) {
    return el('p', { class: 'session', title: s.commentActiver, text: 'Modifications désactivées' });
  }
  if (!s.connecte) {
    return el('p', { class: 'session' }, el('a', { id: 'lien-connexion', href: adresseConnexion(), text: 'Se connecter' }));
  }
  return el('p', { class: 'session' }, [el('span', { id: 'utilisateur', text: s.nom || s.utilisateur }), ' · ',
    el('button', { type: 'button', class: 'lien', id: 'se-deconnecter', text: 'Se déconnecter', onclick: () => {
      fetch('deconnexion', { method: 'POST', headers: { 'X-XSRF-TOKEN': jeton() } })
        .finally(() => location.reload());
    } })]);
}

function jeton() {
  const c = document.cookie.split('; ').find((x) => x.startsWith('XSRF-TOKEN='));
  return c ? decodeURIComponent(c.substring('XSRF-TOKEN='.length)) : '';
}

// Puts the login area into the header, once.
export function installerSession() {
  const haut = document.querySelector('.bandeau-haut');
  if (!haut || haut.querySelector('.session')) { return; }
  session().then((s) => haut.appendChild(zone(s)));
}

// Re-exported for the pages that write: the dashboard's write helper (sends the CSRF token).
export { envoyer };
