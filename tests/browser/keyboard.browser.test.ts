import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { common, expectHeadingFocused, openStart, pathname, questionsFor, slugOf, waitForPath } from './support/journey';
import { personas } from './support/personas';
import { useChromium } from './support/session';

// A whole journey with the keyboard only (Tab, Space, arrow keys, Enter; no mouse): every control
// reached shows where focus is, and each new page puts focus on its heading.

interface Focused {
  tag: string;
  type: string;
  value: string;
  text: string;
  /** Whether focus can be seen: a focus style that is there when focused and not when blurred. */
  visible: boolean;
  style: string;
}

/** Describes document.activeElement and whether its focus indicator is visible. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', type: '', value: '', text: '', visible: false, style: '' };
    // GOV.UK radios hide the native input and draw the focus ring on the label's ::before.
    const radioLabel =
      el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
        ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`)
        : null;
    const look = () => {
      const s = radioLabel ? getComputedStyle(radioLabel, '::before') : getComputedStyle(el);
      return {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        shadow: s.boxShadow,
        background: s.backgroundColor,
        border: `${s.borderTopWidth} ${s.borderTopColor}`,
        colour: s.color,
        decoration: s.textDecorationLine,
      };
    };
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const on = look();
    el.blur();
    const off = look();
    el.focus();
    const [outlineStyle, outlineWidth, ...outlineColour] = on.outline.split(' ');
    const hasOutline = outlineStyle !== 'none' && outlineWidth !== '0px' && !transparent(outlineColour.join(' '));
    const hasShadow = on.shadow !== 'none';
    const changed = JSON.stringify(on) !== JSON.stringify(off);
    return {
      tag: el.tagName,
      type: el.getAttribute('type') ?? '',
      value: (el as HTMLInputElement).value ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      visible: (hasOutline || hasShadow) && changed,
      style: JSON.stringify({ focused: on, blurred: off }),
    };
  });
}

const describeFocus = (f: Focused) => `${f.tag}${f.type ? `[type=${f.type}]` : ''} "${f.text || f.value}" ${f.style}`;

/** Presses Tab until `wanted` has focus, checking that every control passed on the way shows focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, maxPresses = 40): Promise<Focused> {
  const passed: string[] = [];
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    passed.push(describeFocus(now));
    expect(now.visible, `focus is not visible on ${describeFocus(now)} (${pathname(page)})`).toBe(true);
    if (wanted(now)) return now;
  }
  throw new Error(`Tab never reached ${what} on ${pathname(page)}; the last stops:\n${passed.slice(-5).join('\n')}`);
}

const isButton = (label: string) => (f: Focused) => f.tag === 'BUTTON' && f.text === label;
const isLink = (label: string) => (f: Focused) => f.tag === 'A' && f.text === label;

/** Picks `value` in the radio group that has focus, with Space then the arrow keys. */
async function chooseWithArrows(page: Page, value: string, optionCount: number): Promise<void> {
  await page.keyboard.press('Space');
  for (let moves = 0; moves <= optionCount; moves++) {
    const now = await focused(page);
    expect(now.type).toBe('radio');
    expect(now.visible, `focus is not visible on ${describeFocus(now)}`).toBe(true);
    const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
    expect(checked, 'the focused radio is chosen').toBe(true);
    if (now.value === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`arrow keys never reached the option ${value} on ${pathname(page)}`);
}

const { fresh } = useChromium();

describe('keyboard only', () => {
  it('a daughter completes the care home journey with Tab, Space, arrows and Enter, always seeing where focus is', async () => {
    const persona = personas.daughterCareHomeNoOne;
    const { page, errors } = await fresh();
    await openStart(page);
    await tabTo(page, isButton(common('start.button')), 'the start button');
    await page.keyboard.press('Enter');

    let first = true;
    for (const id of questionsFor(persona)) {
      await waitForPath(page, slugOf(id));
      await expectHeadingFocused(page);
      if (first) {
        // Continue with nothing chosen: the error summary takes focus, its link leads to the radios.
        await tabTo(page, isButton(common('continue')), 'Continue');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('govuk-error-summary');
        await tabTo(page, (f) => f.tag === 'A' && f.text.length > 0, 'the error summary link');
        await page.keyboard.press('Enter');
        await expect
          .poll(async () => (await focused(page)).type, { message: 'the error link moves focus to the first radio' })
          .toBe('radio');
        first = false;
      } else {
        await tabTo(page, (f) => f.type === 'radio', 'the first radio');
      }
      const options = await page.locator('main fieldset input[type="radio"]').count();
      await chooseWithArrows(page, persona.answers[id]!, options);
      await tabTo(page, isButton(common('continue')), 'Continue');
      await page.keyboard.press('Enter');
    }

    await waitForPath(page, '/check-answers');
    await expectHeadingFocused(page);
    await tabTo(page, isButton(common('checkAnswers.confirm')), 'the confirm button');
    await page.keyboard.press('Enter');
    await waitForPath(page, '/result');
    await expectHeadingFocused(page);
    // and on the result page every control can be reached and shows focus
    await tabTo(page, isLink(common('startAgain')), 'Start again', 300);
    expect(errors).toEqual([]);
  });
});
