import { execFileSync } from 'node:child_process';

export interface GitEntry {
  date: string;
  subject: string;
}

/**
 * Commits touching `pathspec`, newest first, read with git directly (independently of
 * lib/history.ts). In a shallow clone the commit at the cut ("grafted") is no real change and
 * is returned as `cut`.
 */
export function gitLog(pathspec: string): { entries: GitEntry[]; cut?: string } {
  const lines = execFileSync('git', ['log', '--no-renames', '--format=%cI%x1f%D%x1f%s', '--', pathspec], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  })
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [date = '', refs = '', subject = ''] = line.split('\x1f');
      return { date, subject, grafted: refs.split(', ').includes('grafted') };
    });
  return {
    entries: lines.filter((l) => !l.grafted).map(({ date, subject }) => ({ date, subject })),
    cut: lines.find((l) => l.grafted)?.date,
  };
}

/** Every measure file (templates starting with "_" are no measures). */
export const measureFiles = ':(glob)content/massnahmen/[!_]*.md';

export const germanDate = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso));
