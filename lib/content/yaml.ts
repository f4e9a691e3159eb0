import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { PathSegment } from './problems';

/** German explanations of the YAML parser's error codes editors run into. */
const yamlMessages: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'Ein Wert enthält einen Doppelpunkt mit Leerzeichen („: “). Bitte den ganzen Wert in Anführungszeichen setzen, z. B. titel: "Projekt: Beispiel".',
  MULTILINE_IMPLICIT_KEY:
    'Eine Zeile ohne „name:“ steht zwischen den Feldern. Ist ein Doppelpunkt oder eine Einrückung verloren gegangen?',
  BAD_INDENT: 'Falsche Einrückung. Listeneinträge beginnen mit zwei Leerzeichen und „- “.',
  TAB_AS_INDENT: 'Tabulator zur Einrückung gefunden. Bitte Leerzeichen verwenden.',
  DUPLICATE_KEY: 'Ein Feld steht doppelt im Kopfbereich.',
  MISSING_CHAR: 'Ein schließendes Zeichen fehlt (Anführungszeichen oder Klammer).',
  BAD_SCALAR_START:
    'Ein Wert beginnt mit einem Sonderzeichen (z. B. @, `, %, *). Bitte den Wert in Anführungszeichen setzen.',
  UNEXPECTED_TOKEN: 'Unerwartetes Zeichen. Stimmen Einrückung, Doppelpunkte und Anführungszeichen?',
};

export interface ParsedYaml {
  data: unknown;
  /** Syntax errors with their 1-based line (relative to the YAML text). */
  errors: { line: number; message: string }[];
  /** 1-based line of the node at `path` (or of its nearest existing parent), relative to the YAML text. */
  lineOf(path: readonly PathSegment[], key?: boolean): number;
}

/** 1-based column of the first tab in the line starting at `start`. */
function tabColumn(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  const tab = text.slice(start, end < 0 ? undefined : end).indexOf('\t');
  return tab < 0 ? 1 : tab + 1;
}

/** Parses YAML keeping positions, so a problem can be reported on its line. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  // A tab used for indentation derails the parser, which then reports follow-up errors on
  // the same line; the tab is the one real problem, so only it is reported, at its column.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const seen = new Set<number>();
  const errors: ParsedYaml['errors'] = [];
  for (const e of tabs.length ? tabs : doc.errors) {
    const at = line(e.pos[0]);
    if (seen.has(at)) continue; // one message per line: the first error explains the rest
    seen.add(at);
    const message = yamlMessages[e.code] ?? `${e.message.split('\n')[0] ?? e.message} (${e.code})`;
    errors.push({
      line: at,
      message:
        e.code === 'TAB_AS_INDENT'
          ? `${message} Der Tabulator steht in Spalte ${tabColumn(text, lineCounter.lineStarts[at - 1] ?? 0)}.`
          : message,
    });
  }
  return {
    data: errors.length ? undefined : doc.toJS(),
    errors,
    lineOf(path, key = false) {
      let node: Node | null = doc.contents as Node | null;
      let best = node?.range ? line(node.range[0]) : 1;
      for (const seg of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode.range) best = line(keyNode.range[0]);
          node = pair.value as Node | null;
          if (!key && node?.range && !isMap(node) && !isSeq(node)) best = line(node.range[0]);
        } else if (isSeq(node) && typeof seg === 'number') {
          const item = node.items[seg] as Node | undefined;
          if (!item?.range) break;
          best = line(item.range[0]);
          node = item;
        } else break;
      }
      return best;
    },
  };
}
