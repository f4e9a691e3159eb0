import sitemap from '../../app/sitemap';
import { htmlValidate } from '../html-validate';
import { firstMeasure, measureWithContact } from './catalog';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Every URL of the sitemap, as a path on the test server. */
const paths = sitemap().map((e) => new URL(e.url).pathname);

/** Key states that are not separate URLs in the sitemap. */
const states = [
  '/massnahmen?dimension=geschlecht&dimension=alter&richtung=aussen&zielgruppe=eltern-und-familien',
  '/massnahmen?q=Beratung&dimension=geschlecht',
  '/massnahmen?q=xylophonorchester',
  '/massnahmen?q=m%C3%A4dchen&sort=titel',
  '/massnahmen?dimension=unbekannt&neu=vielleicht',
  '/massnahmen?utm_source=newsletter',
  '/gibt-es-nicht',
];

/**
 * Pages where axe also checks colour contrast in this sweep. Contrast comes from the templates
 * and the style sheet only: Markdown is sanitised to plain elements without class or style
 * (lib/markdown.ts), so a measure page cannot have a contrast of its own. pages.spec.ts checks
 * contrast on one URL of every page type, with and without JavaScript, at 1280 px; these are
 * the same page types at 320 px. All other rules run on every page.
 */
const withContrast = new Set([
  '/',
  '/massnahmen',
  `/massnahmen/${measureWithContact.slug}`,
  '/uebersicht',
  '/vorschlagen',
  '/katalog',
]);

/**
 * One visit per page, at 320 px, with every check that holds for any page: axe (WCAG 2.2 A/AA),
 * valid HTML, reflow (WCAG 1.4.10: nothing scrolls sideways), and privacy and policy (no
 * request to another host, no cookie, no web storage, no CSP violation, no console error).
 */
test.describe('Jede Seite: Barrierefreiheit, HTML, Umbruch bei 320 px, Datenschutz', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  for (const path of [...paths, ...states]) {
    const notFound = path === '/gibt-es-nicht';
    test(`${path}: axe ohne Verstöße, ${notFound ? '' : 'gültiges HTML, '}kein waagerechtes Scrollen, keine fremden Anfragen`, async ({
      page,
      context,
      baseURL,
    }) => {
      if (path === '/katalog') test.slow(); // the whole brochure on one page
      const origin = new URL(baseURL ?? '').origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
      });
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        // The 404 page is loaded with status 404, which Chromium reports as a console error.
        if (m.type() === 'error' && !(notFound && m.text().includes('404'))) consoleErrors.push(m.text());
      });
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });

      const res = await page.goto(path);
      expect(res?.status()).toBe(notFound ? 404 : 200);
      await page.waitForLoadState('networkidle');

      const state = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        csp: (window as unknown as { __csp: string[] }).__csp,
        storage: localStorage.length + sessionStorage.length,
        cookie: document.cookie,
      }));
      expect(state.overflow, 'Pixel, um die die Seite bei 320 px zu breit ist').toBeLessThanOrEqual(0);
      expect(state.csp, 'CSP-Verletzungen').toEqual([]);
      expect(state.storage, 'Einträge im Web-Speicher').toBe(0);
      expect(state.cookie, 'Cookies').toBe('');
      expect(await context.cookies()).toEqual([]);
      expect(foreign, 'Anfragen an fremde Hosts').toEqual([]);
      expect(consoleErrors, 'Fehler in der Konsole').toEqual([]);

      await expectNoAxeViolations(page, withContrast.has(path) ? {} : { without: ['color-contrast'] });
      if (!notFound) {
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
