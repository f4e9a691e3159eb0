import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AenderungVorschlagen } from '@/components/AenderungVorschlagen';
import { loadContent } from '@/lib/content/loader';

const { catalog } = loadContent(path.join(__dirname, '..', 'fixtures', 'content'));
if (!catalog) throw new Error('Fixture-Katalog nicht ladbar');
const email = catalog.katalog.herausgeberin.email;

/** The hrefs of a rendered fragment, by link text. */
function links(html: string): Map<string, string> {
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return new Map(
    [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((a) => [
      decode(a[2] ?? ''),
      decode(a[1] ?? ''),
    ]),
  );
}

describe('„Änderung vorschlagen“ auf der Maßnahmenseite', () => {
  it('öffnet mit REPOSITORY_URL den GitHub-Editor der Datei, Fehler gehen per E-Mail', () => {
    for (const m of catalog.massnahmen) {
      const html = renderToStaticMarkup(
        <AenderungVorschlagen
          slug={m.slug}
          titel={m.titel}
          email={email}
          repository="https://github.com/o/r"
        />,
      );
      const found = links(html);
      expect(found.get('Änderung vorschlagen')).toBe(
        `https://github.com/o/r/edit/main/content/massnahmen/${m.slug}.md`,
      );
      expect(found.get('Fehler melden')).toMatch(
        new RegExp(`^mailto:${email.replace(/\./g, '\\.')}\\?subject=`),
      );
      expect(decodeURIComponent(found.get('Fehler melden') ?? '')).toContain(m.titel);
    }
  });

  it('ohne REPOSITORY_URL: E-Mail an das Büro für Gleichstellung und Vielfalt', () => {
    const m = catalog.massnahmen[0];
    if (!m) throw new Error('Fixture ohne Maßnahme');
    const found = links(
      renderToStaticMarkup(<AenderungVorschlagen slug={m.slug} titel={m.titel} email={email} />),
    );
    expect([...found.keys()]).toEqual(['Fehler melden / Änderung vorschlagen']);
    expect(found.get('Fehler melden / Änderung vorschlagen')).toMatch(/^mailto:/);
    expect(decodeURIComponent(found.get('Fehler melden / Änderung vorschlagen') ?? '')).toContain(
      `/massnahmen/${m.slug}`,
    );
  });
});
