import type { Page } from '@playwright/test';
import { slugify } from '../../lib/content/scaffold';
import { catalog, firstMeasure } from './catalog';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Everything the form needs, taken from a measure of the loaded catalogue (any valid catalogue will do). */
const model = firstMeasure;
const lead = catalog.fachbereiche.find((f) => f.slug === model.fachbereiche[0]);
/** A Dezernat the model's lead unit does not belong to (for the mismatch check). */
const otherDezernat = catalog.dezernate.find((d) => d.id !== lead?.dezernat);
const kontakt = catalog.kontakte[0];

const withJs = () => test.info().project.use.javaScriptEnabled !== false;
/** Submits and waits for the answer (error summary or result); the server may be slow on a busy machine. */
async function submit(page: Page) {
  await page.getByRole('button', { name: 'Prüfen und Vorschau anzeigen' }).click();
  await page
    .locator('[data-testid="fehleruebersicht"], #ergebnis-titel')
    .first()
    .waitFor({ timeout: 30_000 });
}
const summary = (page: Page) => page.getByTestId('fehleruebersicht');

/** Fills every required field validly (title and texts as given). */
async function fillValid(page: Page, titel: string, beschreibung = 'Eine Beschreibung.', ziele = 'Ziele.') {
  await page.getByLabel('Titel der Maßnahme').fill(titel);
  await page.locator(`#dimensionen-${model.dimensionen[0]}`).check();
  await page.getByLabel('Dezernat').selectOption(model.dezernat);
  await page.getByLabel('Federführender Fachbereich oder Büro').selectOption(model.fachbereiche[0] ?? '');
  await page.getByLabel('Wer ist für die Maßnahme verantwortlich?').fill('Eine Stelle der Verwaltung');
  await page.locator(`#richtung-${model.richtung[0]}`).check();
  await page.locator(`#zielgruppen-${model.zielgruppen[0]}`).check();
  await page.locator(`#angebotsart-${model.angebotsart[0]}`).check();
  await page.getByLabel('Beschreibung der Maßnahme').fill(beschreibung);
  await page.getByLabel('Ziele und Zielgruppen', { exact: true }).fill(ziele);
}

test.describe('Neue Maßnahme vorschlagen', () => {
  test('zeigt Fehler an den Feldern und eine Fehlerübersicht', async ({ page }) => {
    await page.goto('/vorschlagen');
    await page.getByLabel('Titel der Maßnahme').fill('Beratung für Väter in Trennung');
    await submit(page);
    await expect(summary(page)).toContainText('Bitte korrigieren Sie diese');
    await expect(
      summary(page).getByRole('link', { name: /^Dimension: Bitte mindestens eine Dimension auswählen\./ }),
    ).toBeVisible();
    await expect(page.locator('#dezernat-fehler')).toHaveText(/Bitte ein Dezernat auswählen\./);
    await expect(page.getByLabel('Dezernat')).toHaveAttribute('aria-invalid', 'true');
    // What was entered stays in the form.
    await expect(page.getByLabel('Titel der Maßnahme')).toHaveValue('Beratung für Väter in Trennung');
    await expectNoAxeViolations(page);
  });

  test('meldet alle Fehler in einer Runde, mit Bezeichnungen statt Codes; Fokus und Titel zeigen die Fehler', async ({
    page,
  }) => {
    if (!lead || !otherDezernat) throw new Error('Der Katalog braucht zwei Dezernate.');
    await page.goto('/vorschlagen');
    await page.getByLabel('Titel der Maßnahme').fill('Testmaßnahme in einer Runde');
    await page.getByLabel('Dezernat').selectOption(otherDezernat.id);
    await page.getByLabel('Federführender Fachbereich oder Büro').selectOption(lead.slug);
    await page.getByLabel('Text des Links 1').fill('Nur ein Text');
    await submit(page);
    // Missing fields, the unit outside its Dezernat and the incomplete link: all at once.
    const s = summary(page);
    await expect(s.getByRole('link', { name: /^Dimension: / })).toHaveCount(1);
    await expect(s.getByRole('link', { name: /^Zielgruppen: / })).toHaveCount(1);
    await expect(s.getByRole('link', { name: /^Links \(freiwillig\): Link 1: / })).toHaveCount(1);
    await expect(page.locator('#fachbereich-fehler')).toContainText(
      `„${lead.titel}“ gehört zu Dezernat ${lead.dezernat}, die Maßnahme steht aber unter Dezernat ${otherDezernat.id}`,
    );
    await expect(page.locator('#fachbereich-fehler')).not.toContainText(`„${lead.slug}“`);
    // The summary is the first thing in <main>, the title starts with „Fehler:“, and with
    // JavaScript focus is on the summary (without, the reloaded page starts there).
    await expect(page).toHaveTitle(/^Fehler: Neue Maßnahme vorschlagen/);
    expect(await page.locator('main').evaluate((m) => m.firstElementChild?.getAttribute('data-testid'))).toBe(
      'fehleruebersicht',
    );
    if (withJs()) {
      await expect(s).toBeFocused();
      await expect(s).toBeInViewport();
    }
    // A summary link to a checkbox group leads to the fieldset: its legend and message stay in view.
    await s.getByRole('link', { name: /^Zielgruppen: / }).click();
    const group = page.locator('#zielgruppen-gruppe');
    await expect(group.locator('legend')).toBeInViewport();
    await expect(page.locator('#zielgruppen-fehler')).toBeInViewport();
    if (withJs()) await expect(group).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('kennzeichnet Pflichtfelder; „neu“ ist nicht vorausgewählt', async ({ page }) => {
    await page.goto('/vorschlagen');
    await expect(page.locator('#pflichtfelder')).toHaveText(
      'Alle Angaben sind Pflichtfelder, außer denen mit „(freiwillig)“.',
    );
    for (const label of ['Titel der Maßnahme', 'Dezernat', 'Beschreibung der Maßnahme'])
      await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('aria-required', 'true');
    await expect(page.getByLabel('Weiterer Fachbereich oder weiteres Büro (freiwillig)')).toHaveAttribute(
      'aria-required',
      'false',
    );
    await expect(page.getByLabel('Neu in dieser Auflage')).not.toBeChecked();
  });

  test('ein vorhandener Titel ergibt genau eine Meldung am Feld und eine in der Übersicht', async ({
    page,
  }) => {
    await page.goto('/vorschlagen');
    await fillValid(page, model.titel);
    await submit(page);
    await expect(page.locator('#titel-fehler li')).toHaveCount(1);
    await expect(page.locator('#titel-fehler')).toContainText(
      'Eine Maßnahme mit diesem Titel gibt es schon.',
    );
    await expect(summary(page).getByRole('link')).toHaveCount(1);
  });

  test('schreibt Anlaufstelle und Links in die Datei; Fokus und Titel zeigen das Ergebnis', async ({
    page,
  }) => {
    if (!kontakt) throw new Error('Der Katalog braucht eine Anlaufstelle.');
    await page.goto('/vorschlagen');
    const titel = 'Testmaßnahme mit Anlaufstelle und Links';
    await fillValid(page, titel);
    await page.locator(`#kontakte-${kontakt.slug}`).check();
    await page.getByLabel('Text des Links 1').fill('Stadt Herne');
    await page.getByLabel('Adresse des Links 1').fill('https://www.herne.de/');
    await submit(page);
    const result = page.locator('section[aria-labelledby="ergebnis-titel"]');
    const heading = result.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Geprüft: Ihr Vorschlag ist vollständig');
    await expect(page).toHaveTitle(/^Geprüft: Neue Maßnahme vorschlagen/);
    if (withJs()) await expect(heading).toBeFocused();
    await expect(result).toContainText(`content/massnahmen/${slugify(titel)}.md`);
    const file = (await result.locator('pre').textContent()) ?? '';
    expect(file).toContain(`kontakte:\n  - ${kontakt.slug}\n`);
    expect(file).toContain('links:\n  - titel: Stadt Herne\n    url: https://www.herne.de/\n');
    expect(file).toMatch(/^neu: false$/m);
  });

  test('erzeugt eine gültige Datei mit Vorschau, GitHub-Link, Download und E-Mail; feindliche Eingaben bleiben Text', async ({
    page,
  }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto('/vorschlagen');
    await fillValid(
      page,
      'Väter-Café <script>alert(1)</script>',
      'Ein Treffpunkt für Väter.\n\n<img src=x onerror=alert(2)> [Link](javascript:alert(3))\n\n- Austausch\n- Beratung',
      'Väter stärken. <iframe src="https://example.org"></iframe>',
    );
    await submit(page);

    const result = page.locator('section[aria-labelledby="ergebnis-titel"]');
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(
      'Geprüft: Ihr Vorschlag ist vollständig',
    );
    await expect(result).toContainText('content/massnahmen/vaeter-cafe-script-alert-1-script.md');
    const file = await result.locator('pre').textContent();
    expect(file).toContain('titel: Väter-Café <script>alert(1)</script>');
    expect(file).toContain('## Beschreibung');
    expect(file).toContain(`fachbereiche:\n  - ${model.fachbereiche[0]}\n`);
    expect(file).toContain(`richtung:\n  - ${model.richtung[0]}\n`);
    // The preview renders sanitised HTML: a list, no script, no event handler, no iframe, no javascript: link.
    const preview = result.locator('.prose-herne').first();
    await expect(preview.locator('li')).toHaveCount(2);
    await expect(result.locator('script, iframe, img, [onerror]')).toHaveCount(0);
    await expect(result.locator('a[href^="javascript:"]')).toHaveCount(0);
    const github = result.getByRole('link', { name: 'Auf GitHub anlegen' });
    const href = (await github.getAttribute('href')) ?? '';
    expect(
      href.startsWith('https://github.com/beispiel/vielfalt-in-herne/new/main/content/massnahmen?filename='),
    ).toBe(true);
    expect(new URL(href).searchParams.get('value')).toBe(file);
    await expect(result.getByRole('link', { name: 'Datei herunterladen' })).toHaveAttribute(
      'download',
      /\.md$/,
    );
    const email = catalog.katalog.herausgeberin.email.replace(/\./g, '\\.');
    await expect(result.getByRole('link', { name: /Per E-Mail/ })).toHaveAttribute(
      'href',
      new RegExp(`^mailto:${email}\\?subject=`),
    );
    expect(dialog).toBe(false);
    await expectNoAxeViolations(page);
  });

  test('bietet über 8 KB keinen GitHub-Link an, sondern Download und E-Mail mit Hinweis', async ({
    page,
  }) => {
    await page.goto('/vorschlagen');
    // Umlauts take six characters each in the link: far above 8,000, well within the text limit.
    await fillValid(page, 'Testmaßnahme mit langem Text', 'ä'.repeat(2000), 'ö'.repeat(1000));
    await submit(page);
    const result = page.locator('section[aria-labelledby="ergebnis-titel"]');
    await expect(result.locator('#github-zu-lang')).toContainText('Zu lang für den Link zu GitHub');
    await expect(result.getByRole('link', { name: 'Auf GitHub anlegen' })).toHaveCount(0);
    await expect(result.getByRole('link', { name: 'Datei herunterladen' })).toBeVisible();
    const mail = (await result.getByRole('link', { name: /Per E-Mail/ }).getAttribute('href')) ?? '';
    expect(mail.length).toBeLessThanOrEqual(8000);
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`ein Link der Fehlerübersicht zu einem Feld fokussiert es; Beschriftung, Hinweis und Meldung bleiben sichtbar (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/vorschlagen');
      await submit(page);
      // The summary's links whose target is a single field (text, text area, select), in order.
      const fields = await summary(page)
        .locator('a[href^="#"]')
        .evaluateAll((links) =>
          links
            .map((a) => document.getElementById(a.getAttribute('href')?.slice(1) ?? ''))
            .filter((el) => el?.matches('input, textarea, select'))
            .map((el) => el?.id ?? ''),
        );
      // An empty form misses every required text field: the title comes first.
      expect(fields[0]).toBe('titel');
      expect(fields).toContain('verantwortlich');
      expect(fields).toContain('ziele');
      for (const id of fields) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await summary(page).locator(`a[href="#${id}"]`).first().click();
        const field = page.locator(`#${id}`);
        await expect(field).toBeFocused();
        await expect(field).toBeInViewport();
        // Everything above the field that explains it: label, hint (text fields) and message.
        await expect(page.locator(`label[for="${id}"]`)).toBeInViewport({ ratio: 1 });
        const hint = page.locator(`#${id}-hinweis`);
        if ((await hint.count()) > 0) await expect(hint).toBeInViewport({ ratio: 1 });
        await expect(page.locator(`#${id}-fehler`)).toBeInViewport({ ratio: 1 });
      }
    });
  }
});

test.describe('Änderung vorschlagen auf der Maßnahmenseite', () => {
  for (const m of [model, catalog.massnahmen[catalog.massnahmen.length - 1] ?? model]) {
    test(`führt zum GitHub-Editor der Datei oder per E-Mail zum Büro (${m.slug})`, async ({ page }) => {
      await page.goto(`/massnahmen/${m.slug}`);
      const box = page.getByTestId('aenderung-vorschlagen');
      const github = box.getByRole('link', { name: 'Änderung vorschlagen', exact: true });
      const email = catalog.katalog.herausgeberin.email;
      // Measure pages are prerendered: the GitHub link exists when the build had REPOSITORY_URL.
      if ((await github.count()) > 0) {
        await expect(github).toHaveAttribute(
          'href',
          new RegExp(`^https://[^ ]+/edit/main/content/massnahmen/${m.slug}\\.md$`),
        );
        await expect(box.getByRole('link', { name: 'Fehler melden', exact: true })).toHaveAttribute(
          'href',
          new RegExp(`^mailto:${email.replace(/\./g, '\\.')}\\?`),
        );
      } else {
        const mail = box.getByRole('link', { name: 'Fehler melden / Änderung vorschlagen' });
        const href = (await mail.getAttribute('href')) ?? '';
        expect(href.startsWith(`mailto:${email}?subject=`)).toBe(true);
        expect(decodeURIComponent(href)).toContain(`/massnahmen/${m.slug}`);
      }
    });
  }
});
