/**
 * Reviewer's summary of a pull request: compares the measures in content/massnahmen between
 * the base (e.g. origin/main) and HEAD and writes German Markdown: measures added, changed
 * (each changed field old → new) and removed; a renamed file is a new address, so it counts
 * as removed + added. In GitHub Actions it is appended to the job
 * summary ($GITHUB_STEP_SUMMARY); otherwise printed.
 *
 *   npx tsx scripts/pr-summary.ts origin/main
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../lib/content/yaml';

type Fields = Record<string, unknown>;
interface Version {
  fields: Fields;
  body: string;
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 32 << 20 });

function parse(text: string): Version {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const end = clean.indexOf('\n---', 4);
  if (!clean.startsWith('---\n') || end < 0) return { fields: {}, body: clean };
  const data = parseYaml(clean.slice(4, end + 1)).data;
  return {
    fields: (data && typeof data === 'object' ? data : {}) as Fields,
    body: clean.slice(end + 4).trim(),
  };
}

function show(cwd: string, rev: string, file: string): Version {
  return parse(git(cwd, ['show', `${rev}:${file}`]));
}

const value = (v: unknown) => (v === undefined ? '–' : typeof v === 'string' ? v : JSON.stringify(v));
const cell = (v: unknown) => value(v).replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 300);

/** The German Markdown summary of the measure changes between `base` and `head`. */
export function summarize(cwd: string, base: string, head = 'HEAD'): string {
  const diff = git(cwd, [
    'diff',
    '--name-status',
    '--no-renames',
    `${base}...${head}`,
    '--',
    'content/massnahmen',
  ])
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .filter(([, file]) => !path.basename(file ?? '').startsWith('_'));
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [status = '', a = ''] of diff) {
    const b = a;
    if (status === 'A') {
      const v = show(cwd, head, a);
      added.push(`- **${value(v.fields.titel)}** (\`${a}\`)`);
    } else if (status === 'D') {
      const v = show(cwd, base, a);
      removed.push(`- **${value(v.fields.titel)}** (\`${a}\`)`);
    } else if (status === 'M') {
      const before = show(cwd, base, a);
      const after = show(cwd, head, b);
      const keys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])];
      const rows = keys
        .filter((k) => JSON.stringify(before.fields[k]) !== JSON.stringify(after.fields[k]))
        .map((k) => `| \`${k}\` | ${cell(before.fields[k])} | ${cell(after.fields[k])} |`);
      if (before.body !== after.body) rows.push('| Text | (geändert) | siehe „Files changed“ |');
      if (rows.length) {
        changed.push(
          `#### ${value(after.fields.titel)} (\`${b}\`)\n\n| Feld | alt | neu |\n| --- | --- | --- |\n${rows.join('\n')}`,
        );
      }
    }
  }
  const parts = ['## Änderungen am Katalog'];
  if (!added.length && !changed.length && !removed.length) {
    parts.push('Dieser Pull Request ändert keine Maßnahme.');
  } else {
    parts.push(`${added.length} hinzugefügt, ${changed.length} geändert, ${removed.length} entfernt.`);
    if (added.length) parts.push(`### Hinzugefügt\n\n${added.join('\n')}`);
    if (changed.length) parts.push(`### Geändert\n\n${changed.join('\n\n')}`);
    if (removed.length) parts.push(`### Entfernt\n\n${removed.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const base = process.argv[2] ?? 'origin/main';
  const markdown = summarize(process.cwd(), base);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
  console.log(markdown);
}
