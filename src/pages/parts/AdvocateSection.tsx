import { useTranslation } from 'react-i18next';
import type { Action, AdvocateResult, Nation, Status } from '../../../machines';
import { Tag, type TagColour } from '../../components/Tag';
import { kindKeys, type Audience } from '../../wording';
import { ActionChecklist } from './ActionList';
import { Citation } from './Citation';

export const statusColour: Record<Status, TagColour> = {
  entitled: 'green',
  'may-be-entitled': 'yellow',
  'may-be-offered': 'blue',
  'not-entitled': 'grey',
};

/** "the hospital managers …" as the start of a sentence. */
const sentenceCase = (text: string, language: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** The reasons for a result, each in plain words with the provision it rests on. */
export function Reasons({ advocate, context }: { advocate: AdvocateResult; context: Audience }) {
  const { t } = useTranslation(['result', 'reasons']);
  return (
    <ul className="govuk-list govuk-list--bullet app-reasons">
      {advocate.reasons.map((reason, i) => (
        <li key={`${reason.key}-${i}`}>
          {t(reason.key, { ns: 'reasons', context, ...reason.vars })}{' '}
          <span className="app-reason-source">
            ({t('advocate.source')} <Citation source={reason.source} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One advocate the person has, may have, or may be offered. */
export function AdvocateSection({
  advocate,
  howToAsk,
  nation,
  context,
}: {
  advocate: AdvocateResult;
  /** The person's steps for asking for this advocate (they are not repeated in the action list). */
  howToAsk: Action[];
  nation: Nation;
  context: Audience;
}) {
  const { t, i18n } = useTranslation(['result', 'reasons', 'actions']);
  const headingId = `advocate-${advocate.kind}`;
  return (
    <section className="app-advocate" aria-labelledby={headingId}>
      <h3 className="govuk-heading-m" id={headingId}>
        {t(kindKeys(advocate.kind, nation, 'name'))}
      </h3>
      <p className="govuk-body">
        <Tag colour={statusColour[advocate.status]}>{t(`status.${advocate.status}`, { context })}</Tag>
      </p>
      <p className="govuk-body">{t(kindKeys(advocate.kind, nation, 'about'), { context, defaultValue: '' })}</p>
      <h4 className="govuk-heading-s">{t('advocate.why')}</h4>
      <Reasons advocate={advocate} context={context} />
      <h4 className="govuk-heading-s">{t('advocate.arrangedBy')}</h4>
      <p className="govuk-body">
        {t('advocate.arrangedBySentence', { who: sentenceCase(t(advocate.arrangedByKey, { ns: 'reasons', context }), i18n.language) })}
      </p>
      {howToAsk.length > 0 && (
        <>
          <h4 className="govuk-heading-s">{t('advocate.howToAsk', { context })}</h4>
          <ActionChecklist actions={howToAsk} nation={nation} context={context} contactLevel={5} />
        </>
      )}
    </section>
  );
}
