/**
 * Phone numbers as DIN 5008 writes them: area code, a space, the number, a hyphen before
 * the extension („02323 16-2629“). The brochure writes the same numbers in several ways
 * („0 23 23 / 16 – 26 29“, „0 23 23 / 16 - 3850“); this keeps every digit and only
 * changes the spacing. Input that does not have the brochure's shape
 * (area code / number - extension) is returned with its spaces tidied, never guessed at.
 * Linear in the input: one split and character filters, no backtracking pattern.
 */
export function formatPhone(raw: string): string {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  const slash = tidy.split('/');
  if (slash.length !== 2) return tidy;
  const area = digits(slash[0] ?? '');
  const rest = (slash[1] ?? '').split(/[-–‑]/);
  if (!area || rest.length > 2) return tidy;
  const number = digits(rest[0] ?? '');
  const extension = rest.length === 2 ? digits(rest[1] ?? '') : '';
  if (!number || (rest.length === 2 && !extension)) return tidy;
  return extension ? `${area} ${number}-${extension}` : `${area} ${number}`;
}

function digits(s: string): string {
  let out = '';
  for (const c of s) {
    if (c >= '0' && c <= '9') out += c;
    else if (c !== ' ') return '';
  }
  return out;
}
