import actions from './actions.json';
import common from './common.json';
import instruments from './instruments.json';
import letters from './letters.json';
import organisations from './organisations.json';
import pages from './pages.json';
import questions from './questions.json';
import careAct from './reasons/care-act.json';
import children from './reasons/children.json';
import imcaDols from './reasons/imca-dols.json';
import imca from './reasons/imca.json';
import imha from './reasons/imha.json';
import nhsComplaints from './reasons/nhs-complaints.json';
import niImca from './reasons/ni-imca.json';
import scotlandAdvocacy from './reasons/scotland-advocacy.json';
import walesIpa from './reasons/wales-ipa.json';
import result from './result.json';

// The English catalogue, one i18next namespace per key. Each advocate kind keeps its reasons in a
// file of its own (top-level key = the kind's camelCase name), merged into the `reasons` namespace.
export const en = {
  common,
  questions,
  result,
  actions,
  organisations,
  instruments,
  pages,
  letters,
  reasons: { ...imha, ...imca, ...imcaDols, ...careAct, ...walesIpa, ...scotlandAdvocacy, ...niImca, ...nhsComplaints, ...children },
};

export type Catalogue = typeof en;
