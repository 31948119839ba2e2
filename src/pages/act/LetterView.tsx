import { Fragment } from 'react';
import type { LetterDocument, Run } from '../../letters/draft';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.gap ? (
          <mark key={i} className="app-gap">
            {run.text}
          </mark>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}

/** The letter as it will be sent: the same blocks as the Word file and the copied text. */
export function LetterView({ doc, labelledBy }: { doc: LetterDocument; labelledBy: string }) {
  return (
    <article className="app-letter" aria-labelledby={labelledBy} lang={doc.language}>
      {doc.blocks.map((block, i) => {
        switch (block.kind) {
          case 'lines':
            return (
              <p key={i} className="govuk-body">
                {block.lines.map((line, j) => (
                  <Fragment key={j}>
                    {j > 0 && <br />}
                    <Runs runs={line} />
                  </Fragment>
                ))}
              </p>
            );
          case 'subject':
            return (
              <p key={i} className="govuk-body app-letter-subject">
                <Runs runs={block.runs} />
              </p>
            );
          case 'paragraph':
            return (
              <p key={i} className="govuk-body">
                <Runs runs={block.runs} />
              </p>
            );
          case 'list':
            return (
              <ul key={i} className="govuk-list govuk-list--bullet">
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Runs runs={item} />
                  </li>
                ))}
              </ul>
            );
        }
      })}
    </article>
  );
}
