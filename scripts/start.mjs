/**
 * `npm start`: serves the newest good release (npm run release, docs/deployment.md) on
 * http://localhost:3000 (PORT to change it). It never builds over what it serves: on a fresh
 * clone without any release it first builds one with `npm run release`.
 *
 * It is a small front: it listens on PORT and passes every request to `next start` of the
 * current release, which runs on a free local port. On SIGHUP (sent by `npm run release`)
 * it starts the release named in .releases/stand.json, waits for its health check, sends
 * new requests there, lets the old server finish its requests and stops it. Clients and the
 * city's nginx keep talking to the same port and never see the switch.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  freePort,
  isBuilt,
  readReleaseInfo,
  readState,
  releaseDir,
  releasesDir,
  startServer,
  stopServer,
  waitHealthy,
} from './release-lib.mjs';

const port = Number(process.env.PORT ?? 3000);
const log = (msg) => console.log(`[npm start] ${msg}`);

/** The release to serve: stand.json's current one, else the previous one if only that is intact. */
function wanted() {
  const s = readState();
  return [s.aktuell, s.vorherige].find(isBuilt) ?? null;
}

if (!wanted()) {
  log(
    'Es gibt noch keine gebaute Version: baue die erste mit "npm run release" (einmalig, ca. 2–4 Minuten) …',
  );
  const first = spawn(process.execPath, [path.join('scripts', 'release.mjs')], { stdio: 'inherit' });
  // Stopping npm start while it builds stops the build too (release.mjs cleans up after itself).
  const pass = (signal) => first.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, pass);
  const code = await new Promise((resolve) => first.once('exit', (c) => resolve(c ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, pass);
  if (code !== 0 || !wanted()) process.exit(code || 1);
}

/** One `next start` of one release. */
async function launch(id) {
  const dir = releaseDir(id);
  const info = readReleaseInfo(dir);
  const backendPort = await freePort();
  const child = startServer(dir, backendPort);
  const b = { id, port: backendPort, child, inflight: 0, retired: false };
  backends.add(b);
  b.agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  child.on('exit', (code, signal) => {
    backends.delete(b);
    if (b.retired || stopping) return;
    log(
      `Der Server der Version ${id} hat sich unerwartet beendet (${signal ?? `Exit ${code}`}); starte ihn neu.`,
    );
    if (current === b) reload(true);
  });
  try {
    await waitHealthy(backendPort, info?.buildId ?? id, { child });
  } catch (e) {
    b.retired = true;
    await stopServer(child);
    throw e;
  }
  return b;
}

/** Stops a backend after its last request (at most 30 s). */
async function retire(b) {
  b.retired = true;
  const until = Date.now() + 30_000;
  while (b.inflight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  b.agent.destroy();
  await stopServer(b.child);
}

let current = null;
const backends = new Set();
let stopping = false;
let queue = Promise.resolve();

/**
 * Serves `release` (default: wanted()), again if `restart`; keeps the current release if the
 * new one does not come up.
 */
function reload(restart = false, release = undefined) {
  queue = queue.then(async () => {
    const id = release ?? wanted();
    if (!id || (!restart && id === current?.id)) return;
    try {
      const next = await launch(id);
      const old = current;
      current = next;
      writeFront();
      log(`Liefert Version ${id} aus.`);
      if (old && old !== next) await retire(old);
    } catch (e) {
      log(
        `Umschalten auf Version ${id} fehlgeschlagen: ${e.message} Es bleibt Version ${current?.id ?? 'keine'}.`,
      );
      if (restart && current) setTimeout(() => reload(true), 5000);
    }
  });
  return queue;
}

const frontFile = path.join(releasesDir, `weiche-${process.pid}.json`);
function writeFront() {
  fs.writeFileSync(frontFile, JSON.stringify({ pid: process.pid, port, release: current?.id }));
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);
const endToEnd = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !hopByHop.has(k)));
const idempotent = new Set(['GET', 'HEAD', 'OPTIONS']);

function unavailable(res) {
  if (res.headersSent) return res.destroy();
  res.writeHead(503, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Retry-After': '5',
    'Cache-Control': 'no-store',
  });
  res.end('Die Website startet gerade neu. Bitte in einigen Sekunden noch einmal versuchen.\n');
}

/**
 * Passes one request to the current backend. Requests without a body are sent once more on a
 * fresh connection if a kept-alive connection was closed under them; requests with a body use
 * a fresh connection from the start, so they never meet that race.
 */
function forward(req, res, retry = true) {
  const b = current;
  if (!b) return unavailable(res);
  if (b.child.exitCode !== null || b.child.signalCode !== null) {
    // Crashed: wait (at most 30 s) for the restart that its exit has queued.
    if (!retry) return unavailable(res);
    const limit = new Promise((r) => setTimeout(r, 30_000));
    return Promise.race([queue, limit]).then(() => forward(req, res, false));
  }
  const safe = idempotent.has(req.method);
  b.inflight++;
  let counted = true;
  const done = () => {
    if (counted) b.inflight--;
    counted = false;
  };
  res.once('close', done);
  const up = http.request(
    {
      host: '127.0.0.1',
      port: b.port,
      method: req.method,
      path: req.url,
      headers: endToEnd(req.headers),
      agent: safe && retry ? b.agent : false,
    },
    (ur) => {
      res.writeHead(ur.statusCode ?? 502, ur.statusMessage, endToEnd(ur.headers));
      ur.pipe(res);
      ur.once('error', () => res.destroy());
    },
  );
  up.once('error', (e) => {
    done();
    res.off('close', done);
    if (res.destroyed) return;
    if (res.headersSent) return res.destroy();
    if (safe && retry) return forward(req, res, false);
    log(`Anfrage ${req.method} ${req.url} an Version ${b.id} gescheitert: ${e.code ?? e.message}`);
    unavailable(res);
  });
  res.once('close', () => {
    if (!res.writableFinished) up.destroy();
  });
  if (safe) up.end();
  else req.pipe(up);
}

const server = http.createServer(forward);
// Longer than nginx's upstream keepalive_timeout (60 s), so nginx closes idle connections first.
server.keepAliveTimeout = 75_000;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  fs.rmSync(frontFile, { force: true });
  server.close();
  await Promise.all([...backends].map((b) => stopServer(b.child)));
  process.exit(code);
}
process.on('SIGINT', () => shutdown());
process.on('SIGTERM', () => shutdown());
process.on('SIGHUP', () => reload());

await reload();
if (!current) {
  // The newest release does not come up: serve the previous one rather than nothing.
  const { vorherige } = readState();
  if (isBuilt(vorherige) && vorherige !== wanted()) await reload(true, vorherige);
}
if (!current) {
  console.error('Keine Version ließ sich starten (Meldungen oben). Bitte "npm run release" ausführen.');
  await shutdown(1);
}

server.on('error', async (e) => {
  console.error(
    e.code === 'EADDRINUSE'
      ? `Port ${port} ist schon belegt. Einen anderen wählen, z. B.: PORT=3001 npm start`
      : `Der Server kann nicht starten: ${e.message}`,
  );
  await shutdown(1);
});
server.listen(port, () => {
  writeFront();
  log(`Die Website läuft unter http://localhost:${port}/ (Version ${current.id}; beenden mit Strg+C).`);
});
