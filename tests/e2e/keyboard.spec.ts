import { measureWithContact } from './catalog';
import { expect, test } from './fixtures';

/**
 * Tabs through a page: every interactive element is reached in order, each shows a
 * visible focus indicator, and focus never gets stuck (no keyboard trap).
 */
for (const path of ['/', '/massnahmen?dimension=geschlecht', `/massnahmen/${measureWithContact.slug}`]) {
  test(`${path}: Tab erreicht jedes Bedienelement mit sichtbarem Fokus und ohne Falle`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    const expected = await page.evaluate(() => {
      const selector =
        'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const hiddenByDetails = el.closest('details:not([open])') && el.tagName !== 'SUMMARY';
          const radioNotFirst =
            el instanceof HTMLInputElement &&
            el.type === 'radio' &&
            !el.checked &&
            document.querySelector(`input[name="${el.name}"]:checked`);
          return (
            !hiddenByDetails &&
            !radioNotFirst &&
            (r.width > 0 || r.height > 0 || el.matches('a[href="#inhalt"]'))
          );
        })
        .map((el, i) => {
          el.dataset.tabTest = String(i);
          return i;
        }).length;
    });
    expect(expected).toBeGreaterThan(5);
    const reached: number[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < expected + 3; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
        const shadow = s.boxShadow !== 'none';
        const filled = s.backgroundColor === 'rgb(255, 221, 0)';
        return {
          id: el.dataset.tabTest ?? null,
          visible: outline || shadow || filled,
          tag: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
        };
      });
      if (!info) break;
      if (info.id !== null) reached.push(Number(info.id));
      if (!info.visible) invisible.push(info.tag);
    }
    expect(invisible).toEqual([]);
    // Every element in document order, each once: nothing skipped, nothing traps focus.
    expect(reached).toEqual(Array.from({ length: expected }, (_, i) => i));
  });
}
