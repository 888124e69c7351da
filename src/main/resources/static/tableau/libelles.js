// French labels for the API's codes. A code with no label is shown as it is.

export const LIBELLES = {
  format: { IN_PERSON: 'Présentiel', REMOTE: 'Distanciel', HYBRID: 'Hybride', UNKNOWN: 'Non précisé' },
  // "3 réunions en présentiel": the format after a count (the plural is added by the caller).
  formatAdjectif: { IN_PERSON: 'en présentiel', REMOTE: 'à distance', HYBRID: 'hybride', UNKNOWN: 'de format non précisé' },
  typeDocument: { annual_summary: 'Résumé annuel', meeting_report: 'Compte rendu de réunion',
    project_sheet: 'Fiche projet', prose: 'Texte (article, page web, courriel…)', deliberation: 'Délibération',
    attendance_sheet: 'Feuille de présence' },
  typeReunion: { meeting: 'Rencontre', session: 'Séance', experience_sharing: "Retour d'expérience",
    group_meeting: 'Réunion du groupe', seminar: 'Séminaire', workshop: 'Atelier', webinar: 'Webinaire',
    conference: 'Conférence', round_table: 'Table ronde', study_trip: "Voyage d'étude", summer_school: "Université d'été",
    forum: 'Forum', debate: 'Débat', training: 'Formation', study_day: "Journée d'étude" },
  statut: { present: 'Présent·e', excused: 'Excusé·e' },
  qualite: { participant: 'Participant·e', organiser: 'Organisateur·rice', facilitator: 'Animateur·rice',
    speaker: 'Intervenant·e', accompanying: 'Accompagnant·e' },
  categorie: { elected: 'Élu·e', staff: 'Agent·e', other: 'Autre' },
  nature: { METROPOLE: 'Métropole', EPT: 'Établissement public territorial',
    METROPOLE_STATUT_PARTICULIER: 'Métropole à statut particulier' },
  conflit: { year_conflict: 'Année contradictoire', name_variant: 'Variante de nom' },
  sujetConflit: { year: 'Année du document', name: 'Nom', title: 'Titre' },
  typeOrganisme: { COMMUNE: 'Commune', CONSULTANCY: 'Cabinet de conseil', NETWORK: 'Réseau', PUBLIC_BODY: 'Organisme public',
    COUNCIL: 'Conseil', ASSOCIATION: 'Association', UNIVERSITY: 'Université' },
  groupe: { agents: 'Groupe des agent·es', elus: 'Groupe des élu·es' },
  role: { attendee: 'Participante', presenter: 'Présentatrice', host: 'Hôte' },
  etiquette: { Metropolis: 'Métropole', Organization: 'Organisme', Person: 'Personne', Meeting: 'Réunion',
    Theme: 'Thème', Group: 'Groupe', Role: 'Fonction', Document: 'Document', StatedFigure: 'Chiffre cité',
    Project: 'Projet', LegalStatus: 'Statut juridique', Commune: 'Commune', UnresolvedMention: 'Mention non résolue',
    Conflict: 'Conflit' },
  // What a figure a document states counts (StatedFigure.subject).
  chiffre: { work_sessions: 'Séances de travail', meetings: 'Réunions', members: 'Membres', participants: 'Participant·es',
    contributions: 'Contributions', sessions: 'Séances' }
};

export function libelle(table, code) {
  if (code === null || code === undefined || code === '') { return ''; }
  const t = LIBELLES[table];
  return (t && Object.prototype.hasOwnProperty.call(t, code)) ? t[code] : String(code);
}

// The label of a code, or the given default when the code has none (never an internal name).
export function libelleOu(table, code, defaut) {
  const t = LIBELLES[table];
  return (t && Object.prototype.hasOwnProperty.call(t, code)) ? t[code] : defaut;
}
