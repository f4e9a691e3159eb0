import { type APIResponse, expect, test } from '@playwright/test';
import sitemap from '../../app/sitemap';
import { inlineScriptHashes } from '../../lib/csp';
import { actionBodyLimitBytes } from '../../lib/routes';
import { firstMeasure } from './catalog';
import { observatoryScore } from './observatory';

/** Every URL of the sitemap, as a path on the test server. */
const sitemapPaths = sitemap().map((e) => new URL(e.url).pathname);
/** A prerendered measure page, taken from the sitemap (any valid catalogue has one). */
const measurePath = sitemapPaths.find((p) => /^\/massnahmen\/[^/]+$/.test(p)) ?? '/massnahmen';
const measureSlug = measurePath.split('/').pop() ?? '';

/**
 * Exactly one Content-Security-Policy without 'unsafe-inline' that allows every inline script
 * of the page: by its sha256 hash, or by the nonce the script carries.
 */
async function expectOnePolicyCoveringInlineScripts(res: APIResponse, label: string) {
  const policies = res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
  expect(policies, `${label}: genau eine CSP`).toHaveLength(1);
  const csp = policies[0]?.value ?? '';
  const scriptSrc = csp.match(/script-src ([^;]*)/)?.[1] ?? '';
  expect(scriptSrc, label).not.toContain('unsafe-inline');
  const html = await res.text();
  const nonces = [...scriptSrc.matchAll(/'nonce-([^']+)'/g)].map((m) => m[1]);
  const uncovered: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const nonce = attrs.match(/nonce="([^"]+)"/)?.[1];
    if (nonce && nonces.includes(nonce)) continue;
    const [hash] = inlineScriptHashes(`<script>${m[2] ?? ''}</script>`);
    if (!scriptSrc.includes(`'${hash}'`)) uncovered.push((m[2] ?? '').slice(0, 60));
  }
  expect(uncovered, `${label}: Inline-Skripte ohne Hash oder Nonce`).toEqual([]);
}

/** One URL per kind of response: prerendered page, dynamic page, 404, API, export, feed, static asset. */
const responseKinds = [
  '/',
  `/massnahmen/${firstMeasure.slug}`,
  '/massnahmen?q=Beratung',
  '/gibt-es-nicht',
  '/api/massnahmen',
  `/api/massnahmen/${firstMeasure.slug}`,
  '/massnahmen.csv',
  '/feed.xml',
  '/sitemap.xml',
];

test.describe('Sicherheits-Header', () => {
  for (const url of responseKinds) {
    test(`${url} hat alle Sicherheits-Header und erreicht im Observatory-Schema mindestens 100 Punkte`, async ({
      request,
    }) => {
      const res = await request.get(url);
      const h = res.headers();
      expect(h['strict-transport-security']).toMatch(/max-age=(\d{8,})/);
      expect(Number(h['strict-transport-security']?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(
        31_536_000,
      );
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['cross-origin-opener-policy']).toBe('same-origin');
      expect(h['cross-origin-resource-policy']).toBe('same-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['x-powered-by']).toBeUndefined();
      expect(h['set-cookie']).toBeUndefined();
      const csp = h['content-security-policy'] ?? '';
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/base-uri '(none|self)'/);
      expect(csp).toMatch(/form-action '(self|none)'/);
      const scriptSrc = csp.match(/script-src ([^;]*)/)?.[1] ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain('unsafe-eval');
      const { score, notes } = observatoryScore(h);
      expect(score, notes.join(', ')).toBeGreaterThanOrEqual(100);
    });
  }

  test('ein statisches Asset hat die Header auch', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    expect(css).toBeTruthy();
    const res = await request.get(css ?? '');
    expect(res.status()).toBe(200);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['strict-transport-security']).toBeTruthy();
  });

  test('vorgerenderte Seiten haben feste Hashes, dynamische eine neue Nonce je Anfrage', async ({
    request,
  }) => {
    const a = (await request.get(`/massnahmen/${firstMeasure.slug}`)).headers()['content-security-policy'];
    const b = (await request.get(`/massnahmen/${firstMeasure.slug}`)).headers()['content-security-policy'];
    expect(a).toBe(b);
    expect(a).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(a).not.toContain('nonce-');
    const n1 = (await request.get('/massnahmen?q=a')).headers()['content-security-policy'];
    const n2 = (await request.get('/massnahmen?q=a')).headers()['content-security-policy'];
    expect(n1).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(n1).not.toBe(n2);
    const body = await (await request.get('/massnahmen?q=a')).text();
    // Next puts the request's nonce on its scripts.
    expect(body).toMatch(/<script[^>]+nonce="[A-Za-z0-9+/=]+"/);
  });

  test('@csp jede Adresse der Sitemap, der 404 und ein POST: genau eine CSP, die jedes Inline-Skript erlaubt', async ({
    request,
  }) => {
    test.setTimeout(180_000);
    for (const path of [
      ...sitemapPaths,
      '/massnahmen?q=Beratung',
      '/gibt-es-nicht',
      '/massnahmen/gibt-es-nicht',
    ]) {
      await expectOnePolicyCoveringInlineScripts(await request.get(path, { failOnStatusCode: false }), path);
    }
    // A POST with a server-action header to a prerendered page: one (closed) policy, too.
    const post = await request.post('/', {
      headers: { 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
      data: '["x"]',
      failOnStatusCode: false,
    });
    expect(post.status()).toBeLessThan(500);
    if ((post.headers()['content-type'] ?? '').includes('text/html'))
      await expectOnePolicyCoveringInlineScripts(post, 'POST / mit Next-Action');
  });

  test('eine prozentkodierte Schreibweise leitet auf die kanonische Adresse um (eine URL je Seite)', async ({
    request,
    baseURL,
  }) => {
    const alias = measurePath.replace(/[a-z](?=[^/]*$)/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    expect(alias).not.toBe(measurePath);
    const res = await request.get(alias, { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(new URL(res.headers().location ?? '', 'http://x').pathname).toBe(measurePath);
    expect(res.headers()['cache-control'] ?? '').not.toMatch(/max-age=31536000/);
    const policies = res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies.length).toBeLessThanOrEqual(1);
    // Two slashes never become a redirect to another host.
    const twoSlashes = await request.get(`${baseURL}//example.org/%61`, {
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    expect(twoSlashes.headers().location ?? '').not.toMatch(/^\/\/|^https?:\/\/example\.org/);
  });
});

/** Deterministic pseudo-random numbers, so a failing request can be reproduced. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function hostileRequests(count: number): { method: string; url: string }[] {
  const rand = rng(20240801);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const values = [
    'x'.repeat(5000),
    '%C3%28',
    '%FF%FE',
    '%00',
    '%E2%82',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    '..%2F..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f%2e%2e%2f',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent literally
    '${7*7}',
    '{{constructor.constructor("alert(1)")()}}',
    '__proto__',
    'constructor',
    '%F0%9F%92%A9',
    '',
    'geschlecht',
    'alter',
    '-1',
    '1e309',
  ];
  const params = [
    'q',
    'dimension',
    'dimension[]',
    'dimension[0]',
    'dezernat',
    'fachbereich',
    'richtung',
    'zielgruppe',
    'neu',
    'sort',
    '__proto__',
    'seite',
    'q[]',
    '%00',
  ];
  const listPaths = ['/massnahmen', '/api/massnahmen', '/massnahmen.csv'];
  const slugPaths = [
    '/massnahmen/',
    '/dimensionen/',
    '/dezernate/',
    '/fachbereiche/',
    '/kontakte/',
    '/api/massnahmen/',
  ];
  const slugs = [
    '..%2F..%2Fpackage.json',
    '../../etc/passwd',
    '%2e%2e/%2e%2e/.env',
    `${firstMeasure.slug}%00`,
    'DV-BEM',
    'a'.repeat(3000),
    '%C3%28',
    `${firstMeasure.slug}/../../next.config.ts`,
    '.next%2Fcsp-manifest.json',
    '%252e%252e%252f',
  ];
  const methods = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
  const out: { method: string; url: string }[] = [];
  for (let i = 0; i < count; i++) {
    const method = pick(methods);
    if (rand() < 0.6) {
      const n = rand() < 0.2 ? 60 : 1 + Math.floor(rand() * 4);
      const qs = Array.from({ length: n }, () => `${pick(params)}=${pick(values)}`).join('&');
      out.push({ method, url: `${pick(listPaths)}?${qs}` });
    } else {
      out.push({ method, url: `${pick(slugPaths)}${pick(slugs)}` });
    }
  }
  return out;
}

test('1.000 feindliche Anfragen an jede Routenart: nie 5xx, nie ein Stacktrace, begrenzte Antwortzeit', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const requests = hostileRequests(1000);
  const failures: string[] = [];
  let slowest = 0;
  for (let i = 0; i < requests.length; i += 10) {
    await Promise.all(
      requests.slice(i, i + 10).map(async ({ method, url }) => {
        const started = Date.now();
        const res = await request.fetch(url, {
          method,
          failOnStatusCode: false,
          maxRedirects: 0,
          timeout: 10_000,
        });
        const ms = Date.now() - started;
        slowest = Math.max(slowest, ms);
        const body = method === 'HEAD' ? '' : await res.text();
        if (res.status() >= 500) failures.push(`${res.status()} ${method} ${url.slice(0, 120)}`);
        if (/\n\s+at [\w$.<>]+ \(|node_modules\/|\/work\/|webpack-internal/.test(body))
          failures.push(`Stacktrace: ${method} ${url.slice(0, 120)}`);
        if (ms > 3000) failures.push(`${ms} ms: ${method} ${url.slice(0, 120)}`);
      }),
    );
  }
  expect(failures).toEqual([]);
  expect(slowest).toBeLessThan(3000);
});

/** One URL of every route kind: prerendered and per-request pages, 404, API, exports, metadata, files. */
async function routeKinds(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/')).text();
  const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  const js = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(css && js).toBeTruthy();
  return [
    '/',
    measurePath,
    '/massnahmen',
    '/vorschlagen',
    '/gibt-es-nicht',
    '/api/massnahmen',
    `/api/massnahmen/${measureSlug}`,
    '/api/gesundheit',
    '/massnahmen.csv',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.svg',
    css ?? '',
    js ?? '',
    '/_next/static/gibt-es-nicht.js',
  ];
}

test.describe('Keine Anfrage ergibt einen 5xx', () => {
  const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];

  test('jede Methode auf jeder Routenart: kein 5xx, Sicherheits-Header, TRACE und Unbekanntes → 405', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const failures: string[] = [];
    for (const url of await routeKinds(request)) {
      for (const method of methods) {
        const res = await request.fetch(url, { method, failOnStatusCode: false, maxRedirects: 0 });
        const status = res.status();
        if (status >= 500) failures.push(`${status} ${method} ${url}`);
        if (!res.headers()['x-content-type-options']) failures.push(`ohne Header: ${method} ${url}`);
        if ((method === 'TRACE' || method === 'PROPFIND') && status !== 405)
          failures.push(`${status} statt 405: ${method} ${url}`);
        if (url.startsWith('/_next/static/') && !['GET', 'HEAD'].includes(method) && status !== 405)
          failures.push(`${status} statt 405: ${method} ${url}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('Range-Header: 200, 206 oder 416, nie 5xx', async ({ request }) => {
    test.setTimeout(120_000);
    const failures: string[] = [];
    for (const url of await routeKinds(request)) {
      for (const range of [
        'bytes=x',
        'bytes=999999999-',
        'bytes=5-2',
        'bytes=0-1,3-4',
        'bytes=0-10',
        'bytes=-5',
        'x',
      ]) {
        const res = await request.get(url, {
          headers: { Range: range },
          failOnStatusCode: false,
          maxRedirects: 0,
        });
        if (res.status() >= 500) failures.push(`${res.status()} Range ${range} ${url}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('/api/massnahmen/<unbekannt> antwortet mit JSON-404', async ({ request }) => {
    const res = await request.get('/api/massnahmen/gibt-es-nicht-123', { failOnStatusCode: false });
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toMatch(/application\/json/);
    expect((await res.json()).fehler).toMatch(/gibt es nicht/);
  });
});

/** The hidden fields the no-JavaScript proposal form posts (the server action's id and state). */
async function actionFields(
  request: import('@playwright/test').APIRequestContext,
): Promise<Record<string, string>> {
  const html = await (await request.get('/vorschlagen')).text();
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[m[1] ?? ''] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION'))).toBe(true);
  return fields;
}

test.describe('Formular /vorschlagen: begrenzte Arbeit, 4xx statt 5xx', () => {
  test('krankhaftes Markdown: jede Antwort < 300 ms, deutsche Meldung, Wert höchstens einmal bis zum Limit', async ({
    request,
  }) => {
    const fields = await actionFields(request);
    const texts = {
      sterne: '*_'.repeat(6000),
      ueberschrift: `## x${' '.repeat(60_000)}y`,
      zitate: '>'.repeat(6000),
      lang: 'a'.repeat(90_000),
    };
    for (const [name, text] of Object.entries(texts)) {
      const started = Date.now();
      const res = await request.post('/vorschlagen', {
        multipart: { ...fields, titel: 'Test', beschreibung: text, ziele: 'Ziele' },
      });
      const ms = Date.now() - started;
      const body = await res.text();
      expect(res.status(), name).toBe(200);
      expect(body, name).toMatch(/Höchstens 6000 Zeichen|Zu tief verschachtelt|Zu viele/);
      expect(ms, name).toBeLessThan(300);
      // Echoed at most up to the limit: never the whole over-long value.
      expect(body.includes(text.slice(0, 6001)), name).toBe(false);
      expect(body.length, name).toBeLessThan(200_000);
    }
  });

  test('während einer teuren Prüfung antworten andere Anfragen schnell', async ({ request }) => {
    const fields = await actionFields(request);
    const busy = Array.from({ length: 4 }, () =>
      request.post('/vorschlagen', {
        multipart: { ...fields, titel: 'Test', beschreibung: '*_'.repeat(3000), ziele: 'x' },
      }),
    );
    const started = Date.now();
    const health = await request.get('/api/gesundheit');
    const ms = Date.now() - started;
    await Promise.all(busy);
    expect(health.status()).toBe(200);
    expect(ms).toBeLessThan(1000);
  });

  test('zu große Anfrage → 413, kaputtes Multipart → 400, fremder Origin → 403', async ({ request }) => {
    const fields = await actionFields(request);
    const big = await request.post('/vorschlagen', {
      multipart: { ...fields, beschreibung: 'a'.repeat(actionBodyLimitBytes + 1000) },
      failOnStatusCode: false,
    });
    expect(big.status()).toBe(413);
    expect(await big.text()).toMatch(/zu groß/);
    const cases: [string, Record<string, string>, string][] = [
      ['ohne boundary', { 'Content-Type': 'multipart/form-data' }, 'xx'],
      [
        'falsche boundary',
        { 'Content-Type': 'multipart/form-data; boundary=abc' },
        '--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zzz--\r\n',
      ],
      [
        'abgeschnitten',
        { 'Content-Type': 'multipart/form-data; boundary=abc' },
        '--abc\r\nContent-Disposition: form-data; name="titel"\r\n\r\nb',
      ],
    ];
    for (const [name, headers, data] of cases) {
      const res = await request.post('/vorschlagen', { headers, data, failOnStatusCode: false });
      expect(res.status(), name).toBe(400);
      expect(await res.text(), name).toMatch(/Ungültiges Formular/);
    }
    const foreign = await request.post('/vorschlagen', {
      multipart: { ...fields, titel: 'x' },
      headers: { Origin: 'https://angreifer.example' },
      failOnStatusCode: false,
    });
    expect(foreign.status()).toBe(403);
  });

  test('$ACTION_ID_-Feld, Next-Action mit fremdem Inhalt oder ohne Formular: 4xx oder deutsche Meldung, nie 5xx', async ({
    request,
  }) => {
    const fields = await actionFields(request);
    const id = JSON.parse(Object.entries(fields).find(([k]) => /^\$ACTION_\d+:0$/.test(k))?.[1] ?? '{}')
      .id as string;
    expect(id).toMatch(/^[0-9a-f]{20,}$/);
    const responses = [
      await request.post('/vorschlagen', {
        multipart: { [`$ACTION_ID_${id}`]: '', titel: 'x' },
        failOnStatusCode: false,
      }),
      await request.post('/vorschlagen', {
        multipart: { $ACTION_ID_0123456789abcdef0123456789abcdef01234567: '', titel: 'x' },
        failOnStatusCode: false,
      }),
      await request.post('/vorschlagen', {
        headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' },
        data: '"x"',
        failOnStatusCode: false,
      }),
      await request.post('/vorschlagen', {
        headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' },
        data: '[null,"kein Formular"]',
        failOnStatusCode: false,
      }),
      await request.post('/vorschlagen', {
        headers: { 'Next-Action': id },
        multipart: { '0': '["$K1"]', '1_titel': 'x' },
        failOnStatusCode: false,
      }),
      await request.post('/', {
        headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' },
        data: '{',
        failOnStatusCode: false,
      }),
    ];
    expect(responses.map((r) => r.status()).filter((s) => s >= 500)).toEqual([]);
  });
});
