import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { questionIds, type Answers, type QuestionId } from '../../../machines';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileUpload } from '../../components/FileUpload';
import { useDocumentTitle } from '../../page';
import { maxFileBytes, readAnswersFile, type Dropped, type FileProblem } from '../../saved-answers';
import { andList, questionText } from '../../wording';

const inputId = 'saved-answers-file';

/** The file's text, read on the device (FileReader: older phones' browsers have no Blob.text). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not text')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/**
 * "Continue from saved answers": the person chooses the file they saved. It is read here, on the
 * device, and checked against the question registry. A good file replaces the answers and leads to
 * check answers; a broken, foreign or changed one is refused with an error, and nothing changes.
 */
export function SavedAnswersPage({
  headingRef,
  onLoad,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  /** The answers from the file, and a note for the next page on what was opened (and dropped). */
  onLoad: (answers: Answers, note: string) => void;
}) {
  const { t, i18n } = useTranslation(['letters', 'common', 'questions']);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FileProblem | 'noFile' | undefined>(undefined);
  const [attempts, setAttempts] = useState(0);
  const title = t('saved.title');
  useDocumentTitle(title, problem !== undefined);

  const fail = (reason: FileProblem | 'noFile') => {
    setProblem(reason);
    setAttempts((n) => n + 1);
  };

  const droppedNames = (dropped: Dropped[], answers: Answers) =>
    andList(
      dropped.map((d) =>
        d.known && (questionIds as readonly string[]).includes(d.question)
          ? questionText(t, d.question as QuestionId, answers, 'checkLabel')
          : t('saved.unknownQuestion'),
      ),
      i18n.language,
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return fail('noFile');
    if (file.size === 0) return fail('empty');
    if (file.size > maxFileBytes) return fail('tooBig');
    let text: string;
    try {
      text = await readText(file);
    } catch {
      return fail('broken');
    }
    const result = readAnswersFile(text);
    if (!result.ok) return fail(result.problem);
    const note = [
      t('saved.loaded'),
      ...(result.dropped.length > 0
        ? [t('saved.dropped', { count: result.dropped.length, questions: droppedNames(result.dropped, result.answers) })]
        : []),
    ].join(' ');
    onLoad(result.answers, note);
  };

  const error = problem ? t(`saved.errors.${problem}`) : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error && <ErrorSummary key={attempts} title={t('common:errorSummaryTitle')} errors={[{ targetId: inputId, text: error }]} />}
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="govuk-body">{t('saved.lead')}</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <FileUpload
            id={inputId}
            label={t('saved.fileLabel')}
            hint={t('saved.fileHint')}
            {...(error ? { error } : {})}
            errorPrefix={t('common:errorPrefix')}
            accept=".json,application/json"
            inputRef={input}
          />
          <Button type="submit">{t('saved.continue')}</Button>
        </form>
      </div>
    </div>
  );
}
