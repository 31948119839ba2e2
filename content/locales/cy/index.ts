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

// The Welsh catalogue (Cymraeg), composed exactly like ../en/index.ts: the same namespaces, and
// the same keys in each (tests/i18n-catalogues.test.ts). The app loads it only when Welsh is
// chosen (src/i18n.ts), so it is never in the first-load bundle. Status and review: ./meta.json.
export const cy = {
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
