/**
 * Shared parts of `npm run release`, `npm start` and `npm test` (docs/deployment.md):
 * a release is a snapshot of the working tree in its own directory under .releases/<id>/
 * (sources copied, node_modules hard-linked), built there with `npm run build`. It never
 * shares a file with the checkout or with another release, so building, validating or
 * deleting one cannot change what another serves, and its content/ stays the content it
 * was built from (the app reads ./content at run time).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const root = process.cwd();
export const releasesDir = path.resolve(process.env.RELEASE_DIR ?? '.releases');
const stateFile = path.join(releasesDir, 'stand.json');
export const releaseDir = (id) => path.join(releasesDir, id);
/** Written into every release (and the test build); read by /api/gesundheit. */
export const infoFileName = 'release.json';

/** Top-level entries of the checkout that are no source of the site (build output, tests, git). */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.next',
  '.releases',
  '.test-build',
  '.bench',
  'test-results',
  'playwright-report',
  'coverage',
  'out',
  'tsconfig.tsbuildinfo',
  'next-env.d.ts',
]);

/**
 * Copies the working tree from `from` to `dir` (which must not exist yet) and gives it its own
 * node_modules: hard links (`cp -al`, a second or two, no extra space), so a later
 * `npm ci` in the checkout replaces files there without touching this copy. Where hard
 * links are impossible (other file system), a symlink.
 */
export function copyWorkingTree(from, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const skip = new Set([...SKIP, path.basename(releasesDir)]);
  for (const entry of fs.readdirSync(from)) {
    if (skip.has(entry)) continue;
    fs.cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  }
  const modules = path.join(from, 'node_modules');
  const r = spawnSync('cp', ['-al', modules, path.join(dir, 'node_modules')], { encoding: 'utf8' });
  if (r.status !== 0) fs.symlinkSync(modules, path.join(dir, 'node_modules'), 'dir');
}

function git(args, cwd) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * What a release was built from: the checkout's commit, the last commit that changed
 * content/, and whether content/ had uncommitted changes. null where git is not available.
 */
export function sourceInfo(cwd = root) {
  const commit = git(['rev-parse', 'HEAD'], cwd);
  return {
    commit,
    inhaltCommit: commit ? git(['log', '-1', '--format=%H', '--', 'content'], cwd) || null : null,
    inhaltGeaendert: commit ? Boolean(git(['status', '--porcelain', '--', 'content'], cwd)) : null,
  };
}

/** A new release id: build time (UTC) and short commit, usable as Next.js build id and directory name. */
export function newReleaseId(info) {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}${info.commit ? `-${info.commit.slice(0, 7)}` : ''}`;
}

export function writeReleaseInfo(dir, info) {
  fs.writeFileSync(path.join(dir, infoFileName), `${JSON.stringify(info, null, 2)}\n`);
}

export function readReleaseInfo(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, infoFileName), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * `npm run build` in `dir` with the given build id (next.config.ts passes NEXT_BUILD_ID to
 * Next's generateBuildId). Output goes to the terminal, so Next's and the content check's
 * German errors appear as they are. Runs in its own process group; `onStart` receives a
 * function that stops the whole build. Resolves to true on success.
 */
export function buildIn(dir, buildId, onStart = () => {}) {
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: dir,
    stdio: 'inherit',
    detached: true,
    // The copy has no .git: the change history (lib/history.ts) is read from the checkout.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_BUILD_ID: buildId, CONTENT_REPOSITORY: root },
  });
  onStart(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  });
  return new Promise((resolve) => {
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

/** { aktuell, vorherige }: the release to serve and the one to roll back to. */
export function readState() {
  try {
    const s = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    return { aktuell: s.aktuell ?? null, vorherige: s.vorherige ?? null };
  } catch {
    return { aktuell: null, vorherige: null };
  }
}

/** Atomic (rename), so a server starting at that moment reads either the old or the new state. */
export function writeState(state) {
  fs.mkdirSync(releasesDir, { recursive: true });
  const tmp = `${stateFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(tmp, stateFile);
}

export const isBuilt = (id) => Boolean(id) && fs.existsSync(path.join(releaseDir(id), infoFileName));

export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * A free local port. RELEASE_PORTS=3162-3169 restricts it to a range (for machines where
 * only some ports may be used); otherwise the system picks one.
 */
export async function freePort() {
  const range = process.env.RELEASE_PORTS?.match(/^(\d+)-(\d+)$/);
  const candidates = range
    ? Array.from({ length: range[2] - range[1] + 1 }, (_, i) => Number(range[1]) + i)
    : [0];
  for (const want of candidates) {
    const port = await new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(want, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
    if (port) return port;
  }
  throw new Error(`Kein freier Port im Bereich ${process.env.RELEASE_PORTS}.`);
}

/** `next start` of the release in `dir` on 127.0.0.1:`port`. */
export function startServer(dir, port, stdio = 'inherit') {
  return spawn(
    process.execPath,
    [
      path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    { cwd: dir, stdio, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
  );
}

/** Stops a server started by startServer: SIGTERM, after 10 s SIGKILL. */
export function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function getHealth(port, timeoutMs = 15_000) {
  const res = await fetch(`http://127.0.0.1:${port}/api/gesundheit`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/**
 * Waits until /api/gesundheit on `port` answers 200 with build id `buildId`. Throws a German
 * error on timeout or when `child` exits first.
 */
export async function waitHealthy(port, buildId, { timeoutMs = 120_000, child } = {}) {
  const until = Date.now() + timeoutMs;
  let last = 'keine Antwort';
  while (Date.now() < until) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `Der Server der Version ${buildId} hat sich beim Start beendet (Exit ${child.exitCode}).`,
      );
    }
    try {
      const h = await getHealth(port);
      if (h.status === 200 && h.body?.build === buildId) return h.body;
      last = `Status ${h.status}, Build ${h.body?.build ?? '–'}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `Die Version ${buildId} meldet sich nach ${timeoutMs / 1000} s nicht gesund unter /api/gesundheit (zuletzt: ${last}).`,
  );
}

/** Slugs of the measures in a release's content (file names without .md; "_" files are templates). */
export function measureSlugs(dir) {
  return fs
    .readdirSync(path.join(dir, 'content', 'massnahmen'))
    .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
    .map((n) => n.slice(0, -3));
}

/**
 * Smoke test of a started release: start page with its stylesheets, list, every measure
 * page of the release's content, feed and sitemap. Returns German problem descriptions
 * (empty: passed).
 */
export async function smokeTest(port, dir) {
  const base = `http://127.0.0.1:${port}`;
  const problems = [];
  const get = async (url, want = 200) => {
    try {
      const res = await fetch(base + url, { signal: AbortSignal.timeout(20_000) });
      const text = await res.text();
      if (res.status !== want) problems.push(`${url} antwortet mit ${res.status} statt ${want}.`);
      return text;
    } catch (e) {
      problems.push(`${url} antwortet nicht (${e.cause?.code ?? e.message}).`);
      return '';
    }
  };
  const home = await get('/');
  const styles = [...home.matchAll(/<link[^>]*href="(\/_next\/static\/[^"]+\.css)"/g)].map((m) => m[1]);
  if (!styles.length) problems.push('Die Startseite bindet kein Stylesheet ein.');
  const urls = [
    ...styles,
    '/massnahmen',
    '/feed.xml',
    '/sitemap.xml',
    ...measureSlugs(dir).map((s) => `/massnahmen/${s}`),
  ];
  for (let i = 0; i < urls.length; i += 4) await Promise.all(urls.slice(i, i + 4).map((u) => get(u)));
  await get('/gibt-es-nicht-pruefung', 404);
  return problems;
}
