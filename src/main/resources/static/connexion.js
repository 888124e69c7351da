// The login page: posts the form with the CSRF token of the XSRF-TOKEN cookie in the
// X-XSRF-TOKEN header (as every write of the dashboard does), then goes back to the page
// the user came from. Messages go into the DOM through textContent only.

const form = document.getElementById('formulaire-connexion');
const message = document.getElementById('message');
const disabled = document.getElementById('desactive');
const button = document.getElementById('se-connecter');

/** The CSRF token the service put in its cookie (null before the first response). */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/** Only a path on this site: never another host. */
function target() {
  const wanted = new URLSearchParams(window.location.search).get('continuer');
  return wanted && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : './';
}

function show(text) {
  message.textContent = text;
  message.hidden = false;
}

async function session() {
  const response = await fetch('api/session', { headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.hidden = true;
  if (!form.username.value || !form.password.value) {
    show('Indiquez votre identifiant et votre mot de passe.');
    return;
  }
  button.disabled = true;
  try {
    if (!csrfToken()) {
      await session();
    }
    const response = await fetch('connexion', {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() || '' },
      body: new URLSearchParams(new FormData(form)),
    });
    if (response.ok) {
      window.location.assign(target());
      return;
    }
    show(response.status === 401
      ? 'Identifiant ou mot de passe incorrect.'
      : 'La connexion a échoué (' + response.status + '). Rechargez la page et réessayez.');
  } catch (error) {
    show('Le service ne répond pas : ' + error.message);
  } finally {
    button.disabled = false;
  }
});

session().then((state) => {
  if (state && !state.ecrituresActivees) {
    disabled.textContent = state.commentActiver;
    disabled.hidden = false;
  } else if (state && state.connecte) {
    show('Vous êtes déjà connecté·e en tant que ' + (state.nom || state.utilisateur) + '.');
  }
  if (new URLSearchParams(window.location.search).has('erreur')) {
    show('Identifiant ou mot de passe incorrect.');
  }
});
