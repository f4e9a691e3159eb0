/**
 * „Änderung vorschlagen“ on a measure page. With a repository configured (REPOSITORY_URL) it
 * opens GitHub's editor for the measure's file, and a second link reports an error by e-mail;
 * without one, the e-mail to the equality office is the way to propose a change.
 */
export function AenderungVorschlagen({
  slug,
  titel,
  email,
  repository,
}: {
  slug: string;
  titel: string;
  /** The equality office's address from the catalogue (katalog.herausgeberin.email). */
  email: string;
  repository?: string;
}) {
  const subject = `Diversity-Maßnahmenkatalog: ${titel}`;
  const body = `Zur Maßnahme „${titel}“ (/massnahmen/${slug}) möchte ich Folgendes melden:\n\n`;
  const mailto = `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const note = 'block text-sm text-muted';
  if (!repository) {
    return (
      <p data-testid="aenderung-vorschlagen">
        <a href={mailto}>Fehler melden / Änderung vorschlagen</a>
        <span className={note}>E-Mail an das Büro für Gleichstellung und Vielfalt</span>
      </p>
    );
  }
  return (
    <ul className="space-y-3" data-testid="aenderung-vorschlagen">
      <li>
        <a href={`${repository}/edit/main/content/massnahmen/${encodeURIComponent(slug)}.md`}>
          Änderung vorschlagen
        </a>
        <span className={note}>
          Öffnet die Datei dieser Maßnahme im Editor von GitHub (GitHub-Konto nötig); dort „Commit changes …“
          und „Propose changes“ wählen.
        </span>
      </li>
      <li>
        <a href={mailto}>Fehler melden</a>
        <span className={note}>E-Mail an das Büro für Gleichstellung und Vielfalt</span>
      </li>
    </ul>
  );
}
