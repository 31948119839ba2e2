import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Action, ActionGroup, Nation } from '../../../machines';
// not re-exported by machines/index.ts: which steps carry a list of their own (questions, tips)
import { actionItems } from '../../../machines/actions';
import { CheckList, type CheckListItem } from '../../components/CheckList';
import type { HeadingLevel } from '../../components/ContactDetails';
import type { Audience } from '../../wording';
import { Citation } from './Citation';
import { Organisation } from './Organisation';

/** The groups of `actions` in the order they first appear (the planner's order). */
export function groupActions(actions: readonly Action[]): { group: ActionGroup; actions: Action[] }[] {
  const groups = new Map<ActionGroup, Action[]>();
  for (const action of actions) groups.set(action.group, [...(groups.get(action.group) ?? []), action]);
  return [...groups].map(([group, grouped]) => ({ group, actions: grouped }));
}

/** One step as a checklist item: its wording, any list of its own, the law it rests on, whom to contact. */
function toItem(t: TFunction, action: Action, nation: Nation, context: Audience, contactLevel: HeadingLevel): CheckListItem {
  const subItems = actionItems[action.key];
  const hasDetails = subItems !== undefined || action.source !== undefined || action.contacts.length > 0;
  return {
    id: action.id,
    label: t(action.key, { ns: 'actions', context, ...action.vars }),
    details: hasDetails ? (
      <>
        {subItems && (
          <CheckList
            items={subItems.map((item) => ({
              id: `${action.id}-${item}`,
              label: t(item, { ns: 'actions', context, ...action.vars }),
            }))}
          />
        )}
        {action.source && (
          <p className="govuk-body-s">
            {t('result:advocate.source')} <Citation source={action.source} />
          </p>
        )}
        {action.contacts.map((id) => (
          <Organisation key={id} id={id} nation={nation} headingLevel={contactLevel} compact />
        ))}
      </>
    ) : undefined,
  };
}

/** Steps as a checklist a person can tick on screen or on paper. */
export function ActionChecklist({
  actions,
  nation,
  context,
  contactLevel,
}: {
  actions: Action[];
  nation: Nation;
  context: Audience;
  /** The heading level of the organisations named in the steps: one below the list's own heading. */
  contactLevel: HeadingLevel;
}) {
  const { t } = useTranslation(['actions', 'result']);
  return <CheckList items={actions.map((action) => toItem(t, action, nation, context, contactLevel))} />;
}

/** One group of next steps under its heading. */
export function ActionGroupSection({
  group,
  actions,
  nation,
  context,
}: {
  group: ActionGroup;
  actions: Action[];
  nation: Nation;
  context: Audience;
}) {
  const { t } = useTranslation('result');
  const headingId = `actions-${group}`;
  return (
    <section className="app-action-group" aria-labelledby={headingId}>
      <h3 className="govuk-heading-m" id={headingId}>
        {t(`groups.${group}`, { context })}
      </h3>
      <ActionChecklist actions={actions} nation={nation} context={context} contactLevel={4} />
    </section>
  );
}
