// The coordinators' dashboard: a small hash router (#/route/id?de=…&a=…) over the JSON API.
// Every piece of data goes into the DOM through textContent or attributes (never innerHTML),
// so names and quoted passages from the documents cannot inject markup.
(function () {
  'use strict';

  var contenu = document.getElementById('contenu');
  var choixDe = document.getElementById('annee-de');
  var choixA = document.getElementById('annee-a');
  var menu = document.getElementById('menu');
  var annees = [];
  var documentsConnus = {};
  var anneesAvecDonnees = {};
  var periode = { de: null, a: null };
  var rendu = 0;

  // ---- French labels for the API's codes -------------------------------------------------

  var LIBELLES = {
    format: { IN_PERSON: 'Présentiel', REMOTE: 'Distanciel', HYBRID: 'Hybride', UNKNOWN: 'Non précisé' },
    typeDocument: { annual_summary: 'Résumé annuel', meeting_report: 'Compte rendu de réunion',
      project_sheet: 'Fiche projet', prose: 'Texte (article, procès-verbal…)' },
    typeReunion: { meeting: 'Rencontre', session: 'Séance', experience_sharing: "Retour d'expérience",
      group_meeting: 'Réunion du groupe', seminar: 'Séminaire' },
    statut: { present: 'Présent·e', excused: 'Excusé·e' },
    qualite: { participant: 'Participant·e', organiser: 'Organisateur·rice', facilitator: 'Animateur·rice',
      speaker: 'Intervenant·e', accompanying: 'Accompagnant·e' },
    categorie: { elected: 'Élu·e', staff: 'Agent·e', other: 'Autre' },
    nature: { METROPOLE: 'Métropole', EPT: 'Établissement public territorial',
      METROPOLE_STATUT_PARTICULIER: 'Métropole à statut particulier' },
    conflit: { year_conflict: 'Année contradictoire', name_variant: 'Variante de nom' },
    groupe: { agents: 'Groupe des agent·es', elus: 'Groupe des élu·es' },
    role: { attendee: 'Participante', presenter: 'Présentatrice', host: 'Hôte' },
    etiquette: { Metropolis: 'Métropole', Organization: 'Organisme', Person: 'Personne', Meeting: 'Réunion',
      Theme: 'Thème', Group: 'Groupe', Role: 'Fonction', Document: 'Document' }
  };

  function libelle(table, code) {
    if (code === null || code === undefined || code === '') { return ''; }
    var t = LIBELLES[table];
    return (t && Object.prototype.hasOwnProperty.call(t, code)) ? t[code] : String(code);
  }

  // ---- DOM helpers ----------------------------------------------------------------------

  function el(tag, attrs, enfants) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { n.textContent = String(v); }
      else if (k === 'class') { n.className = v; }
      else if (k.indexOf('on') === 0) { n.addEventListener(k.substring(2), v); }
      else { n.setAttribute(k, v === true ? '' : String(v)); }
    });
    ajouter(n, enfants);
    return n;
  }

  function ajouter(parent, enfants) {
    if (enfants === null || enfants === undefined || enfants === false) { return; }
    if (Array.isArray(enfants)) { enfants.forEach(function (e) { ajouter(parent, e); }); return; }
    parent.appendChild(enfants instanceof Node ? enfants : document.createTextNode(String(enfants)));
  }

  function nombre(n, decimales) {
    if (n === null || n === undefined) { return ''; }
    return Number(n).toLocaleString('fr-FR', { maximumFractionDigits: decimales === undefined ? 2 : decimales });
  }

  function liste(valeurs) { return (valeurs || []).filter(function (v) { return v !== null && v !== ''; }).join(', '); }

  // A table with a caption, column headers (scope=col) and one row header per line.
  // colonnes: [{ titre, valeur: function (ligne) -> texte | Node | tableau, nombre: bool }]
  function tableau(legende, colonnes, lignes, vide) {
    if (!lignes || lignes.length === 0) {
      return el('p', { class: 'vide', text: vide || 'Aucune donnée pour la période choisie.' });
    }
    var entete = el('tr', null, colonnes.map(function (c) { return el('th', { scope: 'col', text: c.titre }); }));
    var corps = el('tbody', null, lignes.map(function (ligne) {
      return el('tr', null, colonnes.map(function (c, i) {
        return el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.nombre ? 'nombre' : null },
          c.valeur(ligne));
      }));
    }));
    return el('div', { class: 'tableau' },
      el('table', null, [el('caption', { text: legende }), el('thead', null, entete), corps]));
  }

  function citation(texte, lignes) {
    if (!texte) { return ''; }
    return el('span', { class: 'citation' }, [el('q', { text: texte }),
      lignes ? el('span', { class: 'lignes', text: ' (l. ' + lignes + ')' }) : null]);
  }

  function section(titre, enfants, id) {
    var idTitre = 'titre-' + (id || titre.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'));
    return el('section', { 'aria-labelledby': idTitre }, [el('h2', { id: idTitre, text: titre }), enfants]);
  }

  function definitions(paires) {
    return el('dl', { class: 'fiche' }, paires.filter(function (p) {
      return p[1] !== null && p[1] !== undefined && p[1] !== '' && !(Array.isArray(p[1]) && p[1].length === 0);
    }).map(function (p) { return [el('dt', { text: p[0] }), el('dd', null, p[1])]; }));
  }

  // ---- Routing and the year range -------------------------------------------------------

  function lireAdresse() {
    var brut = location.hash.replace(/^#\/?/, '');
    var i = brut.indexOf('?');
    var chemin = i >= 0 ? brut.substring(0, i) : brut;
    return {
      segments: chemin.split('/').filter(Boolean).map(decodeURIComponent),
      params: new URLSearchParams(i >= 0 ? brut.substring(i + 1) : '')
    };
  }

  // A link inside the dashboard that keeps the year range.
  function adresse(chemin, extra) {
    var q = new URLSearchParams();
    if (periode.de !== null) { q.set('de', periode.de); q.set('a', periode.a); }
    Object.keys(extra || {}).forEach(function (k) {
      if (extra[k] !== null && extra[k] !== undefined && extra[k] !== '') { q.set(k, extra[k]); }
    });
    return '#/' + chemin + '?' + q.toString();
  }

  function lien(chemin, texte, extra) { return el('a', { href: adresse(chemin, extra), text: texte }); }

  function lienMetropole(id, nom) { return id ? lien('metropoles/' + encodeURIComponent(id), nom || id) : (nom || ''); }

  function lienPersonne(id, nom) { return lien('personnes/' + encodeURIComponent(id), nom || id); }

  // A link to a document, named by its title and year when the caller gives no text.
  function lienDocument(id, titre) {
    if (!id) { return ''; }
    var d = documentsConnus[id];
    return lien('documents/' + encodeURIComponent(id), titre || (d ? d.title + (d.year ? ' (' + d.year + ')' : '') : id));
  }

  function dansPeriode(annee) {
    return annee === null || annee === undefined || (annee >= periode.de && annee <= periode.a);
  }

  function anneesPeriode() {
    var r = [];
    for (var y = periode.de; y <= periode.a; y++) { r.push(y); }
    return r;
  }

  function fixerPeriode(params) {
    var min = annees[0];
    var max = annees[annees.length - 1];
    var de = parseInt(params.get('de'), 10);
    var a = parseInt(params.get('a'), 10);
    periode.de = (de >= min && de <= max) ? de : min;
    periode.a = (a >= min && a <= max) ? a : max;
    if (periode.de > periode.a) { var t = periode.de; periode.de = periode.a; periode.a = t; }
    choixDe.value = String(periode.de);
    choixA.value = String(periode.a);
  }

  function changerPeriode(quel) {
    var de = parseInt(choixDe.value, 10);
    var a = parseInt(choixA.value, 10);
    if (de > a) { if (quel === 'de') { a = de; } else { de = a; } }
    var adr = lireAdresse();
    adr.params.set('de', de);
    adr.params.set('a', a);
    location.hash = '#/' + adr.segments.map(encodeURIComponent).join('/') + '?' + adr.params.toString();
  }

  function changerParams(modif) {
    var adr = lireAdresse();
    Object.keys(modif).forEach(function (k) {
      if (modif[k] === null || modif[k] === '') { adr.params.delete(k); } else { adr.params.set(k, modif[k]); }
    });
    location.hash = '#/' + adr.segments.map(encodeURIComponent).join('/') + '?' + adr.params.toString();
  }

  var ROUTES = {
    '': vueEnsemble,
    reunions: vueReunions,
    themes: vueThemes,
    reseau: vueReseau,
    metropoles: function (id, p) { return id ? vueMetropole(id) : vueMetropoles(p); },
    personnes: function (id, p) { return id ? vuePersonne(id) : vuePersonnes(p); },
    documents: function (id) { return id ? vueDocument(id) : vueDocuments(); },
    rapports: vueRapports
  };

  function afficher(focus) {
    var adr = lireAdresse();
    fixerPeriode(adr.params);
    var route = adr.segments[0] || '';
    Array.prototype.forEach.call(menu.querySelectorAll('a[data-route]'), function (a) {
      var r = a.getAttribute('data-route');
      a.setAttribute('href', adresse(r));
      if (r === route) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
    });
    var vue = ROUTES[route];
    var numero = ++rendu;
    contenu.setAttribute('aria-busy', 'true');
    contenu.replaceChildren(el('p', { class: 'chargement', text: 'Chargement…' }));
    var promesse = vue ? Promise.resolve().then(function () { return vue(adr.segments[1], adr.params); })
      : Promise.reject(new Error('Page inconnue : « ' + route + ' ».'));
    promesse.then(function (noeuds) {
      if (numero !== rendu) { return; }
      var fragment = document.createDocumentFragment();
      ajouter(fragment, noeuds);
      contenu.replaceChildren(fragment);
      var titre = contenu.querySelector('h1');
      document.title = (titre ? titre.textContent + ' — ' : '') + 'Metrograph';
    }).catch(function (e) {
      if (numero !== rendu) { return; }
      contenu.replaceChildren(el('h1', { text: 'Erreur' }), el('div', { class: 'erreur', role: 'alert', text: e.message }));
    }).then(function () {
      if (numero !== rendu) { return; }
      contenu.removeAttribute('aria-busy');
      contenu.setAttribute('data-page', route || 'ensemble');
      contenu.setAttribute('data-rendu', String(numero));
      if (focus) { contenu.focus(); }
    });
  }

  // ---- API --------------------------------------------------------------------------------

  function api(chemin, params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      if (params[k] !== null && params[k] !== undefined && params[k] !== '') { q.set(k, params[k]); }
    });
    var qs = q.toString();
    return fetch('api/' + chemin + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } })
      .then(function (reponse) {
        return reponse.text().then(function (texte) {
          var corps = null;
          try { corps = texte ? JSON.parse(texte) : null; } catch (e) { corps = null; }
          if (!reponse.ok) {
            throw new Error(corps && (corps.detail || corps.title)
              ? (corps.title ? corps.title + ' : ' : '') + (corps.detail || '')
              : 'Erreur ' + reponse.status + ' sur ' + chemin);
          }
          return corps;
        });
      });
  }

  // A chart from GET /api/charts/{nom}.png for the year range; a French placeholder if it fails.
  function graphique(nom, params, alt, legende) {
    var q = new URLSearchParams({ from: periode.de, to: periode.a, width: 800, height: 400 });
    Object.keys(params || {}).forEach(function (k) { if (params[k] !== null && params[k] !== '') { q.set(k, params[k]); } });
    var base = 'api/charts/' + nom;
    var img = el('img', { class: 'graphique', src: base + '.png?' + q.toString(), alt: alt, width: 800, height: 400 });
    img.addEventListener('error', function () {
      img.replaceWith(el('p', { class: 'indisponible', role: 'img', 'aria-label': alt + ' (indisponible)' }, [
        el('strong', { text: 'Graphique indisponible' }), el('br'),
        el('span', { text: 'Le service des graphiques n’a pas répondu ; les tableaux restent à jour.' })]));
    });
    return el('figure', { class: 'figure', 'data-graphique': nom }, [img, el('figcaption', null, [legende + ' · ',
      el('a', { href: base + '.svg?' + q.toString(), text: 'version SVG' })])]);
  }

  function titre(texte, sousTitre) {
    return [el('h1', { text: texte }), el('p', { class: 'sous-titre' }, sousTitre ||
      (periode.de === periode.a ? 'Année ' + periode.de + '.' : 'Période : de ' + periode.de + ' à ' + periode.a + '.'))];
  }

  // ---- Pages ------------------------------------------------------------------------------

  function vueEnsemble(_, params) {
    var groupe = params.get('groupe') === 'elus' ? 'elus' : 'agents';
    return Promise.all([api('trends/membership', { group: groupe }), api('trends/meetings'), api('trends/themes'),
      api('documents')]).then(function (r) {
      var adhesions = r[0].filter(function (y) { return dansPeriode(y.year); });
      var reunions = r[1].filter(function (y) { return dansPeriode(y.year); });
      var themes = r[2].filter(function (t) { return t.years.some(function (y) { return dansPeriode(y.year); }); });
      var documents = r[3].filter(function (d) { return dansPeriode(d.year); });
      var derniere = adhesions[adhesions.length - 1];
      var choix = el('select', { id: 'choix-groupe', onchange: function (e) { changerParams({ groupe: e.target.value }); } },
        ['agents', 'elus'].map(function (g) { return el('option', { value: g, selected: g === groupe, text: libelle('groupe', g) }); }));
      return [
        titre("Vue d'ensemble"),
        el('ul', { class: 'chiffres' }, [
          chiffre(derniere ? derniere.members.length : 0, derniere ? 'membres en ' + derniere.year : 'membres',
            libelle('groupe', groupe)),
          chiffre(reunions.reduce(function (s, y) { return s + y.total; }, 0), ['réunion', 'réunions'], 'sur la période'),
          chiffre(themes.length, ['thème traité', 'thèmes traités'], 'sur la période'),
          chiffre(documents.length, ['document', 'documents'], 'de la période')]),
        section('Membres par année', [
          el('div', { class: 'controles' }, [el('label', { for: 'choix-groupe', text: 'Groupe' }), choix]),
          graphique('membership', { group: groupe }, 'Graphique : nombre de métropoles membres par année, '
            + libelle('groupe', groupe).toLowerCase(), 'Métropoles membres, arrivées et départs par année'),
          tableau('Membres du ' + libelle('groupe', groupe).toLowerCase() + ' par année', [
            { titre: 'Année', valeur: function (y) { return String(y.year); } },
            { titre: 'Membres', nombre: true, valeur: function (y) { return String(y.members.length); } },
            { titre: 'Métropoles membres', valeur: function (y) { return membres(y.members); } },
            { titre: 'Arrivées', valeur: function (y) { return y.previousYear ? membres(y.joined) : '(première année connue)'; } },
            { titre: 'Départs', valeur: function (y) { return membres(y.left); } },
            { titre: 'Taux de maintien', nombre: true, valeur: function (y) {
              return (y.retention === null || y.retention === undefined) ? '' : nombre(y.retention * 100, 0) + ' %'; } }
          ], adhesions, 'Aucune adhésion connue pour ce groupe sur la période.')], 'membres'),
        section('Réunions et thèmes', [
          el('div', { class: 'deux-colonnes' }, [
            graphique('meetings', null, 'Graphique : nombre de réunions par année et par format',
              'Réunions par année (présentiel, distanciel)'),
            graphique('themes', null, 'Graphique : thèmes traités par année', 'Thèmes au fil des années')]),
          el('p', null, ['Détail : ', lien('reunions', 'toutes les réunions'), ', ', lien('themes', 'tous les thèmes'),
            ', ', lien('reseau', 'les métropoles et personnes les plus co-présentes'), '.'])], 'reunions-themes')
      ];
    });
  }

  function chiffre(valeur, texte, detail) {
    if (Array.isArray(texte)) { texte = valeur > 1 ? texte[1] : texte[0]; }
    return el('li', null, [el('span', { class: 'valeur', text: nombre(valeur, 0) }), el('span', { class: 'texte', text: texte }),
      el('span', { class: 'detail', text: detail })]);
  }

  function membres(liste) {
    if (!liste || liste.length === 0) { return '—'; }
    var r = [];
    liste.forEach(function (m, i) { if (i > 0) { r.push(', '); } r.push(lienMetropole(m.id, m.name)); });
    return r;
  }

  function vueReunions() {
    return api('trends/meetings').then(function (parAnnee) {
      parAnnee = parAnnee.filter(function (y) { return dansPeriode(y.year); });
      var avecReunions = parAnnee.filter(function (y) { return y.total > 0; }).map(function (y) { return y.year; });
      return Promise.all(avecReunions.map(function (y) { return api('meetings', { year: y }); })).then(function (listes) {
        return [
          titre('Réunions'),
          graphique('meetings', null, 'Graphique : nombre de réunions par année et par format', 'Réunions par année et par format'),
          section('Réunions par année', tableau('Réunions par année et par format', [
            { titre: 'Année', valeur: function (y) { return String(y.year); } },
            { titre: 'Présentiel', nombre: true, valeur: function (y) { return String(y.inPerson); } },
            { titre: 'Distanciel', nombre: true, valeur: function (y) { return String(y.remote); } },
            { titre: 'Hybride', nombre: true, valeur: function (y) { return String(y.hybrid); } },
            { titre: 'Non précisé', nombre: true, valeur: function (y) { return String(y.unknown); } },
            { titre: 'Total', nombre: true, valeur: function (y) { return String(y.total); } },
            { titre: 'Lieux', valeur: function (y) { return liste(y.places) || '—'; } },
            { titre: 'Présences relevées', nombre: true, valeur: function (y) { return String(y.attendance); } }
          ], parAnnee), 'par-annee'),
          avecReunions.map(function (annee, i) {
            return section('Réunions de ' + annee, tableauReunions(annee, listes[i]), 'reunions-' + annee);
          })
        ];
      });
    });
  }

  function tableauReunions(annee, reunions) {
    return tableau('Réunions, séances et retours d’expérience de ' + annee, [
      { titre: 'Réunion', valeur: function (m) { return m.title; } },
      { titre: 'Date', valeur: function (m) { return dates(m.startDate, m.endDate); } },
      { titre: 'Type', valeur: function (m) { return libelle('typeReunion', m.kind); } },
      { titre: 'Format', valeur: function (m) { return libelle('format', m.format); } },
      { titre: 'Lieu', valeur: function (m) { return m.place || ''; } },
      { titre: 'Groupe', valeur: function (m) { return libelle('groupe', m.group); } },
      { titre: 'Thèmes', valeur: function (m) { return liste(m.themes); } },
      { titre: 'Présentée par', valeur: function (m) { return liste(m.presenters); } },
      { titre: 'Présent·es', nombre: true, valeur: function (m) { return String(m.present); } },
      { titre: 'Excusé·es', nombre: true, valeur: function (m) { return String(m.excused); } },
      { titre: 'Sources', valeur: function (m) { return sources(m.sources); } }
    ], reunions);
  }

  function dates(debut, fin) {
    if (!debut) { return ''; }
    var f = function (d) { return new Date(d + 'T00:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }); };
    return (fin && fin !== debut) ? 'du ' + f(debut) + ' au ' + f(fin) : f(debut);
  }

  function sources(ids) {
    var r = [];
    (ids || []).forEach(function (id, i) { if (i > 0) { r.push(', '); } r.push(lienDocument(id)); });
    return r;
  }

  function vueThemes() {
    return Promise.all([api('trends/themes'), api('trends/themes/planned-vs-realised')]).then(function (r) {
      var themes = r[0].map(function (t) {
        var annees = t.years.filter(function (y) { return dansPeriode(y.year); });
        return { theme: t, annees: annees, seances: annees.reduce(function (s, y) { return s + y.sessions; }, 0) };
      }).filter(function (t) { return t.annees.length > 0; })
        .sort(function (x, y) { return x.theme.name.localeCompare(y.theme.name, 'fr'); });
      // A plan for year N is announced in year N-1: both ends count as the period's.
      var prevus = r[1].filter(function (o) { return dansPeriode(o.planned.forYear) || dansPeriode(o.planned.forYear - 1); });
      return [
        titre('Thèmes'),
        el('div', { class: 'deux-colonnes' }, [
          graphique('themes', null, 'Graphique : nombre de séances par thème et par année', 'Thèmes au fil des années'),
          graphique('planned-vs-realised', null, 'Graphique : thèmes prévus pour une année et thèmes réalisés cette année-là',
            'Thèmes prévus et réalisés')]),
        section('Thèmes au fil des années', tableau('Thèmes traités sur la période', [
          { titre: 'Thème', valeur: function (t) { return t.theme.name; } },
          { titre: 'Années', valeur: function (t) {
            return t.annees.map(function (y) { return y.year + (y.sessions > 1 ? ' (' + y.sessions + ' séances)' : ''); }).join(', '); } },
          { titre: 'Séances', nombre: true, valeur: function (t) { return String(t.seances); } },
          { titre: 'Présenté par', valeur: function (t) { return liste(t.theme.presenters) || '—'; } },
          { titre: 'Sources', valeur: function (t) { return sources(t.theme.sources); } }
        ], themes), 'au-fil'),
        section('Prévu et réalisé', [
          el('p', { class: 'aide', text: 'Chaque thème annoncé pour une année (« Et pour l’année suivante ? ») est rapproché du thème '
            + 'le plus proche traité cette année-là ; au-delà d’un score de 0,6 il est compté comme réalisé.' }),
          tableau('Thèmes prévus et leur réalisation', [
            { titre: 'Thème prévu', valeur: function (o) { return o.planned.theme; } },
            { titre: 'Pour', valeur: function (o) { return String(o.planned.forYear); } },
            { titre: 'Groupe', valeur: function (o) { return libelle('groupe', o.planned.group); } },
            { titre: 'Réalisé ?', valeur: function (o) {
              return !o.yearReported ? 'Année non documentée' : (o.realised ? 'Oui' : 'Non'); } },
            { titre: 'Thème rapproché', valeur: function (o) { return o.match ? o.match.theme : '—'; } },
            { titre: 'Score', nombre: true, valeur: function (o) { return o.yearReported ? nombre(o.score, 2) : '—'; } },
            { titre: 'Annonce (passage cité)', valeur: function (o) {
              return [citation(o.planned.evidence), el('br'), el('span', { class: 'source' }, ['Source : ', lienDocument(o.planned.source)])]; } }
          ], prevus, 'Aucun thème prévu pour une année de la période.')], 'prevu-realise')
      ];
    });
  }

  function vueReseau(_, params) {
    var via = ['people', 'presenters', 'both'].indexOf(params.get('via')) >= 0 ? params.get('via') : 'people';
    var poids = parseFloat(params.get('poids'));
    poids = (poids >= 0) ? poids : 0;
    var commun = { from: periode.de, to: periode.a, minWeight: poids };
    return Promise.all([api('copresence/metropolises', Object.assign({ via: via }, commun)),
      api('copresence/people', commun)]).then(function (r) {
      var formulaire = el('form', { class: 'controles', onsubmit: function (e) {
        e.preventDefault();
        changerParams({ via: e.target.elements.via.value, poids: e.target.elements.poids.value });
      } }, [
        el('label', { for: 'choix-via', text: 'Co-présence des métropoles par' }),
        el('select', { id: 'choix-via', name: 'via' }, [
          el('option', { value: 'people', selected: via === 'people', text: 'leurs personnes présentes' }),
          el('option', { value: 'presenters', selected: via === 'presenters', text: 'leurs présentations' }),
          el('option', { value: 'both', selected: via === 'both', text: 'les deux' })]),
        el('label', { for: 'poids-minimal', text: 'Poids minimal des liens' }),
        el('input', { id: 'poids-minimal', name: 'poids', type: 'number', min: 0, step: 'any', value: poids }),
        el('button', { type: 'submit', text: 'Appliquer' })]);
      return [
        titre('Co-présence'),
        el('p', { class: 'aide', text: 'Deux métropoles (ou deux personnes) sont liées quand elles ont pris part aux mêmes réunions ; '
          + 'le poids d’un lien compte ces réunions. Le degré pondéré d’un nœud est la somme des poids de ses liens.' }),
        formulaire,
        section('Métropoles les plus co-présentes', [
          graphique('copresence', { network: 'metropolises', via: via, minWeight: poids },
            'Graphique : réseau de co-présence des métropoles', 'Réseau des métropoles'),
          resumeReseau(r[0]),
          tableauCentralites('Métropoles classées par degré pondéré (10 premières)', r[0], lienMetropole)], 'co-metropoles'),
        section('Personnes les plus co-présentes', [
          graphique('copresence', { network: 'people', minWeight: poids },
            'Graphique : réseau de co-présence des personnes', 'Réseau des personnes'),
          resumeReseau(r[1]),
          tableauCentralites('Personnes classées par degré pondéré (10 premières)', r[1], lienPersonne)], 'co-personnes'),
        el('p', null, ['Exporter ces réseaux : ', lien('rapports', 'rapports et exports'), '.'])
      ];
    });
  }

  function resumeReseau(reseau) {
    return el('p', { class: 'aide', text: reseau.nodes.length + ' nœuds, ' + reseau.edges.length + ' liens, '
      + reseau.meetings + ' réunions ; densité ' + nombre(reseau.density, 2) + ', modularité ' + nombre(reseau.modularity, 2)
      + ', ' + reseau.components + ' composante(s) connexe(s).' });
  }

  function tableauCentralites(legende, reseau, lienNoeud) {
    var noeuds = reseau.nodes.slice().sort(function (x, y) {
      return (y.weightedDegree - x.weightedDegree) || x.name.localeCompare(y.name, 'fr');
    }).slice(0, 10);
    return tableau(legende, [
      { titre: 'Nom', valeur: function (n) { return lienNoeud(n.id, n.name); } },
      { titre: 'Degré pondéré', nombre: true, valeur: function (n) { return nombre(n.weightedDegree, 1); } },
      { titre: 'Degré', nombre: true, valeur: function (n) { return String(n.degree); } },
      { titre: 'Intermédiarité', nombre: true, valeur: function (n) { return nombre(n.betweenness, 3); } },
      { titre: 'Centralité de vecteur propre', nombre: true, valeur: function (n) { return nombre(n.eigenvector, 3); } },
      { titre: 'Communauté', nombre: true, valeur: function (n) { return String(n.community + 1); } }
    ], noeuds, 'Aucune co-présence sur la période.');
  }

  function vueMetropoles(params) {
    var filtre = params.get('filtre') || '';
    var membresSeulement = params.get('membres') === 'oui';
    return api('metropolises').then(function (toutes) {
      var cle = normaliser(filtre);
      var retenues = toutes.filter(function (m) {
        return (!cle || normaliser(m.name + ' ' + m.shortName).indexOf(cle) >= 0)
          && (!membresSeulement || m.memberYears.some(dansPeriode));
      });
      var formulaire = el('form', { class: 'controles', role: 'search', onsubmit: function (e) {
        e.preventDefault();
        changerParams({ filtre: e.target.elements.filtre.value.trim(), membres: e.target.elements.membres.checked ? 'oui' : null });
      } }, [
        el('label', { for: 'filtre-metropoles', text: 'Nom contient' }),
        el('input', { id: 'filtre-metropoles', name: 'filtre', type: 'search', value: filtre }),
        el('input', { id: 'membres-seulement', name: 'membres', type: 'checkbox', checked: membresSeulement }),
        el('label', { for: 'membres-seulement', class: 'en-ligne', text: 'membres d’un groupe sur la période' }),
        el('button', { type: 'submit', text: 'Filtrer' })]);
      return [titre('Métropoles', retenues.length + ' sur ' + toutes.length + ' métropoles et établissements publics territoriaux.'),
        formulaire,
        tableau('Métropoles et EPT', [
          { titre: 'Métropole', valeur: function (m) { return lienMetropole(m.id, m.name); } },
          { titre: 'Nature', valeur: function (m) { return libelle('nature', m.kind); } },
          { titre: 'Années d’adhésion', valeur: function (m) { return m.memberYears.join(', ') || '—'; } },
          { titre: 'Groupes', valeur: function (m) { return m.groups.map(function (g) { return libelle('groupe', g); }).join(', ') || '—'; } },
          { titre: 'Documents', nombre: true, valeur: function (m) { return String(m.documents); } },
          { titre: 'Réunions', nombre: true, valeur: function (m) { return String(m.meetings); } }
        ], retenues, 'Aucune métropole ne correspond.')];
    });
  }

  function normaliser(s) { return (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }

  function vueMetropole(id) {
    return Promise.all([api('metropolises/' + encodeURIComponent(id)), api('metropolises/' + encodeURIComponent(id) + '/timeline')])
      .then(function (r) {
        var m = r[0];
        var parcours = r[1].filter(function (y) { return dansPeriode(y.year); });
        return [
          el('p', { class: 'fil' }, [lien('metropoles', 'Métropoles'), ' › ', m.shortName || m.name]),
          titre(m.name),
          definitions([['Nature', libelle('nature', m.kind)], ['Nom court', m.shortName], ['Siège', m.seat],
            ['Création', m.created ? String(m.created) : null], ['Rattachement', m.parent ? lienMetropole(m.parent) : null],
            ['Population', m.population ? nombre(m.population, 0) + ' habitants' : null],
            ['Autres noms', liste(m.aliases)]]),
          graphique('metropolis-timeline', { id: m.id }, 'Graphique : parcours de ' + m.name + ' année par année',
            'Parcours année par année'),
          section('Adhésions', tableau('Adhésions de ' + m.name + ' par année', [
            { titre: 'Année', valeur: function (a) { return String(a.year); } },
            { titre: 'Groupe', valeur: function (a) { return a.groupName || libelle('groupe', a.group); } },
            { titre: 'Passage cité', valeur: function (a) { return [citation(a.evidence), el('br'), el('span', { class: 'source' }, ['Source : ', lienDocument(a.source)])]; } }
          ], m.memberships.filter(function (a) { return dansPeriode(a.year); }), 'Aucune adhésion sur la période.'), 'adhesions'),
          section('Année par année', tableau('Parcours de ' + m.name, [
            { titre: 'Année', valeur: function (y) { return String(y.year); } },
            { titre: 'Groupes', valeur: function (y) { return y.groups.map(function (g) { return libelle('groupe', g); }).join(', ') || '—'; } },
            { titre: 'Réunions', nombre: true, valeur: function (y) { return String(y.meetings); } },
            { titre: 'Séances présentées', valeur: function (y) { return liste(y.presented) || '—'; } },
            { titre: 'Thèmes', valeur: function (y) { return liste(y.themes) || '—'; } },
            { titre: 'Personnes', valeur: function (y) { return liste(y.people) || '—'; } }
          ], parcours), 'parcours'),
          section('Réunions', tableau('Réunions auxquelles ' + m.name + ' a pris part', [
            { titre: 'Réunion', valeur: function (x) { return x.title; } },
            { titre: 'Année', valeur: function (x) { return x.year ? String(x.year) : ''; } },
            { titre: 'Type', valeur: function (x) { return libelle('typeReunion', x.kind); } },
            { titre: 'En tant que', valeur: function (x) { return libelle('role', x.as); } },
            { titre: 'Source', valeur: function (x) { return lienDocument(x.source); } }
          ], m.meetings.filter(function (x) { return dansPeriode(x.year); })), 'reunions'),
          section('Personnes', tableau('Personnes rattachées à ' + m.name, [
            { titre: 'Personne', valeur: function (p) { return lienPersonne(p.id, p.name); } },
            { titre: 'Fonctions', valeur: function (p) { return liste(p.roles) || '—'; } }
          ], m.people, 'Aucune personne connue.'), 'personnes'),
          m.statuses && m.statuses.length ? section('Statut', tableau('Statut de ' + m.name, [
            { titre: 'Année', valeur: function (s) { return String(s.year); } },
            { titre: 'Statut', valeur: function (s) { return s.status; } },
            { titre: 'Source', valeur: function (s) { return lienDocument(s.source); } }
          ], m.statuses), 'statuts') : null,
          section('Sources', tableauSources(m.sources, m.name), 'sources')
        ];
      });
  }

  function tableauSources(liste, nom, avecAnnee) {
    var colonnes = [{ titre: 'Document', valeur: function (s) { return lienDocument(s.documentId, s.title); } }];
    if (avecAnnee) { colonnes.push({ titre: 'Année', valeur: function (s) { return s.year ? String(s.year) : ''; } }); }
    colonnes.push({ titre: 'Lignes', valeur: function (s) { return s.lines || ''; } });
    colonnes.push({ titre: 'Passage cité', valeur: function (s) { return citation(s.evidence); } });
    if (avecAnnee) { colonnes.push({ titre: 'Graphies relevées', valeur: function (s) { return (s.variants || []).join(' ; '); } }); }
    colonnes.push({ titre: 'Fichier', valeur: function (s) { return el('code', { text: s.path || '' }); } });
    return tableau('Documents qui mentionnent ' + nom, colonnes, liste, 'Aucune source.');
  }

  function vuePersonnes(params) {
    var q = (params.get('q') || '').trim();
    return api('people', { q: q }).then(function (personnes) {
      var formulaire = el('form', { class: 'controles', role: 'search', onsubmit: function (e) {
        e.preventDefault();
        changerParams({ q: e.target.elements.q.value.trim() });
      } }, [
        el('label', { for: 'recherche-personne', text: 'Nom ou partie du nom' }),
        el('input', { id: 'recherche-personne', name: 'q', type: 'search', value: q, placeholder: 'par exemple : scuotto' }),
        el('button', { type: 'submit', text: 'Rechercher' })]);
      return [titre('Personnes', q ? personnes.length + ' résultat(s) pour « ' + q + ' » (casse et accents ignorés).'
        : personnes.length + ' personnes citées dans les documents.'),
        formulaire,
        tableau('Personnes', [
          { titre: 'Personne', valeur: function (p) { return lienPersonne(p.id, p.name); } },
          { titre: 'Autres graphies', valeur: function (p) { return (p.aliases || []).join(' ; '); } },
          { titre: 'Affiliations', valeur: function (p) { return liste(p.affiliations); } },
          { titre: 'Fonctions', valeur: function (p) { return liste(p.roles); } },
          { titre: 'Documents', nombre: true, valeur: function (p) { return String(p.documents); } }
        ], personnes, 'Aucune personne ne correspond.')];
    });
  }

  function vuePersonne(id) {
    return api('people/' + encodeURIComponent(id)).then(function (p) {
      var fonctions = p.roles.filter(function (r) { return dansPeriode(r.year); })
        .sort(function (x, y) { return (x.year || 0) - (y.year || 0); });
      return [
        el('p', { class: 'fil' }, [lien('personnes', 'Personnes'), ' › ', p.name]),
        titre(p.name),
        definitions([['Graphies relevées', (p.aliases || []).join(' ; ')],
          ['Affiliations', p.affiliations.map(function (a, i) {
            return [i ? ', ' : '', lienMetropole(a.id, a.name), a.year ? ' (' + a.year + ')' : '']; })]]),
        section('Fonctions au fil des années', tableau('Fonctions de ' + p.name, [
          { titre: 'Année', valeur: function (r) { return r.year ? String(r.year) : ''; } },
          { titre: 'Fonction', valeur: function (r) { return r.title; } },
          { titre: 'Catégorie', valeur: function (r) { return libelle('categorie', r.category); } },
          { titre: 'Auprès de', valeur: function (r) { return r.atName || ''; } },
          { titre: 'Passage cité', valeur: function (r) { return [citation(r.evidence), el('br'), el('span', { class: 'source' }, ['Source : ', lienDocument(r.source)])]; } }
        ], fonctions, 'Aucune fonction connue sur la période.'), 'fonctions'),
        section('Réunions', tableau('Réunions de ' + p.name, [
          { titre: 'Réunion', valeur: function (m) { return m.title; } },
          { titre: 'Année', valeur: function (m) { return m.year ? String(m.year) : ''; } },
          { titre: 'Statut', valeur: function (m) { return libelle('statut', m.status); } },
          { titre: 'En qualité de', valeur: function (m) { return libelle('qualite', m.capacity); } },
          { titre: 'Passage cité', valeur: function (m) { return [citation(m.evidence), el('br'), el('span', { class: 'source' }, ['Source : ', lienDocument(m.source)])]; } }
        ], p.meetings.filter(function (m) { return dansPeriode(m.year); }), 'Aucune réunion sur la période.'), 'reunions'),
        section('Sources', tableauSources(p.sources, p.name, true), 'sources')
      ];
    });
  }

  function vueDocuments() {
    return Promise.all([api('documents'), api('conflicts')]).then(function (r) {
      var documents = r[0].filter(function (d) { return dansPeriode(d.year); });
      var ids = {};
      documents.forEach(function (d) { ids[d.id] = true; });
      var conflits = r[1].filter(function (c) { return ids[c.documentId]; });
      return [titre('Documents', documents.length + ' document(s) de la période, ' + conflits.length + ' conflit(s) relevé(s).'),
        section('Documents chargés', tableau('Documents chargés et leurs avertissements', [
          { titre: 'Titre', valeur: function (d) { return lienDocument(d.id, d.title || d.path); } },
          { titre: 'Nature', valeur: function (d) { return libelle('typeDocument', d.kind); } },
          { titre: 'Année', valeur: function (d) { return d.year ? String(d.year) : 'inconnue'; } },
          { titre: 'Fichier', valeur: function (d) { return [el('code', { text: d.path }), d.part > 1 ? ' (partie ' + d.part + ')' : '']; } },
          { titre: 'Avertissements', valeur: function (d) { return avertissements(d.warnings); } },
          { titre: 'Apports', valeur: function (d) { return apports(d.counts); } }
        ], documents, 'Aucun document pour la période.'), 'documents'),
        section('Conflits', tableauConflits(conflits, true), 'conflits')];
    });
  }

  function avertissements(liste) {
    if (!liste || liste.length === 0) { return '—'; }
    return el('ul', { class: 'compacte' }, liste.map(function (w) { return el('li', { text: w }); }));
  }

  function apports(c) {
    if (!c) { return ''; }
    var parties = [[c.metropolises, 'métropole'], [c.organizations, 'organisme'], [c.people, 'personne'],
      [c.meetings, 'réunion'], [c.themes, 'thème'], [c.conflicts, 'conflit']]
      .filter(function (p) { return p[0] > 0; })
      .map(function (p) { return p[0] + ' ' + p[1] + (p[0] > 1 ? 's' : ''); });
    return parties.join(', ') || '—';
  }

  function tableauConflits(conflits, avecDocument) {
    var colonnes = [
      { titre: 'Conflit', valeur: function (c) { return libelle('conflit', c.type); } },
      { titre: 'Sujet', valeur: function (c) {
        if (c.type === 'name_variant') { return lienPersonne(c.subject, c.subject); }
        return c.subject === 'year' ? 'Année du document' : c.subject; } },
      { titre: 'Constat', valeur: function (c) { return c.description; } },
      { titre: 'Décision', valeur: function (c) { return c.resolution; } },
      { titre: 'Passage cité', valeur: function (c) { return citation(c.evidence, c.lines); } }];
    if (avecDocument) { colonnes.push({ titre: 'Document', valeur: function (c) { return lienDocument(c.documentId, c.documentTitle); } }); }
    return tableau('Conflits relevés au chargement et décisions prises', colonnes, conflits, 'Aucun conflit.');
  }

  function vueDocument(id) {
    return api('documents/' + encodeURIComponent(id)).then(function (d) {
      return [
        el('p', { class: 'fil' }, [lien('documents', 'Documents'), ' › ', d.title || d.path]),
        titre(d.title || d.path, libelle('typeDocument', d.kind) + (d.year ? ' · ' + d.year : '')),
        definitions([['Fichier', [el('code', { text: d.path }), d.part > 1 ? ' (partie ' + d.part + ')' : '']],
          ['Format', d.format], ['Lignes', d.lineCount ? String(d.lineCount) : null],
          ['Années évoquées', (d.years || []).join(', ')], ['Chargé le', d.ingestedAt ? new Date(d.ingestedAt.replace(/\[.*\]$/, '')).toLocaleString('fr-FR') : null],
          ['Avertissements', d.warnings && d.warnings.length ? avertissements(d.warnings) : 'aucun']]),
        section('Conflits', tableauConflits(d.conflicts, false), 'conflits'),
        section('Ce que le document mentionne', tableau('Entités mentionnées, avec le passage cité', [
          { titre: 'Entité', valeur: function (m) {
            if (m.label === 'Metropolis') { return lienMetropole(m.id, m.name); }
            if (m.label === 'Person') { return lienPersonne(m.id, m.name); }
            return m.name || m.id; } },
          { titre: 'Nature', valeur: function (m) { return libelle('etiquette', m.label); } },
          { titre: 'Lignes', valeur: function (m) { return m.lines || ''; } },
          { titre: 'Passage cité', valeur: function (m) { return citation(m.evidence); } }
        ], d.mentions, 'Aucune mention.'), 'mentions')
      ];
    });
  }

  function vueRapports() {
    var exports = [];
    ['metropolises', 'people'].forEach(function (reseau) {
      exports.push({ reseau: reseau, liens: [['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML'], ['csv', 'CSV (archive ZIP)']]
        .map(function (f) {
          var q = new URLSearchParams({ network: reseau, from: periode.de, to: periode.a });
          return el('a', { href: 'api/export/' + f[0] + '?' + q.toString(), download: '', text: f[1] });
        }) });
    });
    return [
      titre('Rapports et exports'),
      section('Rapports annuels du réseau', [
        el('p', { class: 'aide', text: 'Le rapport d’une année rassemble membres, réunions, thèmes et co-présences, avec leurs sources. '
          + 'Seules les années dont les documents parlent sont proposées.' }),
        tableau('Rapports annuels', [
          { titre: 'Année', valeur: function (y) { return String(y); } },
          { titre: 'PDF', valeur: function (y) { return el('a', { href: 'api/reports/' + y + '.pdf', text: 'Rapport ' + y + ' (PDF)' }); } },
          { titre: 'HTML', valeur: function (y) { return el('a', { href: 'api/reports/' + y + '.html', text: 'Rapport ' + y + ' (HTML)' }); } }
        ], anneesPeriode().filter(function (y) { return anneesAvecDonnees[y]; }).reverse(),
        'Aucune année de la période n’a de données.')], 'rapports'),
      section('Exports des réseaux de co-présence', [
        el('p', { class: 'aide', text: 'Pour Gephi, R ou pandas, sur la période de ' + periode.de + ' à ' + periode.a
          + ', avec les années et les documents sources de chaque nœud et de chaque lien.' }),
        tableau('Exports par réseau et par format', [
          { titre: 'Réseau', valeur: function (e) { return e.reseau === 'people' ? 'Personnes' : 'Métropoles'; } },
          { titre: 'Formats', valeur: function (e) {
            var r = [];
            e.liens.forEach(function (a, i) { if (i > 0) { r.push(' · '); } r.push(a); });
            return r; } }
        ], exports)], 'exports'),
      section('Requêtes', el('p', null, ['Pour interroger le graphe en Cypher (lecture seule) : ',
        el('a', { href: 'requetes.html', text: 'la page des requêtes' }), '.']), 'requetes')
    ];
  }

  // ---- Start ------------------------------------------------------------------------------

  function demarrer() {
    Promise.all([api('documents'), api('trends/meetings'), api('trends/membership')]).then(function (r) {
      var vues = {};
      r[0].forEach(function (d) { documentsConnus[d.id] = d; });
      r[0].forEach(function (d) { (d.years || []).concat(d.year ? [d.year] : []).forEach(function (y) { vues[y] = true; }); });
      r[1].forEach(function (y) { vues[y.year] = true; });
      r[2].forEach(function (y) { vues[y.year] = true; });
      anneesAvecDonnees = vues;
      var connues = Object.keys(vues).map(Number).filter(function (y) { return y >= 1900 && y <= 2100; });
      var min = connues.length ? Math.min.apply(null, connues) : new Date().getFullYear();
      var max = connues.length ? Math.max.apply(null, connues) : min;
      for (var y = min; y <= max; y++) { annees.push(y); }
      [choixDe, choixA].forEach(function (s) {
        s.replaceChildren.apply(s, annees.map(function (y) { return el('option', { value: y, text: String(y) }); }));
      });
      choixDe.addEventListener('change', function () { changerPeriode('de'); });
      choixA.addEventListener('change', function () { changerPeriode('a'); });
      document.getElementById('periode').addEventListener('submit', function (e) { e.preventDefault(); });
      window.addEventListener('hashchange', function () { afficher(true); });
      afficher(false);
    }).catch(function (e) {
      contenu.replaceChildren(el('h1', { text: 'Service indisponible' }),
        el('div', { class: 'erreur', role: 'alert', text: 'Les données n’ont pas pu être chargées : ' + e.message }));
    });
  }

  demarrer();
})();
