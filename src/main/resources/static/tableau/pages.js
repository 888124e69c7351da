// Every page of the dashboard, in menu order: one import and one route() line per page
// (see the top of routeur.js).
import { route } from './routeur.js';
import { vueEnsemble } from './pages/ensemble.js';
import { vueReunions } from './pages/reunions.js';
import { vueThemes } from './pages/themes.js';
import { vueReseau } from './pages/reseau.js';
import { vueMetropoles } from './pages/metropoles.js';
import { vuePersonnes } from './pages/personnes.js';
import { vueDocuments } from './pages/documents.js';
import { vueRapports } from './pages/rapports.js';
import { vueVerifier } from './pages/verifier.js';
import { vueAjouter } from './pages/ajouter.js';
import { vueHistorique } from './pages/historique.js';
import { installerSession } from './session.js';
import { vueRecherche } from './pages/recherche.js';

route('', vueEnsemble, { menu: "Vue d'ensemble" });
route('reunions', vueReunions, { menu: 'Réunions' });
route('themes', vueThemes, { menu: 'Thèmes' });
route('reseau', vueReseau, { menu: 'Co-présence' });
route('metropoles', vueMetropoles, { menu: 'Métropoles' });
route('personnes', vuePersonnes, { menu: 'Personnes' });
route('documents', vueDocuments, { menu: 'Documents' });
route('rapports', vueRapports, { menu: 'Rapports et exports' });
route('a-verifier', vueVerifier, { menu: 'À vérifier' });
route('ajouter', vueAjouter, { menu: 'Ajouter des documents' });
route('historique', vueHistorique, { menu: 'Historique' });
installerSession();
route('recherche', vueRecherche);
