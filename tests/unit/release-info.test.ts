import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readReleaseInfo } from '@/app/api/gesundheit/release';

const dirs: string[] = [];
function dirWith(content: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-info-'));
  dirs.push(dir);
  if (content !== null) fs.writeFileSync(path.join(dir, 'release.json'), content);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const valid = {
  id: '20261202-044908-a2bcacd',
  buildId: '20261202-044908-a2bcacd',
  commit: 'a2bcacd0a2bcacd0a2bcacd0a2bcacd0a2bcacd0',
  inhaltCommit: 'b584ddb0b584ddb0b584ddb0b584ddb0b584ddb0',
  inhaltGeaendert: false,
  gebaut: '2026-12-02T04:51:00.000Z',
};

describe('release.json für /api/gesundheit', () => {
  it('liest die Angaben einer Version', () => {
    expect(readReleaseInfo(dirWith(JSON.stringify(valid)))).toEqual(valid);
  });

  it('erlaubt fehlende Git-Angaben (Build ohne Git)', () => {
    const noGit = { ...valid, commit: null, inhaltCommit: null, inhaltGeaendert: null };
    expect(readReleaseInfo(dirWith(JSON.stringify(noGit)))).toEqual(noGit);
  });

  it.each([
    ['fehlende Datei', null],
    ['kein JSON', '{ id: '],
    ['fehlende Build-ID', JSON.stringify({ ...valid, buildId: undefined })],
    ['ungültige Build-Zeit', JSON.stringify({ ...valid, gebaut: 'gestern' })],
    ['zu große Datei', JSON.stringify({ ...valid, padding: 'x'.repeat(5000) })],
  ])('%s → keine Angaben', (_name, content) => {
    expect(readReleaseInfo(dirWith(content))).toBeNull();
  });
});
