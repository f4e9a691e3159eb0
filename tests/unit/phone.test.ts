import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../lib/content/catalog';
import { formatPhone } from '../../lib/phone';

const onlyDigits = (s: string) => s.replace(/\D/g, '');

describe('formatPhone (DIN 5008)', () => {
  it('writes the brochure’s variants one way', () => {
    expect(formatPhone('0 23 23 / 16 – 26 29')).toBe('02323 16-2629');
    expect(formatPhone('0 23 23 / 16 - 23 83')).toBe('02323 16-2383');
    expect(formatPhone('0 23 23 / 16 - 3850')).toBe('02323 16-3850');
    expect(formatPhone('  0 23 23/16-3850 ')).toBe('02323 16-3850');
  });

  it('handles a number without extension', () => {
    expect(formatPhone('0 23 23 / 16 0')).toBe('02323 160');
  });

  it('leaves other shapes alone instead of guessing', () => {
    expect(formatPhone('0800 111 0 111')).toBe('0800 111 0 111');
    expect(formatPhone('0 23 23 / 16 - 26 / 29')).toBe('0 23 23 / 16 - 26 / 29');
    expect(formatPhone('02323 / 16 - 26 - 29')).toBe('02323 / 16 - 26 - 29');
    expect(formatPhone('02323 / 16 - ')).toBe('02323 / 16 -');
    expect(formatPhone('(0 23 23) / 16 - 29')).toBe('(0 23 23) / 16 - 29');
    expect(formatPhone('')).toBe('');
  });

  it('is fast on long hostile input', () => {
    const hostile = `${'0 '.repeat(10_000)}/${' -'.repeat(10_000)}x`;
    const start = performance.now();
    formatPhone(hostile);
    // Linear: far below a second even on a busy machine (a quadratic pattern would take minutes).
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('keeps every digit of every contact and matches its tel: link', () => {
    const { kontakte } = getCatalog();
    expect(kontakte.length).toBeGreaterThan(0);
    for (const k of kontakte) {
      const shown = formatPhone(k.kontakt.telefon);
      expect(onlyDigits(shown)).toBe(onlyDigits(k.kontakt.telefon));
      // tel: link in international form: +49 and the number without its leading 0.
      expect(k.kontakt.telefonLink.replace(/^\+49/, '0')).toBe(onlyDigits(shown));
      expect(shown).toMatch(/^0\d+ \d+(-\d+)?$/);
    }
  });
});
