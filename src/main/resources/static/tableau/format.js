// French formatting of numbers, lists and dates, and the accent- and case-insensitive key.

export function nombre(n, decimales) {
  if (n === null || n === undefined) { return ''; }
  return Number(n).toLocaleString('fr-FR', { maximumFractionDigits: decimales === undefined ? 2 : decimales });
}

export function liste(valeurs) { return (valeurs || []).filter((v) => v !== null && v !== '').join(', '); }

export function dates(debut, fin) {
  if (!debut) { return ''; }
  const f = (d) => new Date(d + 'T00:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  return (fin && fin !== debut) ? 'du ' + f(debut) + ' au ' + f(fin) : f(debut);
}

export function normaliser(s) { return (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }
