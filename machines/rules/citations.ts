import type { Citation, InstrumentId } from '../types';

// Every instrument a rule cites, with its home on legislation.gov.uk (or, for statutory
// guidance and codes that are not legislation, on the government's own site).
const instrumentUrl: Record<InstrumentId, string> = {
  mha1983: 'https://www.legislation.gov.uk/ukpga/1983/20',
  mhWalesMeasure2010: 'https://www.legislation.gov.uk/mwa/2010/7',
  imhaWalesRegs2011: 'https://www.legislation.gov.uk/wsi/2011/2501',
  hsca2012: 'https://www.legislation.gov.uk/ukpga/2012/7',
  mca2005: 'https://www.legislation.gov.uk/ukpga/2005/9',
  imcaGeneralRegs2006: 'https://www.legislation.gov.uk/uksi/2006/1832',
  imcaExpansionRegs2006: 'https://www.legislation.gov.uk/uksi/2006/2883',
  imcaWalesRegs2007: 'https://www.legislation.gov.uk/wsi/2007/852',
  careAct2014: 'https://www.legislation.gov.uk/ukpga/2014/23',
  careAdvocacyRegs2014: 'https://www.legislation.gov.uk/uksi/2014/2889',
  careStatutoryGuidance: 'https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance',
  sswba2014: 'https://www.legislation.gov.uk/anaw/2014/4',
  sswbaPart10Code: 'https://www.gov.wales/social-services-and-well-being-wales-act-2014-part-10-code-practice-advocacy',
  mhcts2003: 'https://www.legislation.gov.uk/asp/2003/13',
  mhScotland2015: 'https://www.legislation.gov.uk/asp/2015/9',
  socialSecurityScotland2018: 'https://www.legislation.gov.uk/asp/2018/9',
  mcani2016: 'https://www.legislation.gov.uk/nia/2016/18',
  mcaniCommencementOrder2019: 'https://www.legislation.gov.uk/nisr/2019/163',
  mhNiOrder1986: 'https://www.legislation.gov.uk/nisi/1986/595',
  lgpih2007: 'https://www.legislation.gov.uk/ukpga/2007/28',
  nhsWales2006: 'https://www.legislation.gov.uk/ukpga/2006/42',
  hscqeWales2020: 'https://www.legislation.gov.uk/asc/2020/1',
  puttingThingsRightRegs2011: 'https://www.legislation.gov.uk/wsi/2011/704',
  legalAidFinancialRegs2013: 'https://www.legislation.gov.uk/uksi/2013/480',
  childrenAct1989: 'https://www.legislation.gov.uk/ukpga/1989/41',
  advocacyRepresentationsRegs2004: 'https://www.legislation.gov.uk/uksi/2004/719',
  childrensHearingsScotland2011: 'https://www.legislation.gov.uk/asp/2011/1',
  patientRightsScotland2011: 'https://www.legislation.gov.uk/asp/2011/5',
  hscReformNi2009: 'https://www.legislation.gov.uk/nia/2009/1',
  pccRegsNi2009: 'https://www.legislation.gov.uk/nisr/2009/98',
  // c. 33, Royal Assent 18 December 2025; its advocacy provision (s40) is not in force.
  mha2025: 'https://www.legislation.gov.uk/ukpga/2025/33',
};

/**
 * A citation of `provision` in `instrument`. `path` is the part of the legislation.gov.uk
 * address after the instrument (e.g. "section/130C", "regulation/4", "schedule/A1/part/10");
 * leave it out to link the instrument as a whole.
 */
export function cite(instrument: InstrumentId, provision: string, path = ''): Citation {
  const base = instrumentUrl[instrument];
  return { instrument, provision, url: path ? `${base}/${path}` : base };
}

/** A provision passed by Parliament but not yet brought into force: cited, and marked so. */
export function citeNotInForce(instrument: InstrumentId, provision: string, path = ''): Citation {
  return { ...cite(instrument, provision, path), notInForce: true };
}
