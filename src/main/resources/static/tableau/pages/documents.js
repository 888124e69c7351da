// Documents: the loaded documents with their warnings and conflicts, and a page per document.
import { el, tableau, section, definitions, citation } from '../dom.js';
import { api } from '../api.js';
import { libelle, libelleOu } from '../libelles.js';
import { nombre } from '../format.js';
import { dansPeriode } from '../etat.js';
import { lien, lienMetropole, lienPersonne, lienDocument, lienReunion } from '../liens.js';
import { titre } from '../composants.js';

export function vueDocuments(id) {
  return id ? vueDocument(id) : vueListe();
}

function vueListe() {
  return Promise.all([api('documents'), api('conflicts'), api('documents/failed')]).then((r) => {
    const documents = r[0].filter((d) => dansPeriode(d.year));
    const ids = {};
    documents.forEach((d) => { ids[d.id] = true; });
    const conflits = r[1].filter((c) => ids[c.documentId]);
    return [titre('Documents', documents.length + ' document(s) de la période, ' + conflits.length + ' conflit(s) relevé(s).'),
      section('Documents chargés', tableau('Documents chargés et leurs avertissements', [
        { titre: 'Titre', valeur: (d) => lienDocument(d.id, d.title || d.path) },
        { titre: 'Nature', valeur: (d) => libelle('typeDocument', d.kind) },
        { titre: 'Année', valeur: (d) => d.year ? String(d.year) : 'inconnue' },
        { titre: 'Fichier', valeur: (d) => [el('code', { text: d.path }), d.part > 1 ? ' (partie ' + d.part + ')' : ''] },
        { titre: 'Avertissements', valeur: (d) => avertissements(d.warnings) },
        { titre: 'Apports', valeur: (d) => apports(d.counts) }
      ], documents, 'Aucun document pour la période.'), 'documents'),
      section('Conflits', tableauConflits(conflits, true), 'conflits'),
      section('Fichiers non chargés', tableau('Fichiers qui n\'ont pas pu être chargés, avec leur erreur '
        + '(ce qu\'une version précédente avait apporté reste chargé)', [
        { titre: 'Fichier', valeur: (f) => el('code', { text: f.path }) },
        { titre: 'Erreur', valeur: (f) => f.error },
        { titre: 'Le', valeur: (f) => new Date(f.at).toLocaleString('fr-FR') }
      ], r[2], 'Aucun fichier en échec.'), 'echecs')];
  });
}

function avertissements(liste) {
  if (!liste || liste.length === 0) { return '—'; }
  return el('ul', { class: 'compacte' }, liste.map((w) => el('li', { text: w })));
}

function apports(c) {
  if (!c) { return ''; }
  const parties = [[c.metropolises, 'métropole'], [c.organizations, 'organisme'], [c.people, 'personne'],
    [c.meetings, 'réunion'], [c.themes, 'thème'], [c.conflicts, 'conflit']]
    .filter((p) => p[0] > 0)
    .map((p) => p[0] + ' ' + p[1] + (p[0] > 1 ? 's' : ''));
  return parties.join(', ') || '—';
}

function tableauConflits(conflits, avecDocument) {
  const colonnes = [
    { titre: 'Conflit', valeur: (c) => libelle('conflit', c.type) },
    { titre: 'Sujet', valeur: (c) => {
      if (c.type === 'name_variant') { return lienPersonne(c.subject, c.subjectName || 'personne supprimée ou renommée'); }
      if (c.subjectName) { return c.subjectName; }
      return libelleOu('sujetConflit', c.subject, 'Autre'); } },
    { titre: 'Constat', valeur: (c) => c.description },
    { titre: 'Décision', valeur: (c) => c.resolution },
    { titre: 'Passage cité', valeur: (c) => citation(c.evidence, c.lines) }];
  if (avecDocument) { colonnes.push({ titre: 'Document', valeur: (c) => lienDocument(c.documentId, c.documentTitle) }); }
  return tableau('Conflits relevés au chargement et décisions prises', colonnes, conflits, 'Aucun conflit.');
}

// Meetings a summary only counts ("3 en distanciel") are as many nodes with the same title and
// the same passage: one row, with their number, rather than identical rows.
function regrouperDecomptes(mentions) {
  const vus = {};
  const lignes = [];
  (mentions || []).forEach((m) => {
    if (m.label !== 'Meeting') { lignes.push(m); return; }
    const cle = [m.name, m.evidence, m.lines].join('\u0000');
    if (vus[cle]) { vus[cle].decompte += 1; return; }
    vus[cle] = Object.assign({ decompte: 1 }, m);
    lignes.push(vus[cle]);
  });
  return lignes;
}

function vueDocument(id) {
  return api('documents/' + encodeURIComponent(id)).then((d) => [
    el('p', { class: 'fil' }, [lien('documents', 'Documents'), ' › ', d.title || d.path]),
    titre(d.title || d.path, libelle('typeDocument', d.kind) + (d.year ? ' · ' + d.year : '')),
    definitions([['Fichier', [el('code', { text: d.path }), d.part > 1 ? ' (partie ' + d.part + ')' : '']],
      ['Format', d.format], ['Lignes', d.lineCount ? String(d.lineCount) : null],
      ['Années évoquées', (d.years || []).join(', ')],
      ['Chargé le', d.ingestedAt ? new Date(d.ingestedAt.replace(/\[.*\]$/, '')).toLocaleString('fr-FR') : null],
      ['Avertissements', d.warnings && d.warnings.length ? avertissements(d.warnings) : 'aucun']]),
    section('Conflits', tableauConflits(d.conflicts, false), 'conflits'),
    section('Ce que le document mentionne', tableau('Entités mentionnées, avec le passage cité', [
      { titre: 'Entité', valeur: (m) => {
        if (m.label === 'Metropolis') { return lienMetropole(m.id, m.name); }
        if (m.label === 'Person') { return lienPersonne(m.id, m.name); }
        if (m.label === 'Meeting' && m.decompte > 1) {
          return [el('span', { class: 'decompte', text: m.decompte + ' réunions connues par un décompte : ' }),
            lien('reunions', m.name)];
        }
        if (m.label === 'Meeting') { return lienReunion(m.id, m.name); }
        if (m.label === 'StatedFigure') {
          return libelleOu('chiffre', m.name, 'Chiffre cité') + (m.value !== null && m.value !== undefined ? ' : ' + nombre(m.value) : '')
            + (m.year ? ' (' + m.year + ')' : '');
        }
        return m.name || m.id; } },
      { titre: 'Nature', valeur: (m) => libelle('etiquette', m.label) },
      { titre: 'Lignes', valeur: (m) => m.lines || '' },
      { titre: 'Passage cité', valeur: (m) => citation(m.evidence) }
    ], regrouperDecomptes(d.mentions), 'Aucune mention.'), 'mentions')
  ]);
}
