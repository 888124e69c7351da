// The query page: lists the saved research queries, builds a form for their parameters,
// runs a saved or ad-hoc query as JSON (table), and shows problem details. The two CSV links
// (French spreadsheet: semicolons and a byte order mark; or RFC 4180) are the server's own
// CSV: for a saved query, plain links to api/queries/NAME.csv with its parameters, kept up to
// date as the form changes; for an ad-hoc query (sent by POST), a click downloads the answer.
(function () {
  'use strict';

  var choix = document.getElementById('choix-requete');
  var description = document.getElementById('description-requete');
  var formulaire = document.getElementById('parametres');
  var cypher = document.getElementById('cypher');
  var paramsJson = document.getElementById('params-json');
  var erreur = document.getElementById('erreur');
  var etat = document.getElementById('etat');
  var resume = document.getElementById('resume');
  var table = document.getElementById('table');
  var boutons = [document.getElementById('executer')];
  var liensCsv = { tableur: document.getElementById('csv-tableur'), rfc4180: document.getElementById('csv-rfc4180') };
  var requetes = {};

  var typesFrancais = { STRING: 'texte', INTEGER: 'nombre entier', FLOAT: 'nombre décimal', BOOLEAN: 'vrai ou faux' };

  function afficherErreur(message) {
    erreur.textContent = message;
    erreur.hidden = !message;
  }

  function chargerBibliotheque() {
    fetch('api/queries', { headers: { Accept: 'application/json' } })
      .then(lireJson)
      .then(function (liste) {
        liste.forEach(function (requete) {
          requetes[requete.name] = requete;
          var option = document.createElement('option');
          option.value = requete.name;
          option.textContent = requete.title;
          choix.appendChild(option);
        });
      })
      .catch(function (e) { afficherErreur(e.message); });
  }

  function choisir() {
    var requete = requetes[choix.value];
    formulaire.innerHTML = '';
    if (!requete) {
      description.textContent = '';
      cypher.readOnly = false;
      paramsJson.disabled = false;
      return;
    }
    description.textContent = requete.description;
    cypher.value = requete.cypher;
    cypher.readOnly = true;
    paramsJson.disabled = true;
    requete.parameters.forEach(function (parametre) {
      var label = document.createElement('label');
      var champ = document.createElement('input');
      champ.name = parametre.name;
      champ.id = 'param-' + parametre.name;
      label.htmlFor = champ.id;
      label.textContent = parametre.name + (parametre.required ? ' *' : '');
      champ.type = (parametre.type === 'INTEGER' || parametre.type === 'FLOAT') ? 'number' : 'text';
      if (parametre.type === 'FLOAT') { champ.step = 'any'; }
      champ.required = parametre.required;
      if (parametre.defaultValue !== undefined && parametre.defaultValue !== null) {
        champ.value = parametre.defaultValue;
      }
      var aide = document.createElement('small');
      aide.textContent = parametre.description + ' (' + typesFrancais[parametre.type] + ')';
      var bloc = document.createElement('div');
      bloc.appendChild(label);
      bloc.appendChild(champ);
      bloc.appendChild(aide);
      formulaire.appendChild(bloc);
    });
  }

  function lireJson(reponse) {
    return reponse.text().then(function (texte) {
      var corps = null;
      try { corps = texte ? JSON.parse(texte) : null; } catch (e) { corps = null; }
      if (!reponse.ok) { throw new Error(messageErreur(reponse, corps, texte)); }
      return corps;
    });
  }

  function messageErreur(reponse, corps, texte) {
    if (corps && (corps.detail || corps.title)) {
      return (corps.title ? corps.title + ' : ' : '') + (corps.detail || '');
    }
    return 'Erreur ' + reponse.status + (texte ? ' : ' + texte : '');
  }

  // The saved query's parameters as filled in the form.
  function parametresDuFormulaire() {
    var query = new URLSearchParams();
    Array.prototype.forEach.call(formulaire.elements, function (champ) {
      if (champ.name && champ.value !== '') { query.append(champ.name, champ.value); }
    });
    return query;
  }

  // The CSV links of a saved query: GET api/queries/NAME.csv?…&dialecte=…
  function majLiensCsv() {
    var requete = requetes[choix.value];
    Object.keys(liensCsv).forEach(function (dialecte) {
      var lien = liensCsv[dialecte];
      if (!requete) {
        lien.href = 'api/cypher';
        lien.download = 'requete.csv';
        return;
      }
      var query = parametresDuFormulaire();
      query.set('dialecte', dialecte);
      lien.href = 'api/queries/' + encodeURIComponent(requete.name) + '.csv?' + query.toString();
      lien.download = requete.name + '.csv';
    });
  }

  function requeteHttp(format, dialecte) {
    var accept = format === 'csv' ? 'text/csv' : 'application/json';
    var requete = requetes[choix.value];
    if (requete) {
      var qs = parametresDuFormulaire().toString();
      return fetch('api/queries/' + encodeURIComponent(requete.name) + (qs ? '?' + qs : ''),
        { headers: { Accept: accept } });
    }
    var params;
    try {
      params = paramsJson.value.trim() ? JSON.parse(paramsJson.value) : {};
    } catch (e) {
      return Promise.reject(new Error('Les paramètres ne sont pas un objet JSON valide : ' + e.message));
    }
    return fetch('api/cypher' + (dialecte ? '?dialecte=' + dialecte : ''), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: JSON.stringify({ query: cypher.value, params: params })
    });
  }

  function occupe(oui, message) {
    boutons.forEach(function (b) { b.disabled = oui; });
    Object.keys(liensCsv).forEach(function (d) { liensCsv[d].setAttribute('aria-disabled', String(oui)); });
    etat.textContent = message || '';
  }

  function executer() {
    afficherErreur('');
    occupe(true, 'Exécution…');
    requeteHttp('json')
      .then(lireJson)
      .then(function (resultat) {
        afficherTable(resultat);
        occupe(false, '');
      })
      .catch(function (e) {
        afficherErreur(e.message);
        occupe(false, '');
      });
  }

  // A saved query's link downloads by itself; an ad-hoc query is sent by POST and its
  // answer saved from here.
  function telecharger(dialecte, evenement) {
    if (requetes[choix.value]) { return; }
    evenement.preventDefault();
    afficherErreur('');
    occupe(true, 'Préparation du CSV…');
    requeteHttp('csv', dialecte)
      .then(function (reponse) {
        if (!reponse.ok) { return lireJson(reponse); }
        return reponse.blob().then(function (blob) {
          var lien = document.createElement('a');
          lien.href = URL.createObjectURL(blob);
          lien.download = (choix.value || 'requete') + '.csv';
          document.body.appendChild(lien);
          lien.click();
          lien.remove();
          URL.revokeObjectURL(lien.href);
        });
      })
      .then(function () { occupe(false, ''); })
      .catch(function (e) {
        afficherErreur(e.message);
        occupe(false, '');
      });
  }

  function texteCellule(valeur) {
    if (valeur === null || valeur === undefined) { return ''; }
    if (Array.isArray(valeur)) { return valeur.map(texteCellule).join(valeur.some(estEntite) ? ' → ' : ', '); }
    if (typeof valeur === 'object') {
      if (valeur._type === 'node') {
        var p = valeur.properties || {};
        return '(' + valeur.labels.join(':') + ' ' + (p.name || p.title || p.id || valeur.id) + ')';
      }
      if (valeur._type === 'relationship') { return '[:' + valeur.type + ']'; }
      return JSON.stringify(valeur);
    }
    return String(valeur);
  }

  function estEntite(v) { return v && typeof v === 'object' && (v._type === 'node' || v._type === 'relationship'); }

  function afficherTable(resultat) {
    table.innerHTML = '';
    var entete = table.createTHead().insertRow();
    resultat.columns.forEach(function (colonne) {
      var th = document.createElement('th');
      th.textContent = colonne;
      entete.appendChild(th);
    });
    var corps = table.createTBody();
    resultat.rows.forEach(function (ligne) {
      var tr = corps.insertRow();
      ligne.forEach(function (valeur) {
        var td = tr.insertCell();
        td.textContent = texteCellule(valeur);
        if (typeof valeur === 'number') { td.className = 'nombre'; }
      });
    });
    var n = resultat.rows.length;
    resume.textContent = n + (n > 1 ? ' lignes' : ' ligne') + ' en ' + resultat.elapsedMs + ' ms'
      + (resultat.truncated ? ' — résultat tronqué : seules les ' + n + ' premières lignes sont affichées.' : '.');
  }

  choix.addEventListener('change', function () { choisir(); majLiensCsv(); });
  formulaire.addEventListener('input', majLiensCsv);
  document.getElementById('executer').addEventListener('click', executer);
  Object.keys(liensCsv).forEach(function (dialecte) {
    liensCsv[dialecte].addEventListener('click', function (e) { telecharger(dialecte, e); });
  });
  chargerBibliotheque();
})();
