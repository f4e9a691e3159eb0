import { expect, test } from '@playwright/test';
import { sharedCachePolicy } from '../../lib/cache';
import { firstMeasure } from './catalog';

/** Responses that are the same for everyone: a shared cache may keep them and serve them stale. */
const prerendered = [
  '/',
  `/massnahmen/${firstMeasure.slug}`,
  '/kontakte',
  `/api/massnahmen/${firstMeasure.slug}`,
  '/feed.xml',
];
// /sitemap.xml and /robots.txt are Next.js metadata routes: Next answers them itself with
// `public, max-age=0, must-revalidate` (always revalidated), which suits a sitemap.
const sharedDynamic = ['/api/massnahmen?q=Beratung', '/massnahmen.csv?dimension=alter'];
const perRequest = ['/massnahmen', '/massnahmen?q=Beratung&dimension=alter'];

test.describe('Caching für Browser, Proxy und CDN', () => {
  for (const url of prerendered) {
    test(`${url}: öffentlich cachebar, veraltet nutzbar bei Ausfall, mit ETag und Last-Modified`, async ({
      request,
    }) => {
      const a = await request.get(url);
      const b = await request.get(url);
      expect(a.status()).toBe(200);
      expect(a.headers()['cache-control']).toBe(sharedCachePolicy);
      expect(a.headers()['cache-control']).toContain('stale-if-error=');
      const etag = a.headers().etag;
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{20,}"$/);
      expect(b.headers().etag).toBe(etag);
      const lastModified = Date.parse(a.headers()['last-modified'] ?? '');
      expect(lastModified).toBeGreaterThan(Date.parse('2024-01-01'));
      expect(lastModified).toBeLessThanOrEqual(Date.now());
    });
  }

  for (const url of sharedDynamic) {
    test(`${url}: je Adresse berechnet, aber für alle gleich – öffentlich cachebar`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(200);
      expect(res.headers()['cache-control']).toBe(sharedCachePolicy);
    });
  }

  for (const url of perRequest) {
    test(`${url}: je Anfrage gerendert (eigene Nonce) – kein gemeinsamer Cache`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(200);
      expect(res.headers()['cache-control']).toMatch(/private/);
      expect(res.headers()['cache-control']).toMatch(/no-store/);
      expect(res.headers().etag).toBeUndefined();
    });
  }

  test('unterschiedliche Seiten haben unterschiedliche ETags; 404 wird nicht gemeinsam gecacht', async ({
    request,
  }) => {
    const one = (await request.get(`/massnahmen/${firstMeasure.slug}`)).headers().etag;
    const two = (await request.get('/kontakte')).headers().etag;
    expect(one).not.toBe(two);
    const missing = await request.get('/gibt-es-nicht');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['cache-control']).toMatch(/private|no-store/);
  });
});
