/**
 * Generates a synthetic catalogue of N valid measures (for the scale benchmark):
 * `npx tsx bench/generate-catalog.ts 1000 /tmp/katalog-1000`. Copies vocabularies,
 * contact points and pages from content/ and clones the real measures with new titles,
 * slugs and order, so the texts keep realistic length and vocabulary.
 */
import fs from 'node:fs';
import path from 'node:path';

export function generateCatalog(count: number, target: string, source = path.resolve('content')): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'massnahmen'), { recursive: true });
  for (const entry of fs.readdirSync(source)) {
    if (entry === 'massnahmen') continue;
    fs.cpSync(path.join(source, entry), path.join(target, entry), { recursive: true });
  }
  const originals = fs
    .readdirSync(path.join(source, 'massnahmen'))
    .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
    .sort()
    .map((n) => ({
      slug: n.slice(0, -3),
      text: fs.readFileSync(path.join(source, 'massnahmen', n), 'utf8'),
    }));
  for (let i = 0; i < count; i++) {
    const o = originals[i % originals.length];
    if (!o) break;
    const round = Math.floor(i / originals.length);
    const slug = round === 0 ? o.slug : `${o.slug}-${round + 1}`;
    const text =
      round === 0
        ? o.text
        : o.text
            .replace(
              /^titel: (.*)$/m,
              (_, t: string) => `titel: ${JSON.stringify(`${t.replace(/^"|"$/g, '')} (${round + 1})`)}`,
            )
            .replace(/^reihenfolge: \d+$/m, `reihenfolge: ${i + 1}`);
    fs.writeFileSync(path.join(target, 'massnahmen', `${slug}.md`), text);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const count = Number(process.argv[2] ?? 1000);
  const target = path.resolve(process.argv[3] ?? `.bench/katalog-${count}`);
  generateCatalog(count, target);
  console.log(`${count} Maßnahmen in ${target} erzeugt.`);
}
