/**
 * sha256 CSP sources of the executable inline scripts of one HTML document (JSON data blocks
 * are not executed and need none). Plain JavaScript, because the build adapter
 * (scripts/csp-adapter.mjs) is loaded by Next.js without a TypeScript step; lib/csp.ts and the
 * tests use the same function. Only ever applied to the site's own build output.
 */
import crypto from 'node:crypto';

/** @param {string} html @returns {string[]} */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    hashes.add(
      `sha256-${crypto
        .createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64')}`,
    );
  }
  return [...hashes];
}
