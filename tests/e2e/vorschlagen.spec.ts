import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('Neue Maßnahme vorschlagen', () => {
  test('zeigt Fehler an den Feldern und eine Fehlerübersicht', async ({ page }) => {
    await page.goto('/vorschlagen');
    await page.getByLabel('Titel der Maßnahme').fill('Beratung für Väter in Trennung');
    await page.getByRole('button', { name: 'Prüfen und Vorschau anzeigen' }).click();
    const summary = page.locator('[aria-labelledby="fehler-titel"]');
    await expect(summary).toContainText('Bitte korrigieren Sie diese');
    await expect(
      summary.getByRole('link', { name: /^Dimension: Bitte mindestens eine Dimension auswählen\./ }),
    ).toBeVisible();
    await expect(page.locator('#dezernat-fehler')).toHaveText(/Bitte ein Dezernat auswählen\./);
    await expect(page.getByLabel('Dezernat')).toHaveAttribute('aria-invalid', 'true');
    // What was entered stays in the form.
    await expect(page.getByLabel('Titel der Maßnahme')).toHaveValue('Beratung für Väter in Trennung');
    await expectNoAxeViolations(page);
  });

  test('meldet einen Fachbereich, der nicht zum Dezernat passt, mit derselben Prüfung wie die Inhalte', async ({
    page,
  }) => {
    await page.goto('/vorschlagen');
    await page.getByLabel('Titel der Maßnahme').fill('Testmaßnahme Dezernat');
    await page.getByLabel('Geschlecht').check();
    await page.getByLabel('Dezernat').selectOption('I');
    await page.getByLabel('Federführender Fachbereich oder Büro').selectOption('soziales');
    await page.getByLabel('Wer ist für die Maßnahme verantwortlich?').fill('Fachbereich Soziales');
    await page.getByLabel('Nach außen: für Bürger*innen').check();
    await page.getByLabel('Ältere Menschen').check();
    await page.getByLabel('Beratung', { exact: true }).check();
    await page.getByLabel('Beschreibung der Maßnahme').fill('Eine Beschreibung.');
    await page.getByLabel('Ziele und Zielgruppen', { exact: true }).fill('Ziele.');
    await page.getByRole('button', { name: 'Prüfen und Vorschau anzeigen' }).click();
    await expect(page.locator('#fachbereich-fehler')).toContainText(
      'gehört zu Dezernat IV, die Maßnahme steht aber unter Dezernat I',
    );
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
    await page.getByLabel('Titel der Maßnahme').fill('Väter-Café <script>alert(1)</script>');
    await page.getByLabel('Geschlecht').check();
    await page.getByLabel('Dezernat').selectOption('I');
    await page
      .getByLabel('Federführender Fachbereich oder Büro')
      .selectOption('buero-fuer-gleichstellung-und-vielfalt');
    await page
      .getByLabel('Wer ist für die Maßnahme verantwortlich?')
      .fill('Büro für Gleichstellung und Vielfalt');
    await page.getByLabel('Nach außen: für Bürger*innen').check();
    await page.getByLabel('Männer und Jungen').check();
    await page.getByLabel('Treffpunkt und Gruppe').check();
    await page
      .getByLabel('Beschreibung der Maßnahme')
      .fill(
        'Ein Treffpunkt für Väter.\n\n<img src=x onerror=alert(2)> [Link](javascript:alert(3))\n\n- Austausch\n- Beratung',
      );
    await page
      .getByLabel('Ziele und Zielgruppen', { exact: true })
      .fill('Väter stärken. <iframe src="https://example.org"></iframe>');
    await page.getByRole('button', { name: 'Prüfen und Vorschau anzeigen' }).click();

    const result = page.locator('section[aria-labelledby="ergebnis-titel"]');
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(
      'Geprüft: Ihr Vorschlag ist vollständig',
    );
    await expect(result).toContainText('content/massnahmen/vaeter-cafe-script-alert-1-script.md');
    const file = await result.locator('pre').textContent();
    expect(file).toContain('titel: Väter-Café <script>alert(1)</script>');
    expect(file).toContain('## Beschreibung');
    expect(file).toContain('  - buero-fuer-gleichstellung-und-vielfalt');
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
    await expect(result.getByRole('link', { name: /Per E-Mail/ })).toHaveAttribute(
      'href',
      /^mailto:gleichstellung-vielfalt@herne\.de\?subject=/,
    );
    expect(dialog).toBe(false);
    await expectNoAxeViolations(page);
  });
});
