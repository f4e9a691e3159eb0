import { getCatalog } from '../../lib/content/catalog';
import { mainNavigation } from '../../lib/navigation';
import { expect, test } from './fixtures';
import { knownProblem } from './known-problems';
import { pageTypes, sitemapPaths } from './page-types';

const catalog = getCatalog();

/**
 * Issue 19, item 1: every focusable element in header, main and footer keeps a text
 * contrast of at least 4.5:1 while it has keyboard focus (WCAG 1.4.3, 2.4.7). Colours are
 * the computed ones of the focused element; the background is the first opaque background
 * of the element or its ancestors. Focus comes from the keyboard path (focus() without a
 * pointer, which matches :focus-visible), with and without JavaScript.
 */
test('fokussierte Bedienelemente haben auf jeder Seitenart Kontrast ≥ 4,5:1', async ({ page }) => {
  knownProblem('fokus-kontrast');
  test.setTimeout(pageTypes.length * 20_000);
  const found: string[] = [];
  for (const path of pageTypes) {
    await page.goto(path);
    const low = await page.evaluate(() => {
      const parse = (c: string) => {
        const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
        return m
          ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], a: m[4] === undefined ? 1 : Number(m[4]) }
          : null;
      };
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a >= 0.99) return c.rgb;
        }
        return [255, 255, 255];
      };
      const selector =
        'header a[href], header button, main a[href], main button, main input:not([type="hidden"]), main select, main textarea, main summary, footer a[href], footer button';
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not rendered (e.g. in a closed <details>)
        el.focus();
        if (document.activeElement !== el) continue;
        const style = getComputedStyle(el);
        const fg = parse(style.color);
        if (!fg) continue;
        const bg = background(el);
        const [l1, l2] = [luminance(fg.rgb), luminance(bg)].sort((a, b) => b - a) as [number, number];
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < 4.5) {
          out.push(
            `${el.tagName.toLowerCase()} „${(el.textContent ?? '').trim().slice(0, 40)}“: ${style.color} auf rgb(${bg.join(', ')}) = ${ratio.toFixed(2)}:1`,
          );
        }
        el.blur();
      }
      return out;
    });
    for (const l of low) found.push(`${path}: ${l}`);
  }
  expect(found).toEqual([]);
});

/** Issue 19, navigation: the main navigation marks the current page, for screen readers and visibly. */
test('die Hauptnavigation zeigt die aktuelle Seite (aria-current und sichtbar)', async ({ page }) => {
  knownProblem('navigation-aktuell');
  test.setTimeout(mainNavigation.length * 20_000);
  for (const item of mainNavigation) {
    await page.goto(item.href);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const current = nav.getByRole('link', { name: item.label, exact: true });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('a[aria-current]')).toHaveCount(1);
    const others = nav.locator('a:not([aria-current])').first();
    const mark = async (l: typeof current) =>
      l.evaluate((a) => {
        const s = getComputedStyle(a);
        return `${s.borderBottomWidth} ${s.borderBottomStyle}`;
      });
    expect(await mark(current)).not.toBe(await mark(others));
  }
});

test('auf einer Unterseite ist der Bereich als aktuell markiert', async ({ page }) => {
  test.slow(); // two pages, the first a dynamic list
  const section = mainNavigation[0];
  await page.goto(section.href);
  // The first link from the list to a page below it.
  const child = await page.locator(`main a[href^="${section.href}/"]`).first().getAttribute('href');
  expect(child).toBeTruthy();
  await page.goto(child ?? '/');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: section.label, exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

/**
 * Issue 19, page titles (WCAG 2.4.2): every URL of the sitemap has its own title, and a
 * result page's title names what was searched for. Titles are read from the served HTML.
 */
test('jede Seite der Sitemap hat einen eigenen Titel, Ergebnisseiten nennen die Suche', async ({
  request,
}) => {
  knownProblem('titel-eindeutig');
  test.setTimeout(sitemapPaths.length * 2_000 + 30_000);
  const titleOf = async (path: string) => {
    const html = await (await request.get(path)).text();
    const start = html.indexOf('<title>');
    const end = html.indexOf('</title>', start);
    return start < 0 || end < 0 ? '' : html.slice(start + 7, end);
  };
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const path of sitemapPaths) {
    const title = await titleOf(path);
    expect(title, path).not.toBe('');
    const other = seen.get(title);
    if (other) duplicates.push(`${path} und ${other}: „${title}“`);
    seen.set(title, path);
  }
  expect(duplicates).toEqual([]);
  // A search term and a filter label appear in the title of their result page.
  const query = 'zzzsuchwort';
  expect(await titleOf(`/massnahmen?q=${query}`)).toContain(`„${query}“`);
  const dimension = catalog.dimensionen[0];
  if (dimension) expect(await titleOf(`/massnahmen?dimension=${dimension.slug}`)).toContain(dimension.titel);
  expect(await titleOf(`/massnahmen?q=${query}`)).not.toBe(await titleOf(`/massnahmen?q=${query}x`));
});
