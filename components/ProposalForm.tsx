'use client';

import { type MouseEvent, type ReactNode, type Ref, useActionState, useEffect, useRef } from 'react';
import { Prose } from '@/components/Prose';
import { richtungOptions } from '@/lib/content/labels';
import { labelled } from '@/lib/label';
import {
  emptyProposal,
  linkLimits,
  type ProposalAction,
  type ProposalField,
  type ProposalResult,
  proposalLimits,
  proposalLinkRows,
  proposalMailto,
} from '@/lib/proposal-shared';

export interface Option {
  value: string;
  label: string;
}

export interface ProposalOptions {
  dimensionen: Option[];
  dezernate: Option[];
  fachbereiche: Option[];
  zielgruppen: Option[];
  angebotsarten: Option[];
  kontakte: Option[];
  email: string;
}

const labels: Record<ProposalField, string> = {
  titel: 'Titel der Maßnahme',
  dimensionen: 'Dimension',
  dezernat: 'Dezernat',
  fachbereich: 'Federführender Fachbereich oder Büro',
  fachbereich2: 'Weiterer Fachbereich oder weiteres Büro (freiwillig)',
  verantwortlich: 'Wer ist für die Maßnahme verantwortlich?',
  richtung: 'Für wen ist die Maßnahme?',
  zielgruppen: 'Zielgruppen',
  angebotsart: 'Art des Angebots',
  kontakte: 'Anlaufstellen (freiwillig)',
  links: 'Links (freiwillig)',
  beschreibung: 'Beschreibung der Maßnahme',
  ziele: 'Ziele und Zielgruppen',
};
const order: ProposalField[] = [
  'titel',
  'dimensionen',
  'dezernat',
  'fachbereich',
  'fachbereich2',
  'verantwortlich',
  'richtung',
  'zielgruppen',
  'angebotsart',
  'kontakte',
  'links',
  'beschreibung',
  'ziele',
];

/** Fields shown as a fieldset of several inputs. */
const groupFields: ReadonlySet<ProposalField> = new Set([
  'dimensionen',
  'richtung',
  'zielgruppen',
  'angebotsart',
  'kontakte',
  'links',
]);
/** Fields that may stay empty; every other field is required. */
const optionalFields: ReadonlySet<ProposalField> = new Set(['fachbereich2', 'kontakte', 'links']);

/**
 * Fields keep space above them when a link or the browser scrolls to them (scroll-margin): an error
 * summary link targets the field itself, so without JavaScript its label, hint and message stay in view.
 */
const input = 'mt-1 w-full scroll-mt-[40vh] border-2 border-ink bg-white px-3 py-2';
const box = 'mt-1 size-5 shrink-0 accent-brand';
/** Label of a single field; a summary link scrolls it into view with a little space above (focusField). */
const fieldLabel = 'block scroll-mt-4 text-lg font-bold';

// Groups (checkboxes, link rows): an error links to the fieldset, so its legend and message stay in view.
const linkTarget = (f: ProposalField) => (groupFields.has(f) ? `${f}-gruppe` : f);

/**
 * With JavaScript, a summary link to a field scrolls the field's label into view (with the label's
 * small scroll-margin above it) and then focuses the field, as govuk-frontend's ErrorSummary does:
 * label, hint and message above the field stay visible, however long they are. Without JavaScript
 * the browser follows the link to the field, whose scroll-margin (`input`) keeps them in view.
 * Links to a fieldset keep the browser's behaviour.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (
    !(
      field instanceof HTMLInputElement ||
      field instanceof HTMLSelectElement ||
      field instanceof HTMLTextAreaElement
    )
  )
    return;
  const label = field.labels?.[0];
  if (!label) return;
  event.preventDefault();
  label.scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * The error summary (GOV.UK pattern): every message once, each linked to its field (or group) and
 * introduced by the field's label. Renders nothing without errors.
 */
export function ErrorSummary({ errors, ref }: { errors: ProposalResult['errors']; ref?: Ref<HTMLElement> }) {
  const errorFields = order.filter((f) => errors[f]?.length);
  if (errorFields.length === 0) return null;
  return (
    <section
      ref={ref}
      className="mb-6 border-4 border-error p-4 focus:outline-4 focus:outline-offset-2 focus:outline-focus"
      aria-labelledby="fehler-titel"
      tabIndex={-1}
      data-testid="fehleruebersicht"
    >
      <h2 id="fehler-titel" className="text-xl">
        Bitte korrigieren Sie{' '}
        {errorFields.length === 1 ? 'diese Angabe' : `diese ${errorFields.length} Angaben`}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {errorFields.flatMap((f) =>
          (errors[f] ?? []).map((m) => (
            <li key={`${f}:${m}`}>
              <a href={`#${linkTarget(f)}`} onClick={(e) => focusField(e, linkTarget(f))}>
                {labelled(labels[f], m)}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

/**
 * The proposal form. A server action (passed in by the page, so data flows lib → app → components) checks it; with useActionState and a permalink
 * the form also works before or without JavaScript (the server renders the result).
 */
export function ProposalForm({
  options,
  check,
  title,
  children,
}: {
  options: ProposalOptions;
  check: ProposalAction;
  /** The page's document title; after a submit it starts with „Fehler:“ or „Geprüft:“. */
  title: string;
  /** The page's breadcrumbs, heading and introduction: the error summary comes first, before them. */
  children: ReactNode;
}) {
  const [state, action, pending] = useActionState(check, null, '/vorschlagen');
  const summaryRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  // With JavaScript, each answer moves focus (and the view) to the error summary or to the result.
  // Without JavaScript the page reloads with the summary first in <main> and a title „Fehler: …“.
  useEffect(() => {
    if (!state) return;
    const hasErrors = Object.values(state.errors).some((m) => m?.length);
    (hasErrors ? summaryRef.current : resultRef.current)?.focus();
  }, [state]);
  const values = state?.values ?? emptyProposal;
  const errors = state?.errors ?? {};
  const errorFields = order.filter((f) => errors[f]?.length);

  const describedBy = (field: ProposalField, hint?: boolean) =>
    [hint ? `${field}-hinweis` : '', errors[field]?.length ? `${field}-fehler` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldError = (field: ProposalField) =>
    errors[field]?.length ? (
      <ul id={`${field}-fehler`} className="mt-1 font-bold text-error">
        {errors[field]?.map((m) => (
          <li key={m}>
            <span className="sr-only">Fehler: </span>
            {m}
          </li>
        ))}
      </ul>
    ) : null;
  const group = (field: ProposalField, cls: string) =>
    `${cls} ${errors[field]?.length ? 'border-l-4 border-error pl-4' : ''}`;

  const checkboxes = (
    field: 'dimensionen' | 'richtung' | 'zielgruppen' | 'angebotsart' | 'kontakte',
    opts: readonly Option[],
    selected: string[],
  ) => (
    <fieldset
      id={`${field}-gruppe`}
      tabIndex={-1}
      className={group(field, 'mt-6')}
      aria-describedby={describedBy(field)}
    >
      <legend className="text-lg font-bold">{labels[field]}</legend>
      {fieldError(field)}
      <ul className="mt-2 grid grid-cols-1 gap-1.5 sm:grid-cols-2">
        {opts.map((o) => (
          <li key={o.value} className="flex gap-2">
            <input
              type="checkbox"
              id={`${field}-${o.value}`}
              name={field}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className={box}
            />
            <label htmlFor={`${field}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
  const select = (field: 'dezernat' | 'fachbereich' | 'fachbereich2', opts: Option[], value: string) => (
    <div className={group(field, 'mt-6')}>
      <label htmlFor={field} className={fieldLabel}>
        {labels[field]}
      </label>
      {fieldError(field)}
      <select
        id={field}
        name={field}
        defaultValue={value}
        aria-describedby={describedBy(field)}
        aria-invalid={!!errors[field]?.length}
        aria-required={!optionalFields.has(field)}
        className={input}
      >
        <option value="">Bitte auswählen</option>
        {opts.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  /** A labelled text field with hint and errors: one line (input) or several (textarea). */
  const textField = (field: 'titel' | 'verantwortlich' | 'beschreibung' | 'ziele', hint: string) => {
    const shared = {
      id: field,
      name: field,
      defaultValue: values[field],
      'aria-describedby': describedBy(field, true),
      'aria-invalid': !!errors[field]?.length,
      'aria-required': true,
      className: input,
    };
    return (
      <div className={group(field, 'mt-6')}>
        <label htmlFor={field} className={fieldLabel}>
          {labels[field]}
        </label>
        <p id={`${field}-hinweis`} className="text-muted">
          {hint}
        </p>
        {fieldError(field)}
        {field === 'titel' || field === 'verantwortlich' ? (
          <input {...shared} type="text" maxLength={proposalLimits[field] + 50} />
        ) : (
          <textarea {...shared} rows={8} />
        )}
      </div>
    );
  };

  /** A fixed number of rows for links (text and address): works without JavaScript. */
  const linkRows = (
    <fieldset
      id="links-gruppe"
      tabIndex={-1}
      className={group('links', 'mt-6')}
      aria-describedby={describedBy('links', true)}
    >
      <legend className="text-lg font-bold">{labels.links}</legend>
      <p id="links-hinweis" className="text-muted">
        Bis zu {proposalLinkRows} Seiten, die im Text genannt werden: Text des Links und vollständige Adresse
        mit https://. Leere Zeilen werden ignoriert.
      </p>
      {fieldError('links')}
      {Array.from({ length: proposalLinkRows }, (_, i) => {
        const row = i + 1;
        const link = values.links[i];
        return (
          <div key={row} className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2">
            {(['titel', 'url'] as const).map((part) => (
              <div key={part}>
                <label htmlFor={`link-${part}-${row}`} className="block">
                  {part === 'titel' ? 'Text' : 'Adresse'} des Links {row}
                </label>
                <input
                  type={part === 'url' ? 'url' : 'text'}
                  id={`link-${part}-${row}`}
                  name={`link-${part}-${row}`}
                  defaultValue={link?.[part] ?? ''}
                  maxLength={linkLimits[part] + 1}
                  placeholder={part === 'url' ? 'https://' : undefined}
                  className={input}
                />
              </div>
            ))}
          </div>
        );
      })}
    </fieldset>
  );

  const file = state?.file;
  const githubUrl = file?.githubUrl;
  const mailto = file
    ? proposalMailto(options.email, file.preview.titel, file.name, file.markdown)
    : undefined;

  return (
    <>
      <title>{`${errorFields.length > 0 ? 'Fehler: ' : file ? 'Geprüft: ' : ''}${title}`}</title>
      <ErrorSummary errors={errors} ref={summaryRef} />
      {children}

      {file && (
        <section aria-labelledby="ergebnis-titel" className="mt-8 border-4 border-neu p-4">
          <h2 id="ergebnis-titel" ref={resultRef} tabIndex={-1} className="text-2xl">
            Geprüft: Ihr Vorschlag ist vollständig
          </h2>
          <p className="mt-2">
            Die Datei <code className="bg-soft px-1">content/massnahmen/{file.name}</code> ist gültig. So geht
            es weiter:
          </p>
          <ul className="mt-3 space-y-2">
            {file.githubTooLong && (
              <li id="github-zu-lang">
                <strong>Zu lang für den Link zu GitHub:</strong> GitHub nimmt über einen Link nur etwa 8.000
                Zeichen an. Bitte laden Sie die Datei herunter und laden Sie sie auf GitHub im Ordner{' '}
                <code className="bg-soft px-1">content/massnahmen</code> mit „Add file“ → „Upload files“ hoch,
                oder senden Sie sie per E-Mail.
              </li>
            )}
            {githubUrl && (
              <li>
                <a href={githubUrl} className="font-bold">
                  Auf GitHub anlegen
                </a>{' '}
                – öffnet GitHub mit Dateiname und Inhalt; dort „Commit changes …“ und „Propose changes“
                wählen.
              </li>
            )}
            <li>
              <a
                href={`data:text/markdown;charset=utf-8,${encodeURIComponent(file.markdown)}`}
                download={file.name}
                className="font-bold"
              >
                Datei herunterladen
              </a>{' '}
              ({file.name})
            </li>
            <li>
              <a href={mailto} className="font-bold">
                Per E-Mail an das Büro für Gleichstellung und Vielfalt senden
              </a>
            </li>
          </ul>
          <h3 className="mt-6 text-xl">Vorschau</h3>
          <div className="mt-2 border border-line p-4">
            <p className="text-2xl font-bold">{file.preview.titel}</p>
            <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Merkmale">
              {file.preview.badges.map((b) => (
                <li key={b} className="rounded-sm border border-brand px-2 py-0.5 text-brand">
                  {b}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-muted">{file.preview.einheiten.join(' & ')}</p>
            <p className="mt-4 text-lg font-bold">Beschreibung der Maßnahme</p>
            <Prose html={file.preview.beschreibungHtml} className="mt-2" />
            <p className="mt-4 text-lg font-bold">Ziele und Zielgruppen</p>
            <Prose html={file.preview.zieleHtml} className="mt-2" />
          </div>
          <h3 className="mt-6 text-xl">Die erzeugte Datei</h3>
          <pre className="mt-2 bg-soft p-3 text-sm break-words whitespace-pre-wrap">{file.markdown}</pre>
        </section>
      )}

      <form action={action} className="mt-8 max-w-3xl" noValidate>
        <p id="pflichtfelder" className="text-lg">
          Alle Angaben sind Pflichtfelder, außer denen mit „(freiwillig)“.
        </p>
        {textField('titel', 'So, wie er im Katalog stehen soll.')}
        {checkboxes('dimensionen', options.dimensionen, values.dimensionen)}
        {select('dezernat', options.dezernate, values.dezernat)}
        {select('fachbereich', options.fachbereiche, values.fachbereich)}
        {select('fachbereich2', options.fachbereiche, values.fachbereich2)}
        {textField(
          'verantwortlich',
          'Stelle, Abteilung, gegebenenfalls Namen – z. B. „Fachbereich Soziales, 41/1 Verwaltungsangelegenheiten“.',
        )}
        {checkboxes('richtung', richtungOptions, values.richtung)}
        {checkboxes('zielgruppen', options.zielgruppen, values.zielgruppen)}
        {checkboxes('angebotsart', options.angebotsarten, values.angebotsart)}
        {checkboxes('kontakte', options.kontakte, values.kontakte)}
        {linkRows}
        <div className="mt-6 flex gap-2">
          <input type="checkbox" id="neu" name="neu" value="ja" defaultChecked={values.neu} className={box} />
          <label htmlFor="neu">Neu in dieser Auflage</label>
        </div>
        {textField('beschreibung', 'Absätze durch eine Leerzeile trennen; Listen mit „- “ am Zeilenanfang.')}
        {textField('ziele', 'Was soll erreicht werden, und für wen?')}
        <button
          type="submit"
          disabled={pending}
          className="mt-8 bg-brand px-5 py-3 font-bold text-white hover:bg-brand-dark"
        >
          {pending ? 'Wird geprüft …' : 'Prüfen und Vorschau anzeigen'}
        </button>
      </form>
    </>
  );
}
