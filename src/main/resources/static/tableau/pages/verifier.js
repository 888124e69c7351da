// "À vérifier" (GET /api/review): conflicts, facts the finders were unsure of, mentions
// that could not be resolved, people who could be the same; newest document first,
// filtered by document and kind; each with its passage, a link to the document and the
// corrections that fit (corrections.js).
import { el, citation } from '../dom.js';
import { api } from '../api.js';
import { etat } from '../etat.js';
import { titre } from '../composants.js';
import { lienDocument } from '../liens.js';
import { changerParams, reafficher } from '../routeur.js';
import { session, peutCorriger, messageSansDroit } from '../session.js';
import { boutonAction } from '../corrections.js';

const GENRES = [['', 'Tout'], ['conflict', 'Conflits'], ['low-confidence', 'Faits incertains'],
  ['unresolved', 'Mentions non résolues'], ['candidate-pair', 'Même personne ?']];

export function vueVerifier(id, params) {
  const filtres = { document: params.get('document') || '', kind: params.get('genre') || '' };
  return Promise.all([session(), api('review', filtres)]).then((r) => {
    const s = r[0];
    const elements = r[1];
    const documents = Object.keys(etat.documents).map((k) => etat.documents[k])
      .sort((a, b) => String(a.title).localeCompare(String(b.title)));
    const formulaire = el('form', { class: 'controles', id: 'filtres-verification', onsubmit: (e) => {
      e.preventDefault();
      changerParams({ document: e.target.elements.document.value, genre: e.target.elements.genre.value });
    } }, [
      el('label', { for: 'filtre-document', text: 'Document' }),
      el('select', { id: 'filtre-document', name: 'document' }, [el('option', { value: '', text: 'Tous' })]
        .concat(documents.map((d) => el('option', { value: d.id, selected: d.id === filtres.document,
          text: d.title + (d.year ? ' (' + d.year + ')' : '') })))),
      el('label', { for: 'filtre-genre', text: 'Genre' }),
      el('select', { id: 'filtre-genre', name: 'genre' }, GENRES.map((g) =>
        el('option', { value: g[0], selected: g[0] === filtres.kind, text: g[1] }))),
      el('button', { type: 'submit', text: 'Filtrer' })]);
    return [titre('À vérifier', elements.length + ' élément(s) à relire, du document le plus récent au plus ancien.'),
      formulaire,
      peutCorriger(s) ? null : messageSansDroit(s),
      elements.length ? el('ol', { class: 'a-verifier' }, elements.map((item) => carte(item, peutCorriger(s))))
        : el('p', { class: 'vide', text: 'Rien à vérifier pour ces critères.' })];
  });
}

function carte(item, actions) {
  return el('li', { class: 'element-a-verifier', 'data-genre': item.kind }, el('article', null, [
    el('p', { class: 'genre', text: item.label }),
    el('h2', { text: item.title }),
    item.evidence ? el('p', { class: 'passage' }, [citation(item.evidence, item.lines)]) : null,
    el('p', { class: 'source' }, ['Document : ', lienDocument(item.documentId, item.documentTitle),
      item.path ? [' · ', el('code', { text: item.path })] : null]),
    item.details && item.details.length ? el('ul', { class: 'details' }, item.details.map((d) => el('li', { text: d }))) : null,
    actions ? el('div', { class: 'actions' }, item.actions.map((a) =>
      boutonAction(a, { revision: item.revision, items: item.items }, () => setTimeout(reafficher, 600)))) : null
  ]));
}
