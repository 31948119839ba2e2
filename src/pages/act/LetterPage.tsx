import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { letterFor, type Assessment, type LetterId } from '../../../machines';
import { Button, ButtonGroup } from '../../components/Button';
import { InsetText } from '../../components/InsetText';
import { letterDocx } from '../../letters/docx';
import { calendarToday, draftLetter, plainText } from '../../letters/draft';
import { useDocumentTitle } from '../../page';
import { downloadFile } from '../../saved-answers';
import type { Audience } from '../../wording';
import { DetailsForm, type FieldSpec } from './DetailsForm';
import { LetterView } from './LetterView';
import { useDetails } from './useDetails';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/**
 * A letter asking for an advocate (or asking again and complaining), drafted on the device. The
 * person may add their details; the letter follows as they type. Download it as a Word file, copy
 * it, or print it (or save it as a PDF from the print dialogue): the print view is the letter alone.
 */
export function LetterPage({
  letterId,
  assessment,
  context,
  storage,
  headingRef,
  onPrint,
}: {
  letterId: LetterId;
  assessment: Assessment;
  context: Audience;
  storage: Storage | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onPrint: () => void;
}) {
  const { t, i18n } = useTranslation(['letters', 'common']);
  const { details, usable, tooLong, update } = useDetails(storage);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const letter = letterFor(assessment, letterId);
  const doc = letter ? draftLetter(t, letter, usable, context, calendarToday(), i18n.language) : undefined;
  useDocumentTitle(doc?.title ?? '', tooLong.length > 0);
  if (!letter || !doc) return null; // the machine only comes here when the assessment offers this letter

  const fields: FieldSpec[] = [
    { field: 'personName', label: t('fields.personName', { context }), ...(context === 'self' ? { autoComplete: 'name' } : {}) },
    { field: 'dateOfBirth', label: t('fields.dateOfBirth', { context }), hint: t('fields.dateHint'), width: 20 },
    { field: 'place', label: t('fields.place', { context }), hint: t('fields.placeHint') },
    ...(letter.aboutDecision
      ? [
          { field: 'decision', label: t('fields.decision'), hint: t('fields.decisionHint') } as const,
          { field: 'decisionDate', label: t('fields.decisionDate'), hint: t('fields.dateHint'), width: 20 } as const,
        ]
      : []),
    ...(context === 'helper'
      ? [{ field: 'writerName', label: t('fields.writerName'), hint: t('fields.writerNameHint'), autoComplete: 'name' } as const]
      : []),
  ];

  const download = async () => {
    setStatus({ kind: 'busy' });
    try {
      downloadFile(await letterDocx(doc), `${doc.fileName}.docx`, docxType);
      setStatus({ kind: 'idle' });
    } catch {
      setStatus({ kind: 'failed', message: t('page.downloadFailed') });
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(plainText(doc));
      setStatus({ kind: 'done', message: t('page.copied') });
    } catch {
      setStatus({ kind: 'failed', message: t('page.copyFailed') });
    }
  };

  return (
    <div className="govuk-grid-row app-letter-page">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l app-print-hide" tabIndex={-1} ref={headingRef}>
          {doc.title}
        </h1>
        <p className="govuk-body-l app-print-hide">{t('act.to', { to: t(`to.${letter.to}.name`) })}</p>

        <h2 className="govuk-heading-m app-print-hide">{t('page.detailsHeading')}</h2>
        <p className="govuk-body app-print-hide">{t('page.detailsIntro', { context })}</p>
        <div className="app-print-hide">
          <InsetText>{t('page.privacy')}</InsetText>
        </div>
        <DetailsForm fields={fields} details={details} tooLong={tooLong} onChange={update} />

        <h2 className="govuk-heading-m app-print-hide" id="letter-heading">
          {t('page.letterHeading')}
        </h2>
        <LetterView doc={doc} labelledBy="letter-heading" />

        <div className="app-print-hide">
          <p className="govuk-body">{t('page.send', { context })}</p>
          <p className="govuk-body">{t('page.replyNote')}</p>
          <ButtonGroup>
            <Button onClick={() => void download()}>{status.kind === 'busy' ? t('page.downloading') : t('page.download')}</Button>
            <Button variant="secondary" onClick={() => void copy()}>
              {t('page.copy')}
            </Button>
            <Button variant="secondary" onClick={onPrint}>
              {t('page.print')}
            </Button>
          </ButtonGroup>
          <p className="govuk-hint">{t('page.printHint')}</p>
          <div role="status" className={status.kind === 'failed' ? 'govuk-error-message' : 'govuk-body'}>
            {status.kind === 'done' || status.kind === 'failed' ? status.message : ''}
          </div>
        </div>
      </div>
    </div>
  );
}
