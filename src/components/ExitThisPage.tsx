import { useEffect, useRef, useState } from 'react';

// GOV.UK "Exit this page": a button, and pressing Shift three times within a few seconds, both
// leave at once for a neutral site. Exiting is done by the caller (clear answers, replace page).

const pressesToExit = 3;
const windowMs = 5000;

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
  const presses = useRef<number[]>([]);
  const [message, setMessage] = useState('');
  // the latest callbacks, so the key listener is added once
  const exitRef = useRef(onExit);
  const announceRef = useRef(announce);
  useEffect(() => {
    exitRef.current = onExit;
    announceRef.current = announce;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) return;
      const now = Date.now();
      presses.current = [...presses.current.filter((t) => now - t < windowMs), now];
      if (presses.current.length >= pressesToExit) {
        presses.current = [];
        exitRef.current();
        return;
      }
      setMessage(announceRef.current(pressesToExit - presses.current.length, false));
      clearTimeout(timer);
      timer = setTimeout(() => {
        presses.current = [];
        setMessage(announceRef.current(0, true));
      }, windowMs);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer);
    };
  }, []);

  return (
    <div className="govuk-exit-this-page">
      <button type="button" className="govuk-button govuk-button--warning govuk-exit-this-page__button" onClick={onExit}>
        <span className="govuk-visually-hidden">{assistivePrefix}</span> {label}
      </button>
      <div className="govuk-visually-hidden" aria-live="polite">
        {message}
      </div>
    </div>
  );
}
