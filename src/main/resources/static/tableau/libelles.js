// French labels for the API's codes. A code with no label is shown as it is.

export const LIBELLES = {
  format: { IN_PERSON: 'Présentiel', REMOTE: 'Distanciel', HYBRID: 'Hybride', UNKNOWN: 'Non précisé' },
  // "3 réunions en présentiel": the format after a count (the plural is added by the caller).
  formatAdjectif: { IN_PERSON: 'en présentiel', REMOTE: 'à distance', HYBRID: 'hybride', UNKNOWN: 'de format non précisé' },
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

export function libelle(table, code) {
  if (code === null || code === undefined || code === '') { return ''; }
  const t = LIBELLES[table];
  return (t && Object.prototype.hasOwnProperty.call(t, code)) ? t[code] : String(code);
}
