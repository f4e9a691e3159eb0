import { expect, test } from '@playwright/test';
import { readReleaseInfo } from '../../app/api/gesundheit/release';
import { getCatalog } from '../../lib/content/catalog';

/** The served app's directory: npm test serves its own build copy (scripts/test.mjs), else the checkout. */
const appDir = process.env.E2E_APP_DIR ?? process.cwd();

test('/api/gesundheit meldet Zustand und ausgelieferte Version, nie aus einem Cache', async ({ request }) => {
  const res = await request.get('/api/gesundheit');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  expect(res.headers()['content-type']).toContain('application/json');
  const body = await res.json();
  expect(body.status).toBe('ok');
  expect(body.massnahmen).toBe(getCatalog().massnahmen.length);
  expect(typeof body.build).toBe('string');
  expect(body.build.length).toBeGreaterThan(0);

  const info = readReleaseInfo(appDir);
  if (info) {
    expect(body.build).toBe(info.buildId);
    expect(body.release).toEqual({
      id: info.id,
      commit: info.commit,
      inhaltCommit: info.inhaltCommit,
      inhaltGeaendert: info.inhaltGeaendert,
      gebaut: info.gebaut,
    });
  } else {
    expect(body.release).toBeNull();
  }
});
