// How a person reaches each kind of advocate: only through the body with the duty, or also by going
// to the advocacy service directly. The letters (machines/letters.ts) say so, rather than implying
// the body is the only way. Checked 2026-12-01.
//
// - IMHA: a qualifying patient can ask the IMHA service for help themselves; the hospital managers
//   (or the council, clinician or doctor) must tell them how (MHA 1983 s130D, s130K, s130L), and in
//   Wales the patient is among those who can require an IMHA to visit (s130H).
// - Care Act advocacy: the council must arrange it (Care Act 2014 ss67–68), and local advocacy
//   services also take requests from people themselves.
// - Scotland: s259 of the 2003 Act is a right of *access* to independent advocacy; people can contact
//   a local advocacy service (SIAA's directory) or ask their care team to refer them.
// - Help to complain about NHS care in England: the council must arrange it (LGPIHA 2007 s223A), and
//   people contact the advocacy service it funds directly (PALS or the council name it). Elsewhere
//   the body the rules name is the service itself (Llais, PASS, the Patient and Client Council)
//   (complaints-and-legal-help.md).
// IMCAs (and DoLS and Northern Ireland IMCAs) are instructed by the body making the decision, never
// by the person or their family (MCA 2005 ss37–39, 39A–39D; MCA (NI) 2016); children's and Welsh
// Independent Professional Advocates are arranged by the council.

import type { AdvocateKind, Nation } from '../types';

const reachedDirectly: readonly AdvocateKind[] = ['imha', 'care-act', 'scotland-advocacy'];

/** Whether the person (or someone for them) can also go to the advocacy service directly. */
export const serviceTakesDirectRequests = (kind: AdvocateKind, nation: Nation): boolean =>
  reachedDirectly.includes(kind) || (kind === 'nhs-complaints' && nation === 'england');
