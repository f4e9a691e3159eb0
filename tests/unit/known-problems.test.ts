import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '@/lib/typography';
import { checkIds, knownProblemsFile, loadKnownProblems } from '../../lib/known-problems';

function withFile(yaml: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bekannte-probleme-'));
  fs.mkdirSync(path.join(root, 'content'));
  fs.writeFileSync(path.join(root, knownProblemsFile), yaml);
  return root;
}

const entry = `- titel: Test
  problem: Etwas fehlt.
  grund: Ein Grund.
  alternative: Eine [Alternative](/kontakte).
`;

describe('known accessibility problems (content/barrierefreiheit-bekannte-probleme.yaml)', () => {
  it('the file of the site loads, every entry complete', () => {
    const problems = loadKnownProblems();
    for (const p of problems) {
      expect(p.html.problem).toMatch(/^<p>/);
      for (const id of p.pruefungen ?? []) expect(checkIds).toContain(id);
    }
  });

  it('renders Markdown of an entry', () => {
    const [p] = loadKnownProblems(withFile(entry));
    expect(withoutSoftHyphens(p?.html.alternative ?? '')).toBe(
      '<p>Eine <a href="/kontakte">Alternative</a>.</p>',
    );
  });

  it('rejects an unknown check id and a missing field with a German message', () => {
    expect(() => loadKnownProblems(withFile(`${entry}  pruefungen: [gibt-es-nicht]\n`))).toThrow(
      /Eintrag 0\.pruefungen/,
    );
    expect(() => loadKnownProblems(withFile('- titel: Nur ein Titel\n'))).toThrow(/Eintrag 0\.problem/);
    expect(() => loadKnownProblems(withFile('- titel: "kaputt\n'))).toThrow(
      /barrierefreiheit-bekannte-probleme\.yaml:\d+/,
    );
  });

  it('every check id is an end-to-end test that calls knownProblem()', () => {
    const dir = path.join(process.cwd(), 'tests/e2e');
    const specs = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.spec.ts'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const id of checkIds) {
      const width = id.match(/^umbruch-(\d+)$/)?.[1];
      if (width) {
        // One test per width: knownProblem(`umbruch-${width}`) over the list of widths.
        expect(specs).toContain(['knownProblem(`umbruch-', '$', '{width}`)'].join(''));
        expect(specs).toMatch(new RegExp(`const widths = \\[[^\\]]*\\b${width}\\b`));
      } else {
        expect(specs).toContain(`knownProblem('${id}')`);
      }
    }
  });
});
