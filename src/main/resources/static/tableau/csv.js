// CSV written in the browser (the dashboard's tables), with the rules of the service's own
// CSV (fr.metrograph.csv): a cell a spreadsheet would run as a formula (first character,
// after spaces, one of = + - @ tab CR LF or their full-width forms, unless the cell is just
// a number) gets a single quote in front (OWASP CSV injection guidance); fields are quoted
// when they hold the separator, a quote, a line break or surrounding spaces; rows end with
// CRLF. 'tableur': semicolons, decimal commas and a UTF-8 byte order mark, which a French
// spreadsheet opens as columns with accents intact; 'rfc4180': commas and decimal points.

const NOMBRE = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;
const DECLENCHEURS = '=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20';

export const DIALECTES = {
  tableur: { separateur: ';', decimal: ',', bom: true },
  rfc4180: { separateur: ',', decimal: '.', bom: false }
};

export function neutraliser(texte) {
  if (!texte) { return texte; }
  const debut = texte.replace(/^ +/, '');
  if (debut && DECLENCHEURS.indexOf(debut[0]) >= 0 && !NOMBRE.test(texte.trim())) { return "'" + texte; }
  return texte;
}

function champ(valeur, d) {
  let texte;
  if (valeur === null || valeur === undefined) { texte = ''; }
  else if (typeof valeur === 'number') { texte = String(valeur).replace('.', d.decimal); }
  else { texte = neutraliser(String(valeur)); }
  if (texte.indexOf(d.separateur) >= 0 || /["\r\n]/.test(texte) || /^\s|\s$/.test(texte)) {
    texte = '"' + texte.replace(/"/g, '""') + '"';
  }
  return texte;
}

// entete: column names; lignes: rows of values (numbers stay numbers) -> the CSV text.
export function ecrireCsv(entete, lignes, dialecte) {
  const d = DIALECTES[dialecte] || DIALECTES.tableur;
  const texte = [entete].concat(lignes).map((l) => l.map((v) => champ(v, d)).join(d.separateur)).join('\r\n') + '\r\n';
  return (d.bom ? '\uFEFF' : '') + texte;
}
