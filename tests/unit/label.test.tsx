import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KontaktCard } from '@/components/KontaktCard';
import { ErrorSummary } from '@/components/ProposalForm';
import { loadContent } from '@/lib/content/loader';
import { labelled, labelPrefix } from '@/lib/label';
import { emptyProposal, type ProposalField } from '@/lib/proposal-shared';

const { catalog } = loadContent(path.join(__dirname, '..', 'fixtures', 'content'));
if (!catalog) throw new Error('Fixture-Katalog nicht ladbar');

/** Text of rendered markup (tags dropped, the entities React writes decoded). */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

/** A punctuation mark directly followed by a colon: „verantwortlich?:“, „Tel.:“. */
const doubled = /[?!.:…]:/;

describe('labelPrefix / labelled', () => {
  it('adds a colon to a plain label', () => {
    expect(labelPrefix('Telefon')).toBe('Telefon:');
    expect(labelled('Dimension', 'Bitte auswählen.')).toBe('Dimension: Bitte auswählen.');
    expect(labelled('Links (freiwillig)', 'Link 1: fehlt.')).toBe('Links (freiwillig): Link 1: fehlt.');
  });

  it('adds no colon after a label that ends with a punctuation mark', () => {
    expect(labelled('Wer ist für die Maßnahme verantwortlich?', 'Bitte angeben.')).toBe(
      'Wer ist für die Maßnahme verantwortlich? Bitte angeben.',
    );
    expect(labelPrefix('Für wen ist die Maßnahme?')).toBe('Für wen ist die Maßnahme?');
    expect(labelPrefix('Tel.')).toBe('Tel.');
    expect(labelPrefix('Achtung!')).toBe('Achtung!');
    expect(labelPrefix('Telefon:')).toBe('Telefon:');
    expect(labelPrefix('Und so weiter …')).toBe('Und so weiter …');
  });

  it('ignores trailing spaces of the label', () => {
    expect(labelled('Telefon  ', '0')).toBe('Telefon: 0');
    expect(labelled('Wer? ', 'x')).toBe('Wer? x');
  });
});

describe('Fehlerübersicht des Vorschlagsformulars', () => {
  const fields = Object.keys(emptyProposal).filter((k) => k !== 'neu') as ProposalField[];
  const errors = Object.fromEntries(fields.map((f) => [f, [`Meldung zu ${f}.`]]));
  const html = renderToStaticMarkup(<ErrorSummary errors={errors} />);

  it('lists every message with its label, never „?:“ or „.:“', () => {
    const t = text(html);
    for (const f of fields) expect(t).toContain(`Meldung zu ${f}.`);
    expect(t).toContain('Wer ist für die Maßnahme verantwortlich? Meldung zu verantwortlich.');
    expect(t).toContain('Für wen ist die Maßnahme? Meldung zu richtung.');
    expect(t).toContain('Titel der Maßnahme: Meldung zu titel.');
    expect(t).not.toMatch(doubled);
    expect(t).toContain(`diese ${fields.length} Angaben`);
  });

  it('links text fields and selects to the field, groups to their fieldset', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toContain('#verantwortlich');
    expect(hrefs).toContain('#titel');
    expect(hrefs).toContain('#dezernat');
    expect(hrefs).toContain('#richtung-gruppe');
    expect(hrefs).toContain('#links-gruppe');
    expect(hrefs).toHaveLength(fields.length);
  });

  it('renders nothing without errors', () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={{}} />)).toBe('');
    expect(renderToStaticMarkup(<ErrorSummary errors={{ titel: [] }} />)).toBe('');
  });
});

describe('Telefon-Bezeichnung einer Anlaufstelle', () => {
  const kontakt = catalog.kontakte[0];
  if (!kontakt) throw new Error('Der Fixture-Katalog braucht eine Anlaufstelle.');
  const card = (telefonBezeichnung?: string) =>
    text(
      renderToStaticMarkup(
        <KontaktCard kontakt={{ ...kontakt, kontakt: { ...kontakt.kontakt, telefonBezeichnung } }} />,
      ),
    );

  it('gets one colon, whether or not the editors wrote one', () => {
    expect(card()).toMatch(/Telefon:\s+\S/);
    expect(card('Telefon des Büros')).toMatch(/Telefon des Büros:\s+\S/);
    expect(card('Telefon des Büros:')).toMatch(/Telefon des Büros:\s+\S/);
    for (const label of ['Telefon des Büros:', 'Tel.', 'Wen rufe ich an?'])
      expect(card(label)).not.toMatch(doubled);
  });
});
