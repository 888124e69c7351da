// Calls to the JSON API. Errors come back as problem details (RFC 9457): the thrown
// Error's message is their French title and detail.

function lireReponse(reponse, chemin) {
  return reponse.text().then((texte) => {
    let corps = null;
    try { corps = texte ? JSON.parse(texte) : null; } catch (e) { corps = null; }
    if (!reponse.ok) {
      throw new Error(corps && (corps.detail || corps.title)
        ? (corps.title ? corps.title + ' : ' : '') + (corps.detail || '')
        : 'Erreur ' + reponse.status + ' sur ' + chemin);
    }
    return corps;
  });
}

// 'chemin?params' relative to api/, empty parameters left out.
export function urlApi(chemin, params) {
  const q = new URLSearchParams();
  Object.keys(params || {}).forEach((k) => {
    if (params[k] !== null && params[k] !== undefined && params[k] !== '') { q.set(k, params[k]); }
  });
  const qs = q.toString();
  return 'api/' + chemin + (qs ? '?' + qs : '');
}

// GET api/{chemin}?{params} as JSON.
export function api(chemin, params) {
  return fetch(urlApi(chemin, params), { headers: { Accept: 'application/json' } })
    .then((reponse) => lireReponse(reponse, chemin));
}

// A write (POST, PUT, DELETE…) with a JSON body, or a FormData as it is. It sends the
// CSRF token of the XSRF-TOKEN cookie as the X-XSRF-TOKEN header, as Spring Security expects.
export function envoyer(methode, chemin, corps) {
  const entetes = { Accept: 'application/json' };
  const jeton = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  if (jeton) { entetes['X-XSRF-TOKEN'] = decodeURIComponent(jeton.substring('XSRF-TOKEN='.length)); }
  let body = corps;
  if (corps !== undefined && corps !== null && !(corps instanceof FormData)) {
    entetes['Content-Type'] = 'application/json';
    body = JSON.stringify(corps);
  }
  return fetch('api/' + chemin, { method: methode, headers: entetes, body: body, credentials: 'same-origin' })
    .then((reponse) => lireReponse(reponse, chemin));
}

// GET api/{chemin}?{params} as JSON, following a background computation: when the server
// answers 202 with a Location (the heavy metrics of a very large network are computed as a
// job), polls that job every second, hands each of its states to progression(job) (French
// status, progress from 0 to 1, step) and, once it is done, asks again for the answer.
// Polling stops, leaving the promise pending, as soon as arreter() returns true (the user
// left the page).
export function apiSuivie(chemin, params, progression, arreter) {
  const url = urlApi(chemin, params);
  const demander = () => fetch(url, { headers: { Accept: 'application/json' } }).then((reponse) => {
    if (reponse.status !== 202 || !reponse.headers.get('Location')) { return lireReponse(reponse, chemin); }
    const suivi = reponse.headers.get('Location');
    return lireReponse(reponse, chemin).then((tache) => suivre(suivi, tache));
  });
  const suivre = (suivi, tache) => {
    progression(tache);
    if (tache.state === 'failed') {
      throw new Error(tache.error || 'Le calcul en arrière-plan a échoué.');
    }
    if (tache.state === 'done') { return demander(); }
    return new Promise((ok) => setTimeout(ok, 1000)).then(() => {
      if (arreter && arreter()) { return new Promise(() => {}); }
      return fetch(suivi, { headers: { Accept: 'application/json' } })
        .then((reponse) => lireReponse(reponse, suivi))
        .then((suivante) => suivre(suivi, suivante));
    });
  };
  return demander();
}
