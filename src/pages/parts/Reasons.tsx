import { useTranslation } from 'react-i18next';
import type { AdvocateResult, Nation, Reason, Status } from '../../../machines';
import { Tag, type TagColour } from '../../components/Tag';
import { kindKeys, sentenceCase, type Audience } from '../../wording';
import { Citation } from './Citation';

export const statusColour: Record<Status, TagColour> = {
  entitled: 'green',
  'may-be-entitled': 'yellow',
  'may-be-offered': 'blue',
  'not-entitled': 'grey',
};

/**
 * The status of an advocate as a tag, worded for what kind of offer a "may be offered" is; `short`
 * for a list where the advocate's name is beside it ("Yes", "No", "If you complain").
 */
export function StatusTag({ advocate, context, short = false }: { advocate: AdvocateResult; context: Audience; short?: boolean }) {
  const { t } = useTranslation('result');
  const which = advocate.status === 'may-be-offered' && advocate.offer ? advocate.offer : advocate.status;
  const key = short
    ? `others.tag.${which}`
    : advocate.status === 'may-be-offered' && advocate.offer
      ? `offer.${advocate.offer}`
      : `status.${advocate.status}`;
  return <Tag colour={statusColour[advocate.status]}>{t(key, { context })}</Tag>;
}

/** Reasons in plain words, each with the law it rests on, on a line of its own. */
export function ReasonList({ reasons, context }: { reasons: readonly Reason[]; context: Audience }) {
  const { t } = useTranslation(['result', 'reasons']);
  return (
    <ul className="govuk-list govuk-list--bullet app-reasons">
      {reasons.map((reason, i) => (
        <li key={`${reason.key}-${i}`}>
          {t(reason.key, { ns: 'reasons', context, ...reason.vars })}
          <span className="app-law">
            {t('law.label')} <Citation source={reason.source} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "Who arranges it: the hospital managers …" */
export function ArrangedBy({ advocate, context }: { advocate: AdvocateResult; context: Audience }) {
  const { t, i18n } = useTranslation(['result', 'reasons']);
  return (
    <p className="govuk-body">
      <strong>{t('why.arrangedBy')}</strong> {sentenceCase(t(advocate.arrangedByKey, { ns: 'reasons', context }), i18n.language)}.
    </p>
  );
}

/** One advocate in "The law this is based on": its name, status, every reason and who arranges it. */
export function AdvocateLaw({ advocate, nation, context }: { advocate: AdvocateResult; nation: Nation; context: Audience }) {
  const { t } = useTranslation('result');
  return (
    <section className="app-advocate-law" aria-labelledby={`law-${advocate.kind}`}>
      <h3 className="govuk-heading-s" id={`law-${advocate.kind}`}>
        {t(kindKeys(advocate.kind, nation, 'name'))}
      </h3>
      <p className="govuk-body">
        <StatusTag advocate={advocate} context={context} />
      </p>
      <ReasonList reasons={advocate.reasons} context={context} />
      <ArrangedBy advocate={advocate} context={context} />
    </section>
  );
}
