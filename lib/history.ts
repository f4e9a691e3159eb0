/**
 * Change history of the measures, read from git once per process (at build time for the
 * prerendered pages). One `git log` over content/massnahmen gives every commit with its
 * date, subject and changed files; one `git for-each-ref` gives the edition tags that
 * `npm run neue-auflage` sets. Everything else is pure functions over that output, so the
 * logic is tested on text, and the git calls once on a temporary repository.
 * Fallbacks (docs/open-data.md): no git or no repository → no history shown; a shallow
 * clone → commits at the cut ("grafted") are not taken as changes, a measure known only
 * from there shows "spätestens am <date of the cut>". Never the build time.
 */
import { execFileSync } from 'node:child_process';

/** Where the measures live, relative to the repository root. */
export const massnahmenDir = 'content/massnahmen';
/** At most this many commits are read (bounded work and memory). */
export const maxCommits = 2000;
/** How many single changes /aenderungen and its feed list. */
export const latestChangesShown = 50;
/** Edition tags: `auflage-<number>`. */
export const editionTagPrefix = 'auflage-';

export type ChangeKind = 'hinzugefuegt' | 'geaendert' | 'entfernt';

export interface FileChange {
  slug: string;
  kind: ChangeKind;
}

export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  subject: string;
  /** True for the cut of a shallow clone: its files appear "added" although they are older. */
  grafted: boolean;
  files: FileChange[];
}

export interface Edition {
  tag: string;
  auflage: number;
  /** Date of the tagged commit: changes after it belong to the next edition. */
  date: string;
}

export interface HistoryEntry {
  hash: string;
  date: string;
  subject: string;
  kind: ChangeKind;
}

export interface MeasureHistory {
  /** Date of the newest commit that touched the file; undefined if only known from a shallow cut. */
  lastChanged?: string;
  /** Shallow clone: the file existed at the cut, so it was last changed on or before this date. */
  notAfter?: string;
  /** Newest first, all known entries (the page shows the first few). */
  entries: HistoryEntry[];
}

export interface CatalogueChange extends HistoryEntry {
  slug: string;
}

export interface History {
  available: boolean;
  /** The clone was shallow: older changes are missing. */
  shallow: boolean;
  measures: Map<string, MeasureHistory>;
  /** Every change to a measure file, newest first. */
  changes: CatalogueChange[];
  /** Edition tags, newest first. */
  editions: Edition[];
}

const statusKind: Record<string, ChangeKind> = { A: 'hinzugefuegt', M: 'geaendert', D: 'entfernt' };

/** "content/massnahmen/foo.md" → "foo"; other files (templates starting with "_", subfolders) → undefined. */
export function slugOfPath(file: string): string | undefined {
  const prefix = `${massnahmenDir}/`;
  if (!file.startsWith(prefix) || !file.endsWith('.md')) return undefined;
  const name = file.slice(prefix.length, -3);
  if (!name || name.includes('/') || name.startsWith('_')) return undefined;
  return name;
}

/** The arguments of the one `git log` call; its output is what parseGitLog reads. */
export const gitLogArgs = [
  'log',
  `--max-count=${maxCommits}`,
  '--no-renames',
  '--name-status',
  '--format=%x1e%H%x1f%cI%x1f%D%x1f%s',
  'HEAD',
  '--',
  massnahmenDir,
];

/** Parses the output of `git ${gitLogArgs}`: newest commit first, as git prints them. */
export function parseGitLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', date = '', refs = '', subject = ''] = header.split('\x1f');
    if (!/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(Date.parse(date))) continue;
    const files: FileChange[] = [];
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab < 1) continue;
      const kind = statusKind[line.slice(0, 1)];
      const slug = slugOfPath(line.slice(tab + 1).trim());
      if (kind && slug) files.push({ slug, kind });
    }
    const grafted = refs.split(', ').includes('grafted');
    commits.push({ hash, date, subject: subject.trim(), grafted, files });
  }
  return commits;
}

/** The arguments of the `git for-each-ref` call listing the edition tags; parsed by parseEditionTags. */
export const gitTagArgs = [
  'for-each-ref',
  '--format=%(refname:short)%09%(*committerdate:iso-strict)%09%(committerdate:iso-strict)',
  `refs/tags/${editionTagPrefix}*`,
];

/** Edition tags with the date of the commit they point at, newest edition first. */
export function parseEditionTags(output: string): Edition[] {
  const editions: Edition[] = [];
  for (const line of output.split('\n')) {
    const [tag = '', peeled = '', direct = ''] = line.trim().split('\t');
    const match = /^auflage-(\d{1,4})$/.exec(tag);
    const date = peeled || direct;
    if (!match || Number.isNaN(Date.parse(date))) continue;
    editions.push({ tag, auflage: Number(match[1]), date });
  }
  return editions.sort((a, b) => b.auflage - a.auflage);
}

/** Builds the per-measure history and the catalogue-wide change list from parsed commits. */
export function buildHistory(commits: readonly Commit[], editions: readonly Edition[] = []): History {
  const measures = new Map<string, MeasureHistory>();
  const changes: CatalogueChange[] = [];
  const shallow = commits.some((c) => c.grafted);
  for (const c of commits) {
    for (const f of c.files) {
      let h = measures.get(f.slug);
      if (!h) {
        h = { entries: [] };
        measures.set(f.slug, h);
      }
      if (c.grafted) {
        // The cut of a shallow clone lists every file as added: only an upper bound for its date.
        if (!h.lastChanged && !h.notAfter) h.notAfter = c.date;
        continue;
      }
      h.lastChanged ??= c.date;
      const entry = { hash: c.hash, date: c.date, subject: c.subject, kind: f.kind };
      h.entries.push(entry);
      changes.push({ ...entry, slug: f.slug });
    }
  }
  return { available: true, shallow, measures, changes, editions: [...editions] };
}

export interface EditionDiff {
  edition: Edition;
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * What changed since an edition: the net effect per measure of the commits after the
 * edition's date. Added then removed → nothing; removed then added again → changed.
 */
export function changesSince(history: History, edition: Edition): EditionDiff {
  const since = Date.parse(edition.date);
  // Oldest first, so the first and last event per measure are easy to find.
  const perSlug = new Map<string, ChangeKind[]>();
  for (const c of [...history.changes].reverse()) {
    if (Date.parse(c.date) <= since) continue;
    const kinds = perSlug.get(c.slug) ?? [];
    kinds.push(c.kind);
    perSlug.set(c.slug, kinds);
  }
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [slug, kinds] of perSlug) {
    const first = kinds[0];
    const last = kinds[kinds.length - 1];
    if (first === 'hinzugefuegt') {
      if (last !== 'entfernt') added.push(slug);
    } else if (last === 'entfernt') removed.push(slug);
    else changed.push(slug);
  }
  const sort = (a: string[]) => a.sort((x, y) => x.localeCompare(y, 'de'));
  return { edition, added: sort(added), changed: sort(changed), removed: sort(removed) };
}

const unavailable: History = {
  available: false,
  shallow: false,
  measures: new Map(),
  changes: [],
  editions: [],
};

function git(root: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
    timeout: 30_000,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/** Reads the history of the repository at `root`; without git or a repository: `available: false`. */
export function readHistory(root: string): History {
  let log: string;
  try {
    log = git(root, gitLogArgs);
  } catch {
    return unavailable;
  }
  let tags = '';
  try {
    tags = git(root, gitTagArgs);
  } catch {
    // No tags readable: the edition comparison is simply not offered.
  }
  return buildHistory(parseGitLog(log), parseEditionTags(tags));
}

let cached: History | undefined;

/**
 * The history of the repository the site is built from, read once per process. A build in a
 * copy of the working tree (`npm run release`, `npm test`) names the checkout it was copied from
 * in CONTENT_REPOSITORY, since the copy itself is no repository.
 */
export function getHistory(): History {
  cached ??= readHistory(process.env.CONTENT_REPOSITORY || process.cwd());
  return cached;
}

const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' });

/** "2024-03-01T10:00:00+01:00" → "1. März 2024" (German calendar date in Herne's time zone). */
export function germanDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** The date part (YYYY-MM-DD, Herne's time zone) for a <time datetime> attribute. */
export function isoDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** Auto-discovery link of the feed of changes (/aenderungen). */
export const changesFeedLink = { url: '/aenderungen/feed.xml', title: 'Atom-Feed der Änderungen' };

export const changeLabel: Record<ChangeKind, string> = {
  hinzugefuegt: 'Hinzugefügt',
  geaendert: 'Geändert',
  entfernt: 'Entfernt',
};

/** GitHub page with the full history of one measure file, when REPOSITORY_URL is set. */
export function historyUrl(repository: string | undefined, slug: string): string | undefined {
  return repository ? `${repository}/commits/HEAD/${massnahmenDir}/${slug}.md` : undefined;
}
