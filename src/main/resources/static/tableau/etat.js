// State shared by the pages: the year range chosen in the header, the years the
// documents cover and the loaded documents (for naming document links).

export const etat = {
  // Every year from the first to the last year that some document or trend covers.
  annees: [],
  // The chosen range, always inside annees.
  periode: { de: null, a: null },
  // Document id → document (GET /api/documents), to name links by title and year.
  documents: {},
  // Year → true when some document, meeting or membership covers it.
  anneesAvecDonnees: {},
  // Year → what the documents say of it (GET /api/coverage): {documents, membership, meetings, themes}.
  couverture: {}
};

// Whether the documents say anything of the year; what: 'membres:agents', 'reunions', 'themes'
// for one kind of fact, or nothing for any.
export function documente(annee, quoi) {
  const c = etat.couverture[annee];
  if (!c) { return false; }
  if (!quoi) { return c.documented; }
  if (quoi === 'reunions') { return c.meetings; }
  if (quoi === 'themes') { return c.themes; }
  if (quoi.indexOf('membres:') === 0) { return c.membership.indexOf(quoi.substring(8)) >= 0; }
  return c.documented;
}

export function texteNonDocumentees(quoi) {
  const annees = anneesPeriode().filter((y) => !documente(y, quoi));
  if (annees.length === 0) { return ''; }
  return (annees.length > 1 ? 'Années non documentées' : 'Année non documentée') + ' sur la période : '
    + annees.join(', ') + ' : aucun document ne le dit pour ' + (annees.length > 1 ? 'ces années' : 'cette année')
    + ', c’est inconnu (et non zéro).';
}

// "2019–2025", or "2025" for one year.
export function texteperiode() {
  return etat.periode.de === etat.periode.a ? String(etat.periode.de) : etat.periode.de + '–' + etat.periode.a;
}

export function dansPeriode(annee) {
  return annee === null || annee === undefined || (annee >= etat.periode.de && annee <= etat.periode.a);
}

export function anneesPeriode() {
  const r = [];
  for (let y = etat.periode.de; y <= etat.periode.a; y++) { r.push(y); }
  return r;
}
