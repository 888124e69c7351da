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
  anneesAvecDonnees: {}
};

export function dansPeriode(annee) {
  return annee === null || annee === undefined || (annee >= etat.periode.de && annee <= etat.periode.a);
}

export function anneesPeriode() {
  const r = [];
  for (let y = etat.periode.de; y <= etat.periode.a; y++) { r.push(y); }
  return r;
}
