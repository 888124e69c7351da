// French formatting of numbers, lists and dates, and the accent- and case-insensitive key.

export function nombre(n, decimales) {
  if (n === null || n === undefined) { return ''; }
  return Number(n).toLocaleString('fr-FR', { maximumFractionDigits: decimales === undefined ? 2 : decimales });
}

export function liste(valeurs) { return (valeurs || []).filter((v) => v !== null && v !== '').join(', '); }

export function dates(debut, fin) {
  if (!debut) { return ''; }
  const f = (d) => new Date(d + 'T00:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  const d0 = new Date(debut + 'T00:00:00');
  const lastDay = new Date(d0.getFullYear(), d0.getMonth() + 1, 0).getDate();
  if (fin && d0.getDate() === 1 && fin === debut.slice(0, 8) + String(lastDay).padStart(2, '0')) {
    // a meeting the documents date to the month only: "juin 2023"
    return d0.toLocaleDateString('fr-FR', { month: 'long', year: 'numeric' });
  }
  return (fin && fin !== debut) ? 'du ' + f(debut) + ' au ' + f(fin) : f(debut);
}

export function normaliser(s) { return (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }
