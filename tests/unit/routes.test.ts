import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionPages, perRequestPages, resourcePathPattern } from '@/lib/routes';

/** Every page and route file of the app directory with its URL path (dynamic segments as "[x]"). */
function routeFiles(dir = 'app'): { file: string; url: string; kind: 'page' | 'route' }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    const url = `/${path.relative('app', dir).split(path.sep).join('/')}`.replace(/\/$/, '') || '/';
    if (e.name === 'page.tsx') return [{ file: p, url, kind: 'page' as const }];
    if (e.name === 'route.ts') return [{ file: p, url, kind: 'route' as const }];
    if (e.name === 'sitemap.ts' || e.name === 'robots.ts')
      return [
        {
          file: p,
          url: `/${e.name.replace(/\.ts$/, e.name === 'robots.ts' ? '.txt' : '.xml')}`,
          kind: 'route' as const,
        },
      ];
    return [];
  });
}

const declared = (file: string) =>
  fs.readFileSync(file, 'utf8').match(/^export const dynamic = '(force-static|force-dynamic)';$/m)?.[1];

describe('Routen sagen, was sie sind', () => {
  const files = routeFiles();

  it('jede Seite und jede Route erklärt force-static oder force-dynamic', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !declared(f.file)).map((f) => f.file)).toEqual([]);
  });

  it('die Liste der je Anfrage gerenderten Seiten im Proxy entspricht den Erklärungen', () => {
    const dynamicPages = files.filter((f) => f.kind === 'page' && declared(f.file) === 'force-dynamic');
    expect(dynamicPages.map((f) => f.url).sort()).toEqual([...perRequestPages].sort());
  });

  it('Formularseiten mit Server-Aktion sind vorgerenderte Seiten', () => {
    for (const url of actionPages) {
      const page = files.find((f) => f.kind === 'page' && f.url === url);
      expect(page && declared(page.file), url).toBe('force-static');
    }
  });

  it('jede Route (keine Seite) fällt unter das Muster für Ressourcen, keine Seite', () => {
    for (const f of files) {
      const sample = f.url.replace(/\[[^\]]+\]/g, 'x');
      expect(resourcePathPattern.test(sample), f.file).toBe(f.kind === 'route');
    }
  });
});
