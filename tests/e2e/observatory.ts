/**
 * Scores response headers with the published rules of the MDN HTTP Observatory
 * (mdn/mdn-http-observatory, "scoring"): start at 100, subtract for missing or weak
 * headers, add bonuses only while the score is at least 90. Only header-based tests are
 * scored here; redirection (http → https) and SRI do not apply to a same-origin site
 * served over loopback and are covered in docs/security.md.
 */
export interface ScoreResult {
  score: number;
  notes: string[];
}

function parseCsp(value: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase()))
      map.set(
        name.toLowerCase(),
        sources.map((s) => s.toLowerCase()),
      );
  }
  return map;
}

export function observatoryScore(headers: Record<string, string>): ScoreResult {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  let score = 100;
  const notes: string[] = [];
  const penalty = (n: number, why: string) => {
    score -= n;
    notes.push(`-${n} ${why}`);
  };
  const bonuses: [number, string][] = [];

  // Content Security Policy
  const cspHeader = h['content-security-policy'];
  if (!cspHeader) penalty(25, 'csp-not-implemented');
  else {
    const csp = parseCsp(cspHeader);
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
    const objectSrc = csp.get('object-src') ?? csp.get('default-src') ?? [];
    const hasNonceOrHash = scriptSrc.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha"));
    if (scriptSrc.includes("'unsafe-inline'") && !hasNonceOrHash)
      penalty(20, 'csp-implemented-with-unsafe-inline');
    else if (scriptSrc.includes("'unsafe-eval'")) penalty(10, 'csp-implemented-with-unsafe-eval');
    else if (
      scriptSrc.some((s) => s === 'data:' || s === 'http:' || s === 'https:' || s === '*') ||
      objectSrc.some((s) => s === '*' || s === 'data:')
    ) {
      penalty(20, 'csp-implemented-with-insecure-scheme');
    } else {
      const def = csp.get('default-src') ?? [];
      const clean = def.length > 0 && def.every((s) => s === "'none'" || s === "'self'");
      if (clean) bonuses.push([5, 'csp-implemented-with-no-unsafe-default-src-none']);
    }
  }

  // Strict-Transport-Security
  const hsts = h['strict-transport-security'];
  const maxAge = Number(hsts?.match(/max-age=(\d+)/i)?.[1] ?? Number.NaN);
  if (!hsts || Number.isNaN(maxAge)) penalty(20, 'hsts-not-implemented');
  else if (maxAge < 15_768_000) penalty(10, 'hsts-implemented-max-age-less-than-six-months');

  // X-Content-Type-Options
  if ((h['x-content-type-options'] ?? '').toLowerCase() !== 'nosniff')
    penalty(5, 'x-content-type-options-not-implemented');

  // Framing: X-Frame-Options or frame-ancestors
  const frameAncestors = cspHeader ? parseCsp(cspHeader).get('frame-ancestors') : undefined;
  const xfo = (h['x-frame-options'] ?? '').toUpperCase();
  if (frameAncestors) bonuses.push([5, 'x-frame-options-implemented-via-csp']);
  else if (xfo !== 'DENY' && xfo !== 'SAMEORIGIN') penalty(20, 'x-frame-options-not-implemented');

  // Referrer-Policy
  const ref = (h['referrer-policy'] ?? '').toLowerCase();
  if (
    ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].some((p) =>
      ref
        .split(',')
        .map((s) => s.trim())
        .includes(p),
    )
  ) {
    bonuses.push([5, 'referrer-policy-private']);
  } else if (
    ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(ref)
  ) {
    penalty(5, 'referrer-policy-unsafe');
  }

  // Cross-Origin-Resource-Policy
  const corp = (h['cross-origin-resource-policy'] ?? '').toLowerCase();
  if (corp === 'same-origin' || corp === 'same-site') bonuses.push([10, 'corp-implemented-with-same-origin']);

  // Cookies: none may be set at all on this site.
  if (h['set-cookie']) penalty(40, 'cookies-set (the site must set none)');

  if (score >= 90) {
    for (const [n, why] of bonuses) {
      score += n;
      notes.push(`+${n} ${why}`);
    }
  }
  return { score, notes };
}
