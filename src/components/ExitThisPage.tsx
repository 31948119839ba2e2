import { useEffect, useRef, useState } from 'react';
import { pressTimeoutMs, watchShiftPresses } from '../shift-presses';

// GOV.UK "Exit this page": a button, and pressing Shift three times on its own (as GOV.UK Frontend
// counts it: src/shift-presses.ts), both leave at once for a neutral site. Exiting is done by the
// caller (clear answers, replace page).

export function ExitThisPage({
  label,
  assistivePrefix,
  announce,
  onExit,
}: {
  label: string;
  /** Read before the label by screen readers ("Emergency"). */
  assistivePrefix: string;
  /** What a screen reader hears after each Shift press: presses left (0 once the time ran out). */
  announce: (pressesLeft: number, expired: boolean) => string;
  onExit: () => void;
}) {
  const [message, setMessage] = useState('');
  // the latest callbacks, so the key listener is added once
  const exitRef = useRef(onExit);
  const announceRef = useRef(announce);
  useEffect(() => {
    exitRef.current = onExit;
    announceRef.current = announce;
  });

  useEffect(() => {
    let clearMessage: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string) => {
      clearTimeout(clearMessage);
      setMessage(text);
    };
    const stop = watchShiftPresses(document, {
      onPress: (left) => say(announceRef.current(left, false)),
      onExpire: () => {
        say(announceRef.current(0, true));
        // as GOV.UK Frontend does, the "expired" message goes after the same time again
        clearMessage = setTimeout(() => setMessage(''), pressTimeoutMs);
      },
      onExit: () => {
        say('');
        exitRef.current();
      },
    });
    return () => {
      stop();
      clearTimeout(clearMessage);
    };
  }, []);

  return (
    <div
      className="govuk-exit-this-page"
      // the words the entry (src/main.tsx) announces for Shift presses before the app has arrived
      data-press-two-more-times={announce(2, false)}
      data-press-one-more-time={announce(1, false)}
      data-timed-out={announce(0, true)}
    >
      <button type="button" className="govuk-button govuk-button--warning govuk-exit-this-page__button" onClick={onExit}>
        <span className="govuk-visually-hidden">{assistivePrefix}</span> {label}
      </button>
      <div className="govuk-visually-hidden" aria-live="polite">
        {message}
      </div>
    </div>
  );
}
