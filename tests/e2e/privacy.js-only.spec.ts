import sitemap from '../../app/sitemap';
import { expect, test } from './fixtures';

const paths = [
  ...sitemap().map((e) => new URL(e.url).pathname),
  '/massnahmen?q=Beratung&dimension=geschlecht',
  '/gibt-es-nicht',
];

test('keine Anfrage an fremde Hosts, keine Cookies, kein Web-Speicher, keine CSP-Verletzung auf jeder Seite', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const state = await page.evaluate(() => ({
      csp: (window as unknown as { __csp: string[] }).__csp,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(state.csp, `${path}: CSP-Verletzungen`).toEqual([]);
    expect(state.local + state.session, `${path}: Web-Speicher`).toBe(0);
    expect(state.cookie, `${path}: Cookies`).toBe('');
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('die Seite hydratisiert mit der CSP: Client-Navigation und Inseln funktionieren', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto('/katalog');
  // The print button is a client island: it only appears after hydration.
  await expect(page.getByRole('button', { name: 'Drucken / Als PDF speichern' })).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: 'Alle Maßnahmen' }).first().click();
  await expect(page).toHaveURL(/\/massnahmen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle Maßnahmen (84)');
  await page.goto('/vorschlagen');
  await page.getByLabel('Titel der Maßnahme').fill('Test');
  await page.getByRole('button', { name: 'Prüfen und Vorschau anzeigen' }).click();
  await expect(page.locator('#dimensionen-fehler')).toBeVisible();
  expect(violations).toEqual([]);
});
