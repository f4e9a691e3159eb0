import sitemap from '../../app/sitemap';
import { htmlValidate } from '../html-validate';
import { firstMeasure, measureWithContact } from './catalog';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Every URL of the sitemap, as a path on the test server. */
const paths = sitemap().map((e) => new URL(e.url).pathname);

/** Key states that are not separate URLs in the sitemap. */
const states = [
  '/massnahmen?dimension=geschlecht&dimension=alter&richtung=aussen&zielgruppe=eltern-und-familien',
  '/massnahmen?q=xylophonorchester',
  '/massnahmen?q=m%C3%A4dchen&sort=titel',
  '/massnahmen?dimension=unbekannt&neu=vielleicht',
  '/massnahmen?utm_source=newsletter',
  '/gibt-es-nicht',
];

test.describe('Barrierefreiheit und HTML aller Seiten', () => {
  for (const path of [...paths, ...states]) {
    test(`${path}: axe ohne Verstöße${path.startsWith('/gibt') ? '' : ', gültiges HTML'}`, async ({
      page,
    }, info) => {
      if (path === '/katalog') test.slow(); // the whole brochure on one page
      const res = await page.goto(path);
      expect(res?.status()).toBe(path === '/gibt-es-nicht' ? 404 : 200);
      await expectNoAxeViolations(page);
      if (info.project.name === 'mit-js') {
        // HTML validity is a property of the served document: checked once.
        const html = (await res?.text()) ?? '';
        const report = await htmlValidate.validateString(html);
        const errors = report.results.flatMap((r) =>
          r.messages
            .filter((m) => m.severity === 2)
            .map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
        );
        expect(errors).toEqual([]);
      }
    });
  }
});

test.describe('Darstellung', () => {
  test('Umbruch bei 320 px: keine Seite scrollt waagerecht (WCAG 1.4.10), axe auf den Hauptseiten', async ({
    page,
  }) => {
    test.setTimeout((paths.length + states.length) * 3_000 + 60_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const withAxe = new Set([
      '/',
      '/massnahmen',
      `/massnahmen/${measureWithContact.slug}`,
      '/uebersicht',
      '/vorschlagen',
    ]);
    const overflowing: string[] = [];
    for (const path of [...paths, ...states]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${path}: ${overflow} px zu breit`);
      if (withAxe.has(path)) await expectNoAxeViolations(page);
    }
    expect(overflowing).toEqual([]);
  });

  test('Textabstände nach WCAG 1.4.12 schneiden nichts ab', async ({ browser }) => {
    // The user style sheet is injected like a browser extension would: past the CSP.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['/', '/massnahmen', `/massnahmen/${firstMeasure.slug}`]) {
      await page.goto(path);
      await page.addStyleTag({
        content:
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      });
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => {
            const s = getComputedStyle(el);
            const hides =
              ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
            const visuallyHidden = el.classList.contains('sr-only') || s.position === 'absolute';
            return (
              hides &&
              !visuallyHidden &&
              (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
            );
          })
          .map((el) => el.tagName),
      );
      expect(clipped, path).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  test('prefers-reduced-motion schaltet Übergänge ab', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/massnahmen');
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, input')].map(
        (el) => Number.parseFloat(getComputedStyle(el).transitionDuration) || 0,
      ),
    );
    expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);
  });
});
