// Meetings: per year and format, every meeting, session and experience sharing of each year
// (meetings an annual summary only counts as one row with their number and the passage),
// and a page per meeting.
import { el, tableau, section, definitions, citation } from '../dom.js';
import { api } from '../api.js';
import { libelle } from '../libelles.js';
import { liste, dates } from '../format.js';
import { dansPeriode, anneesPeriode, documente } from '../etat.js';
import { lien, liensDocuments, lienReunion, lienMetropole, lienPersonne, lienDocument } from '../liens.js';
import { noteNonDocumentees, titre, graphique, passageEtSource } from '../composants.js';

export function vueReunions(id) {
  return id ? vueReunion(id) : vueListe();
}

function vueListe() {
  return api('trends/meetings').then((tousLesAns) => {
    const connus = {};
    tousLesAns.forEach((y) => { connus[y.year] = y; });
    // Every year of the period: known (even with no meeting) or "non documenté".
    const parAnnee = anneesPeriode().map((annee) => connus[annee]
      || (documente(annee, 'reunions') ? { year: annee, inPerson: 0, remote: 0, hybrid: 0, unknown: 0, total: 0, places: [],
        attendance: 0 } : { year: annee, inconnue: true }));
    // An undocumented year: "non documenté" once, a dash in the other columns.
    const nd = (y, f, principal) => (y.inconnue
      ? (principal ? el('span', { class: 'non-documente', text: 'non documenté' }) : '—') : f(y));
    const avecReunions = parAnnee.filter((y) => y.total > 0).map((y) => y.year);
    return Promise.all(avecReunions.map((y) => api('meetings', { year: y }))).then((listes) => [
      titre('Réunions'),
      graphique('meetings', null, 'Graphique : nombre de réunions par année et par format', 'Réunions par année et par format'),
      section('Réunions par année', [tableau('Réunions par année et par format', [
        { titre: 'Année', valeur: (y) => String(y.year) },
        { titre: 'Présentiel', nombre: true, valeur: (y) => nd(y, () => String(y.inPerson)) },
        { titre: 'Distanciel', nombre: true, valeur: (y) => nd(y, () => String(y.remote)) },
        { titre: 'Hybride', nombre: true, valeur: (y) => nd(y, () => String(y.hybrid)) },
        { titre: 'Non précisé', nombre: true, valeur: (y) => nd(y, () => String(y.unknown)) },
        { titre: 'Total', nombre: true, valeur: (y) => nd(y, () => String(y.total), true) },
        { titre: 'Lieux', valeur: (y) => nd(y, () => liste(y.places) || '—') },
        { titre: 'Présences relevées', nombre: true, valeur: (y) => nd(y, () => (y.attendance > 0 ? String(y.attendance) : nonReleve())) }
      ], parAnnee),
      noteNonDocumentees('reunions')], 'par-annee'),
      avecReunions.map((annee, i) => section('Réunions de ' + annee, tableauReunions(annee, listes[i]), 'reunions-' + annee))
    ]);
  });
}

// An attendance no document lists.
function nonReleve() {
  return el('span', { class: 'non-documente', title: 'Aucune liste de présence dans les documents', text: 'non relevé' });
}

// A row for n meetings a summary only counts: their number and the passage that counts them.
function decompte(m) {
  return [el('span', { class: 'decompte', text: m.count + ' ' + (m.count > 1 ? 'réunions' : 'réunion') + ' '
    + libelle('formatAdjectif', m.format) + (m.format === 'HYBRID' && m.count > 1 ? 's' : '') + ', connue' + (m.count > 1 ? 's' : '')
    + ' par un décompte : ' }), citation(m.evidence, m.lines)];
}

function tableauReunions(annee, reunions) {
  return tableau('Réunions, séances et retours d’expérience de ' + annee, [
    { titre: 'Réunion', valeur: (m) => m.counted ? decompte(m) : lienReunion(m.id, m.title) },
    { titre: 'Date', valeur: (m) => m.counted ? (m.count > 1 ? 'non datées' : 'non datée') : dates(m.startDate, m.endDate) },
    { titre: 'Type', valeur: (m) => libelle('typeReunion', m.kind) },
    { titre: 'Format', valeur: (m) => libelle('format', m.format) },
    { titre: 'Lieu', valeur: (m) => m.place || '' },
    { titre: 'Groupe', valeur: (m) => libelle('groupe', m.group) },
    { titre: 'Thèmes', valeur: (m) => liste(m.themes) },
    { titre: 'Présentée par', valeur: (m) => liste(m.presenters) },
    // No one named as present or excused: the documents give no attendance list, which is
    // unknown, not zero.
    { titre: 'Présent·es', nombre: true, valeur: (m) => (m.counted || m.present + m.excused === 0) ? nonReleve() : String(m.present) },
    { titre: 'Excusé·es', nombre: true, valeur: (m) => (m.counted || m.present + m.excused === 0) ? '—' : String(m.excused) },
    { titre: 'Sources', valeur: (m) => liensDocuments(m.sources) }
  ], reunions);
}

// One row per person: a person named twice (as organiser and as speaker…) has one status
// (present wins over excused), every capacity and every passage.
function parPersonne(presences) {
  const parId = new Map();
  presences.forEach((a) => {
    if (!parId.has(a.id)) {
      parId.set(a.id, { id: a.id, name: a.name, status: a.status, capacities: [], bodies: a.bodies, passages: [] });
    }
    const p = parId.get(a.id);
    if (a.status === 'present') { p.status = 'present'; }
    if (a.capacity && p.capacities.indexOf(a.capacity) < 0) { p.capacities.push(a.capacity); }
    if (!p.passages.some((x) => x.evidence === a.evidence && x.source === a.source)) {
      p.passages.push({ evidence: a.evidence, source: a.source });
    }
  });
  return Array.from(parId.values());
}

// Known only as a count: a group meeting with no date and nobody named.
function seulementComptee(r) {
  return r.kind === 'group_meeting' && !r.startDate && r.attendees.length === 0;
}

function vueReunion(id) {
  return api('meetings/' + encodeURIComponent(id)).then((r) => {
    const personnes = parPersonne(r.attendees);
    const presents = personnes.filter((a) => a.status === 'present').length;
    const excuses = personnes.filter((a) => a.status === 'excused').length;
    const autres = personnes.length - presents - excuses;
    const corps = (b) => (b.label === 'Metropolis' ? lienMetropole(b.id, b.name) : b.name);
    return [
      el('p', { class: 'fil' }, [lien('reunions', 'Réunions'), ' › ', r.title]),
      titre(r.title, [libelle('typeReunion', r.kind), r.startDate ? dates(r.startDate, r.endDate) : (r.year ? String(r.year) : null),
        libelle('format', r.format)].filter(Boolean).join(' · ')),
      seulementComptee(r) ? el('p', { class: 'reseau-note', role: 'note' }, ['Réunion connue seulement par un décompte du résumé '
        + 'annuel : ni date, ni lieu, ni participant·es ne sont connus. ',
      r.sources.length ? ['Passage : ', citation(r.sources[0].evidence, r.sources[0].lines)] : null]) : null,
      definitions([
        ['Dates', r.startDate ? dates(r.startDate, r.endDate) : 'non connues'],
        ['Année', r.year ? String(r.year) : 'non connue'],
        ['Lieu', r.place || 'non précisé'],
        ['Format', libelle('format', r.format) || 'non précisé'],
        ['Type', libelle('typeReunion', r.kind)],
        ['Accueillie par', r.host ? corps(r.host) : null],
        ['Groupe', r.group ? (r.group.name || libelle('groupe', r.group.id)) : null],
        ['Fait partie de', r.partOf ? lienReunion(r.partOf.id, r.partOf.title) : null],
        ['Thèmes', liste(r.themes.map((t) => t.name))]
      ]),
      r.sessions.length ? section('Séances', tableau('Séances de ' + r.title, [
        { titre: 'Séance', valeur: (s) => lienReunion(s.id, s.title) },
        { titre: 'Type', valeur: (s) => libelle('typeReunion', s.kind) },
        { titre: 'Date', valeur: (s) => dates(s.startDate) },
        { titre: 'Thèmes', valeur: (s) => liste(s.themes) || '—' },
        { titre: 'Présentée par', valeur: (s) => liste(s.presenters) || '—' }
      ], r.sessions), 'seances') : null,
      section('Participant·es', [
        el('p', { class: 'aide', text: r.attendees.length === 0 ? 'Aucun·e participant·e nommé·e dans les documents.'
          : presents + ' présent·e' + (presents > 1 ? 's' : '') + ', ' + excuses + ' excusé·e' + (excuses > 1 ? 's' : '')
            + (autres > 0 ? ', ' + autres + ' annoncé·e' + (autres > 1 ? 's' : '') : '') + '.' }),
        personnes.length ? tableau('Participant·es à ' + r.title, [
          { titre: 'Personne', valeur: (a) => lienPersonne(a.id, a.name) },
          { titre: 'Statut', valeur: (a) => libelle('statut', a.status) },
          { titre: 'Qualité', valeur: (a) => liste(a.capacities.map((c) => libelle('qualite', c))) },
          { titre: 'Rattachement', valeur: (a) => a.bodies.length ? a.bodies.map((b, i) => [i ? ', ' : '', corps(b)]) : '—' },
          { titre: 'Passage cité', valeur: (a) => a.passages.map((p, i) => [i ? el('br') : null, passageEtSource(p.evidence, p.source)]) }
        ], personnes) : null], 'participants'),
      r.participants.length ? section('Métropoles et organismes', tableau('Métropoles et organismes présents à ' + r.title, [
        { titre: 'Nom', valeur: (p) => corps(p) },
        { titre: 'En tant que', valeur: (p) => libelle('role', p.as) },
        { titre: 'Passage cité', valeur: (p) => passageEtSource(p.evidence, p.source) }
      ], r.participants), 'organismes') : null,
      section('Sources', tableau('Documents qui mentionnent ' + r.title, [
        { titre: 'Document', valeur: (s) => lienDocument(s.documentId, s.title) },
        { titre: 'Lignes', valeur: (s) => s.lines || '' },
        { titre: 'Passage cité', valeur: (s) => citation(s.evidence) },
        { titre: 'Fichier', valeur: (s) => el('code', { text: s.path || '' }) }
      ], r.sources, 'Aucune source.'), 'sources')
    ];
  });
}
