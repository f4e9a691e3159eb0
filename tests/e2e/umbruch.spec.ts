import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { knownProblem } from './known-problems';
import { pageTypes } from './page-types';

/**
 * Issue 16, item 1: no word is split across two lines, except at a hyphen or a soft hyphen
 * the text itself contains. Checked on every page type at a small phone, a large phone and
 * a desktop width.
 *
 * The check walks every visible text node and measures each word with
 * Range.getClientRects(): a word whose boxes lie on more than one line is split; the break
 * is allowed only right after "-", "‐", "–" or a soft hyphen. Automatic hyphenation is
 * switched off for the measurement (`hyphens: manual`): Debian's Chromium has no
 * hyphenation dictionaries, and the test must give the same answer in browsers that have
 * them – so every word has to fit its line without the browser's help. Readers' browsers
 * still hyphenate German prose (html lang="de", `hyphens: auto`).
 *
 * One test per width, each over every page type: a width's check can be declared a known
 * problem (check ids umbruch-320, umbruch-390, umbruch-1280 in lib/known-problems.ts).
 */
const widths = [320, 390, 1280] as const;

async function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A constructed style sheet: the site's CSP (style-src 'self') would block a <style> element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { hyphens: manual !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const allowedBefore = new Set(['-', '\u2010', '\u2013', '\u00ad']);
    const found: string[] = [];
    const lineTops = (rects: DOMRectList) => {
      const tops: number[] = [];
      for (const r of rects) {
        if (r.width < 0.5 || r.height < 0.5) continue;
        if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
      }
      return tops;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || parent.closest('script, style, noscript, template, .sr-only, [hidden]')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue; // visually hidden text (clip to 1 px)
      for (const match of text.data.matchAll(/\S{2,}/g)) {
        const start = match.index ?? 0;
        const word = match[0];
        range.setStart(text, start);
        range.setEnd(text, start + word.length);
        if (lineTops(range.getClientRects()).length < 2) continue;
        // Find the first character on a new line; the one before it must be a hyphen. A
        // character's own glyph is its last box: after a soft hyphen that broke the line, the
        // next character's range also holds the hyphen drawn at the end of the line above.
        const ownBox = (i: number) => {
          range.setStart(text, start + i);
          range.setEnd(text, start + i + 1);
          const boxes = [...range.getClientRects()].filter((r) => r.height > 0.5);
          return boxes[boxes.length - 1];
        };
        const firstTop = ownBox(0)?.top ?? 0;
        let breakAt = -1;
        for (let i = 1; i < word.length; i++) {
          const r = ownBox(i);
          if (r && r.width > 0 && r.top - firstTop > r.height / 2) {
            breakAt = i;
            break;
          }
        }
        if (breakAt > 0 && allowedBefore.has(word[breakAt - 1] ?? '')) continue;
        const where =
          parent.closest('[id], h1, h2, h3, table, nav, header, footer')?.tagName ?? parent.tagName;
        found.push(
          `„${breakAt > 0 ? `${word.slice(0, breakAt)}|${word.slice(breakAt)}` : word}“ in <${where.toLowerCase()}>`,
        );
      }
    }
    return found;
  });
}

for (const width of widths) {
  test(`kein Wort wird mitten im Wort umbrochen, alle Seitenarten bei ${width} px`, async ({ page }) => {
    knownProblem(`umbruch-${width}`);
    test.setTimeout(pageTypes.length * 15_000);
    await page.setViewportSize({ width, height: 900 });
    const found: string[] = [];
    for (const path of pageTypes) {
      await page.goto(path);
      for (const w of await splitWords(page)) found.push(`${path}: ${w}`);
    }
    expect(found).toEqual([]);
  });
}
