import { getCatalog } from '../../lib/content/catalog';
import { expect, expectNoAxeViolations, expectPageFrame, test } from './fixtures';
import { germanDate, gitLog, measureFiles } from './git-history';

const catalog = getCatalog();
test.describe('Änderungsverlauf', () => {
  // The first and the last measure of the catalogue: whichever they are, git knows their dates.
  const measures = [catalog.massnahmen[0], catalog.massnahmen[catalog.massnahmen.length - 1]].flatMap((m) =>
    m ? [m] : [],
  );
  for (const m of measures) {
    test(`/massnahmen/${m.slug} zeigt das Datum des letzten Commits und höchstens 5 Einträge`, async ({
      page,
    }) => {
      const { entries, cut } = gitLog(`content/massnahmen/${m.slug}.md`);
      await page.goto(`/massnahmen/${m.slug}`);
      const box = page.getByTestId('aenderungsverlauf');
      const newest = entries[0];
      if (newest) {
        await expect(box.getByTestId('zuletzt-geaendert')).toHaveText(
          `Zuletzt geändert am ${germanDate(newest.date)}`,
        );
        await expect(box.getByRole('listitem').first()).toHaveText(
          `${germanDate(newest.date)}: ${newest.subject}`,
        );
      } else {
        if (!cut) throw new Error(`Kein Commit für ${m.slug}`);
        await expect(box.getByTestId('zuletzt-geaendert')).toContainText(
          `Zuletzt geändert spätestens am ${germanDate(cut)}`,
        );
      }
      await expect(box.getByRole('listitem')).toHaveCount(Math.min(5, entries.length));
      // Shown when REPOSITORY_URL was set at build time (the page is prerendered).
      const github = box.getByRole('link', { name: 'Vollständiger Verlauf auf GitHub' });
      if (await github.count()) {
        await expect(github).toHaveAttribute(
          'href',
          new RegExp(`/commits/HEAD/content/massnahmen/${m.slug}\\.md$`),
        );
      }
      await expect(box.getByRole('link', { name: 'Alle Änderungen im Katalog' })).toHaveAttribute(
        'href',
        '/aenderungen',
      );
    });
  }

  test('/aenderungen listet die letzten Änderungen, die neueste zuerst, und ist barrierefrei', async ({
    page,
  }) => {
    const newest = gitLog(measureFiles).entries[0];
    await page.goto('/aenderungen');
    await expectPageFrame(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Änderungen im Katalog');
    const entries = page.getByTestId('letzte-aenderungen').getByRole('listitem');
    if (newest) await expect(entries.first()).toContainText(germanDate(newest.date));
    else await expect(page.getByTestId('flache-kopie')).toBeVisible();
    const kinds = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    for (const k of kinds) expect(['hinzugefuegt', 'geaendert', 'entfernt']).toContain(k);
    await expect(page.getByRole('link', { name: 'Atom-Feed der Änderungen' })).toHaveAttribute(
      'href',
      '/aenderungen/feed.xml',
    );
    await expectNoAxeViolations(page);
  });

  test('/daten verlinkt DCAT-AP.de, Data Package und die Änderungen', async ({ page }) => {
    test.slow();
    await page.goto('/daten');
    for (const href of ['/daten/dcat.ttl', '/datapackage.json', '/aenderungen', '/aenderungen/feed.xml']) {
      const link = page.locator(`main a[href="${href}"]`);
      await expect(link).toHaveCount(1);
    }
    await expectNoAxeViolations(page);
  });
});
