import { useTranslation } from 'react-i18next';
import type { Nation, ResultPlan } from '../../../machines';
import { andList, kindKeys, type Audience } from '../../wording';

/** The result's headline: the route, and the advocates it names, in the person's terms (machines/result-plan.ts). */
export function useHeadline(plan: ResultPlan, nation: Nation, context: Audience): string {
  const { t, i18n } = useTranslation('result');
  const { headline } = plan;
  const short = (kind: Parameters<typeof kindKeys>[0]) => t(kindKeys(kind, nation, 'headline'));
  switch (headline.route) {
    case 'statutory':
      return t('headline.statutory', { context, advocates: andList(headline.kinds.map(short), i18n.language) });
    case 'check': {
      const which = headline.status === 'may-be-offered' && headline.offer ? headline.offer : headline.status;
      return t(`headline.check.${which}`, { context, advocate: short(headline.kind) });
    }
    case 'non-statutory':
      return t('headline.non-statutory', { context });
  }
}
