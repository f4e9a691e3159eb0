/** Helpers shared by bench/bench.mjs (full run) and bench/compare.mjs (before/after). */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `url` answers without a 5xx (up to 20 s). */
export async function waitFor(url) {
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {}
    await sleep(100);
  }
  throw new Error(`Server antwortet nicht: ${url}`);
}

/** Installs a Debian package (as root) or explains how to. */
export function ensureTool(bin, pkg, env = process.env) {
  if (spawnSync('which', [bin]).status === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`${bin} fehlt. Bitte installieren: sudo apt-get install -y ${pkg}`);
    process.exit(1);
  }
  console.log(`Installiere ${pkg} …`);
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  if (
    spawnSync('apt-get', ['install', '-y', pkg], {
      stdio: 'inherit',
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status !== 0
  )
    process.exit(1);
}

export function parseWrk(out) {
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0);
  const toMs = (v, unit) => Number(v) * (unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1);
  const lat = (p) => {
    const m = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return m ? toMs(m[1], m[2]) : Number.NaN;
  };
  const errors = out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? '0';
  const socket = out.match(/Socket errors: (.*)/)?.[1] ?? '';
  return { rps, p50: lat(50), p99: lat(99), errors: Number(errors), socket };
}

/** One wrk run: requests/s, p50/p99 latency (ms), non-2xx count, socket errors. */
export function wrk(url, { duration = 8, connections = 10, threads = 2, gzip = false, script } = {}) {
  const args = [`-t${Math.min(threads, connections)}`, `-c${connections}`, `-d${duration}s`, '--latency'];
  if (gzip) args.push('-H', 'Accept-Encoding: gzip, deflate, br');
  if (script) args.push('-s', script);
  args.push(url);
  return parseWrk(execFileSync('wrk', args, { encoding: 'utf8' }));
}

/** The body of `url`; retried twice, as a keep-alive connection may close just as it is reused. */
async function get(url) {
  for (let attempt = 0; ; attempt++) {
    try {
      return Buffer.from(await (await fetch(url)).arrayBuffer());
    } catch (e) {
      if (attempt >= 2) throw e;
      await sleep(200);
    }
  }
}

/** Compressed size (gzip -9) of a page's HTML and of the CSS and JavaScript it loads. */
export async function pageWeight(baseUrl, p) {
  const html = (await get(new URL(p, baseUrl))).toString('utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(css|js))"/g)].map((m) => ({
    url: m[1],
    kind: m[2],
  }));
  const unique = [...new Map(assets.map((a) => [a.url, a])).values()];
  let css = 0;
  let js = 0;
  for (const a of unique) {
    const body = await get(new URL(a.url, baseUrl));
    const size = zlib.gzipSync(body, { level: 9 }).length;
    if (a.kind === 'css') css += size;
    else js += size;
  }
  return { path: p, html: zlib.gzipSync(Buffer.from(html), { level: 9 }).length, css, js };
}

/** A wrk Lua script that picks one of `count` different filter + search query strings per request. */
export function variedScript(work, name, base, count) {
  const words = [
    'Beratung',
    'Frauen',
    'Kinder',
    'Inklusion',
    'Sprache',
    'Gewalt',
    'Gesundheit',
    'Vielfalt',
    'Schule',
    'Eltern',
    'Migration',
    'Queer',
    'Alter',
    'Arbeit',
    'Netzwerk',
    'Fortbildung',
  ];
  const dims = [
    'uebergreifend',
    'geschlecht',
    'ethnische-herkunft',
    'behinderung',
    'alter',
    'sexuelle-identitaet',
  ];
  const paths = [];
  for (let i = 0; i < count; i++) {
    const w = words[i % words.length];
    const d = dims[Math.floor(i / words.length) % dims.length];
    const r = i % 3 === 0 ? 'aussen' : 'innen';
    paths.push(`${base}?q=${encodeURIComponent(w)}&dimension=${d}&richtung=${r}&_v=${i}`);
  }
  const file = path.join(work, `${name}.lua`);
  fs.writeFileSync(
    file,
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}\nmath.randomseed(42)\nrequest = function() return wrk.format(nil, paths[math.random(#paths)]) end\n`,
  );
  return file;
}

const blockStart = '<!-- vergleich:start – geschrieben von bench/compare.mjs --write -->';
const blockEnd = '<!-- vergleich:end -->';

/** Span of the before/after block in docs/performance.md, markers included, or null. */
function blockSpan(report) {
  const start = report.indexOf(blockStart);
  const end = report.indexOf(blockEnd);
  return start >= 0 && end > start ? [start, end + blockEnd.length] : null;
}

/** The before/after text of docs/performance.md (kept when `npm run bench` rewrites the rest). */
export function comparisonBlock(report) {
  const span = blockSpan(report);
  return span ? report.slice(span[0] + blockStart.length, span[1] - blockEnd.length).trim() : '';
}

/** `report` with its before/after block replaced by (or, if it has none, followed by) `markdown`. */
export function withComparison(report, markdown) {
  const block = `${blockStart}\n${markdown.trim()}\n${blockEnd}`;
  const span = blockSpan(report);
  return span
    ? `${report.slice(0, span[0])}${block}${report.slice(span[1])}`
    : `${report.trimEnd()}\n\n${block}\n`;
}
