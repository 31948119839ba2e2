import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { referralFor, type Answers, type Assessment, type ReferralTopic } from '../../../machines';
import { Button } from '../../components/Button';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { personKnowsOptions, type DetailField, type Details } from '../../letters/details';
import { calendarToday, citationText, longDate } from '../../letters/draft';
import { useDocumentTitle } from '../../page';
import { kindKeys, sentenceCase } from '../../wording';
import { AnswersList } from './AnswersList';
import { DetailsForm, type FieldSpec } from './DetailsForm';
import { useDetails } from './useDetails';

/** The details each topic of a referral form asks for (machines/letters.ts decides which topics). */
const topicFields: Record<ReferralTopic, { field: DetailField; label: string; hint?: string }[]> = {
  mentalHealthAct: [{ field: 'mentalHealthAct', label: 'referral.fields.mentalHealthAct' }],
  capacity: [
    { field: 'capacityBy', label: 'referral.fields.capacityBy' },
    { field: 'capacityOn', label: 'referral.fields.capacityOn', hint: 'fields.dateHint' },
  ],
  noOneToConsult: [{ field: 'whyNoOne', label: 'referral.fields.whyNoOne', hint: 'referral.fields.whyNoOneHint' }],
  attorneyOrDeputy: [{ field: 'attorneyOrDeputy', label: 'referral.fields.attorneyOrDeputy' }],
  noAppropriateIndividual: [{ field: 'whyNoOne', label: 'referral.fields.whyNoAppropriateIndividual' }],
};

/**
 * For professionals: one page with what IMCA, IMHA and Care Act advocacy referral forms ask for, the
 * duty that applies and its citation, and who must arrange or instruct the advocate (the rules'
 * `arrangedBy`). The details are typed on the device; the summary prints on its own.
 */
export function ReferralPage({
  answers,
  assessment,
  storage,
  headingRef,
  onPrint,
}: {
  answers: Answers;
  assessment: Assessment;
  storage: Storage | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onPrint: () => void;
}) {
  const { t, i18n } = useTranslation(['letters', 'result', 'reasons', 'common']);
  const { details, usable, tooLong, update } = useDetails(storage);
  const title = t('referral.title');
  useDocumentTitle(title, tooLong.length > 0);
  const referral = referralFor(assessment);
  if (!referral) return null; // the machine only comes here when there is an advocate to refer for
  const context = 'helper';
  const topicSpecs = referral.topics
    .flatMap((topic) => topicFields[topic])
    .filter((spec, i, all) => all.findIndex((s) => s.field === spec.field) === i);

  const fields: FieldSpec[] = [
    { field: 'personName', label: t('referral.fields.personName') },
    { field: 'dateOfBirth', label: t('referral.fields.dateOfBirth'), hint: t('fields.dateHint'), width: 20 },
    { field: 'place', label: t('referral.fields.place'), hint: t('fields.placeHint') },
    { field: 'communication', label: t('referral.fields.communication'), hint: t('referral.fields.communicationHint') },
    { field: 'decision', label: t('referral.fields.decision') },
    { field: 'decisionDate', label: t('referral.fields.decisionDate'), hint: t('fields.dateHint'), width: 20 },
    { field: 'decisionMaker', label: t('referral.fields.decisionMaker') },
    { field: 'deadlines', label: t('referral.fields.deadlines') },
    ...topicSpecs.map((spec) => ({ field: spec.field, label: t(spec.label), ...(spec.hint ? { hint: t(spec.hint) } : {}) })),
    { field: 'writerName', label: t('referral.fields.referrerName'), autoComplete: 'name' },
    { field: 'referrerRole', label: t('referral.fields.referrerRole'), autoComplete: 'organization-title' },
    { field: 'referrerContact', label: t('referral.fields.referrerContact') },
  ];

  const given = (d: Details, field: DetailField): ReactNode => {
    const value = d[field]?.trim();
    return value ? value : <span className="app-gap">{t('gaps.notGiven')}</span>;
  };
  const rows = (specs: { field: DetailField; label: string }[]): SummaryRow[] =>
    specs.map((spec) => ({ id: spec.field, key: spec.label, value: given(usable, spec.field) }));
  const personKnows =
    details.personKnows && (personKnowsOptions as readonly string[]).includes(details.personKnows) ? details.personKnows : undefined;
  const byField = (field: DetailField) => fields.find((f) => f.field === field)!;

  return (
    <div className="govuk-grid-row app-referral-page">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="govuk-body">{t('referral.lead')}</p>

        <div className="app-print-hide">
          <h2 className="govuk-heading-m">{t('referral.formHeading')}</h2>
          <p className="govuk-body">{t('referral.formIntro')}</p>
          <DetailsForm fields={fields} details={details} tooLong={tooLong} onChange={update} />
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('referral.fields.personKnows')}</legend>
              <div className="govuk-radios govuk-radios--small govuk-radios--inline">
                {personKnowsOptions.map((value, i) => (
                  <div className="govuk-radios__item" key={value}>
                    <input
                      className="govuk-radios__input"
                      id={i === 0 ? 'details-personKnows' : `details-personKnows-${i + 1}`}
                      name="details-personKnows"
                      type="radio"
                      value={value}
                      checked={personKnows === value}
                      onChange={() => update('personKnows', value)}
                    />
                    <label
                      className="govuk-label govuk-radios__label"
                      htmlFor={i === 0 ? 'details-personKnows' : `details-personKnows-${i + 1}`}
                    >
                      {t(`referral.personKnowsOptions.${value}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </div>

        <section className="app-referral" aria-labelledby="referral-advocates">
          <h2 className="govuk-heading-m" id="referral-advocates">
            {t('referral.advocatesHeading')}
          </h2>
          {referral.advocates.map((advocate) => (
            <div key={advocate.kind} className="app-referral-advocate">
              <h3 className="govuk-heading-s">{t(kindKeys(advocate.kind, referral.nation, 'name'), { ns: 'result' })}</h3>
              <SummaryList
                rows={[
                  { id: 'status', key: t('referral.status'), value: t(`status.${advocate.status}`, { ns: 'result', context }) },
                  {
                    id: 'arrangedBy',
                    key: t('referral.arrangedBy'),
                    value: (
                      <>
                        {sentenceCase(t(advocate.arrangedBy, { ns: 'reasons', context }), i18n.language)}.{' '}
                        {t(`referral.note.${advocate.kind}`)}
                      </>
                    ),
                  },
                  { id: 'duty', key: t('referral.duty'), value: advocate.duty ? citationText(t, advocate.duty) : t('referral.noDuty') },
                  {
                    id: 'law',
                    key: t('referral.law'),
                    value: (
                      <ul className="govuk-list">
                        {advocate.citations.map((c) => (
                          <li key={`${c.instrument}-${c.provision}`}>{citationText(t, c)}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            </div>
          ))}

          <h2 className="govuk-heading-m">{t('referral.personHeading')}</h2>
          <SummaryList
            rows={[
              ...rows(['personName', 'dateOfBirth', 'place', 'communication'].map((f) => byField(f as DetailField))),
              {
                id: 'personKnows',
                key: t('referral.fields.personKnows'),
                value: personKnows ? (
                  t(`referral.personKnowsOptions.${personKnows}`)
                ) : (
                  <span className="app-gap">{t('gaps.notGiven')}</span>
                ),
              },
            ]}
          />
          <h2 className="govuk-heading-m">{t('referral.decisionHeading')}</h2>
          <SummaryList rows={rows(['decision', 'decisionDate', 'decisionMaker', 'deadlines'].map((f) => byField(f as DetailField)))} />
          {topicSpecs.length > 0 && (
            <>
              <h2 className="govuk-heading-m">{t('referral.topicsHeading')}</h2>
              <SummaryList rows={rows(topicSpecs.map((spec) => byField(spec.field)))} />
            </>
          )}
          <h2 className="govuk-heading-m">{t('referral.answersHeading')}</h2>
          <AnswersList answers={answers} />
          <h2 className="govuk-heading-m">{t('referral.referrerHeading')}</h2>
          <SummaryList rows={rows(['writerName', 'referrerRole', 'referrerContact'].map((f) => byField(f as DetailField)))} />
          <p className="govuk-body-s">
            {t('summary.made', { date: longDate(calendarToday(), i18n.language), address: window.location.origin })}
          </p>
        </section>

        <Button variant="secondary" className="app-no-print" onClick={onPrint}>
          {t('summary.print')}
        </Button>
      </div>
    </div>
  );
}
