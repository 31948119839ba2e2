import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, runPendingNow } from './after-paint';

describe('work left for after the paint', () => {
  afterEach(() => {
    runPendingNow();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the next frame, in the order it was asked for', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const done: string[] = [];
    afterPaint(() => done.push('history entry'));
    afterPaint(() => done.push('title'));
    vi.advanceTimersByTime(50);
    expect(done).toEqual([]); // no frame yet
    expect(frames).toHaveLength(1); // one frame asked for, however much work waits
    frames[0]!(performance.now());
    expect(done).toEqual([]); // the frame is being made: not yet painted
    vi.advanceTimersByTime(0);
    expect(done).toEqual(['history entry', 'title']);
    vi.advanceTimersByTime(1_000);
    expect(done).toEqual(['history entry', 'title']); // once only
  });

  it('runs on a page that is not being drawn (no frames come), after a moment', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const done: string[] = [];
    afterPaint(() => done.push('title'));
    vi.advanceTimersByTime(99);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(['title']);
  });

  it('runs what waits at once when asked, and an old frame does not run later work early', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const done: string[] = [];
    afterPaint(() => done.push('first'));
    runPendingNow();
    expect(done).toEqual(['first']);
    afterPaint(() => done.push('second'));
    frames[0]!(performance.now()); // the first request's frame
    vi.advanceTimersByTime(0);
    expect(done).toEqual(['first']);
    frames[1]!(performance.now());
    vi.advanceTimersByTime(0);
    expect(done).toEqual(['first', 'second']);
  });

  it('keeps the order when work queues more work', () => {
    const done: string[] = [];
    afterPaint(() => {
      done.push('page');
      afterPaint(() => done.push('its title'));
    });
    afterPaint(() => done.push('history entry'));
    runPendingNow();
    expect(done).toEqual(['page', 'history entry', 'its title']);
  });

  it('runs the rest when one piece of work fails, and reports the failure', () => {
    vi.useFakeTimers();
    const done: string[] = [];
    afterPaint(() => {
      throw new Error('history entry refused');
    });
    afterPaint(() => done.push('title'));
    runPendingNow();
    expect(done).toEqual(['title']);
    expect(() => vi.runOnlyPendingTimers()).toThrow('history entry refused');
  });
});
