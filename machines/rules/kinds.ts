// Which kinds of statutory advocate exist in each nation (shared/law/README.md, "Kinds that exist
// in each nation"), in the order the result shows them. A rule is only ever asked about a person in
// a nation where its kind exists; the question registry asks a kind's facts only there.

import type { AdvocateKind, Nation } from '../types';

export const kindsByNation: Record<Nation, readonly AdvocateKind[]> = {
  england: ['imha', 'imca', 'imca-dols', 'care-act', 'children', 'nhs-complaints'],
  wales: ['imha', 'imca', 'imca-dols', 'wales-ipa', 'children', 'nhs-complaints'],
  scotland: ['scotland-advocacy', 'nhs-complaints'],
  'northern-ireland': ['ni-imca', 'nhs-complaints'],
};

/** Whether `kind` exists where the person is (false while the nation is not known). */
export const kindExists = (kind: AdvocateKind, nation: Nation | undefined): boolean =>
  nation !== undefined && kindsByNation[nation].includes(kind);
