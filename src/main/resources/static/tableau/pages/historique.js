// "Historique" (GET /api/curation/history): every correction and upload, who, when, why,
// whether it is undone or stale (no longer matches anything), with "Annuler".
import { el, tableau } from '../dom.js';
import { api } from '../api.js';
import { titre } from '../composants.js';
import { reafficher } from '../routeur.js';
import { session, peutCorriger } from '../session.js';
import { boutonAnnuler } from '../corrections.js';

function quand(iso) {
  const d = new Date(iso);
  return isNaN(d) ? iso : d.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

function etatEntree(e) {
  if (e.undoneBy) { return 'Annulée par ' + e.undoneBy + ' le ' + quand(e.undoneAt); }
  if (e.stale) { return 'Sans effet : ne correspond plus à rien dans les documents chargés'; }
  return e.undoable ? 'En vigueur' : '—';
}

export function vueHistorique() {
  return Promise.all([session(), api('curation/history')]).then((r) => {
    const modifier = peutCorriger(r[0]);
    return [titre('Historique', 'Chaque correction et chaque dépôt, avec son auteur. Une correction annulée reste dans '
      + 'l’historique ; les fichiers de correction sont dans le dossier de curation (voir le README).'),
    tableau('Corrections et dépôts, du plus récent au plus ancien', [
      { titre: 'Quand', valeur: (e) => quand(e.at) },
      { titre: 'Qui', valeur: (e) => e.byName },
      { titre: 'Action', valeur: (e) => e.label },
      { titre: 'Détail', valeur: (e) => e.description },
      { titre: 'Pourquoi', valeur: (e) => e.why || '' },
      { titre: 'État', valeur: (e) => el('span', { class: e.stale ? 'perimee' : null, text: etatEntree(e) }) },
      { titre: 'Annuler', valeur: (e) => (modifier && e.undoable ? boutonAnnuler(e, () => setTimeout(reafficher, 600)) : '') }
    ], r[1], 'Aucune correction ni aucun dépôt pour l’instant.')];
  });
}
