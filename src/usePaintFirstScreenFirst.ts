import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from './after-paint';
import { appHasTakenOver } from './first-screen';

/**
 * For a long page reached by a press (the result, check your answers): false for the first frame,
 * so the page can paint its first screen first, then true, with the rest rendered straight after
 * that paint and before the page gets its address (src/after-paint.ts). The person sees the page a
 * few milliseconds sooner (bench/README.md, "Step latency"). A page loaded at its address is drawn
 * whole at once.
 */
export function usePaintFirstScreenFirst(): boolean {
  const [whole, setWhole] = useState(() => !appHasTakenOver());
  useLayoutEffect(() => {
    if (!whole) afterPaint(() => flushSync(() => setWhole(true)));
  }, [whole]);
  return whole;
}
