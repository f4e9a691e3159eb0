import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ProposalForm, type ProposalOptions } from '@/components/ProposalForm';
import { getCatalog } from '@/lib/content/catalog';
import { pageMeta, siteName } from '@/lib/site';
import { pruefeVorschlag } from './actions';

export const dynamic = 'force-static';

const title = 'Neue Maßnahme vorschlagen';

export const metadata: Metadata = {
  ...pageMeta({
    title,
    description:
      'Eine neue Maßnahme für den Diversity-Maßnahmenkatalog vorschlagen: Formular ausfüllen, prüfen lassen, als Datei einreichen.',
    path: '/vorschlagen',
  }),
  // The form renders the document title itself: after a submit it starts with „Fehler:“ or
  // „Geprüft:“, also without JavaScript (the server renders the action's answer). A second
  // <title> from the metadata would come first and win.
  title: null,
};

export default function VorschlagenPage() {
  const c = getCatalog();
  const options: ProposalOptions = {
    dimensionen: c.dimensionen.map((d) => ({ value: d.slug, label: d.titel })),
    dezernate: c.dezernate.map((d) => ({ value: d.id, label: d.titel })),
    fachbereiche: c.fachbereiche.map((f) => ({
      value: f.slug,
      label: `${f.titel} (Dezernat ${f.dezernat})`,
    })),
    zielgruppen: c.zielgruppen.map((z) => ({ value: z.slug, label: z.titel })),
    angebotsarten: c.angebotsarten.map((a) => ({ value: a.slug, label: a.titel })),
    kontakte: c.kontakte.map((k) => ({ value: k.slug, label: k.titel })),
    email: c.katalog.herausgeberin.email,
  };
  return (
    <ProposalForm options={options} check={pruefeVorschlag} title={`${title} – ${siteName}`}>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: 'Neue Maßnahme vorschlagen' }]} />
      <h1 className="text-3xl font-bold">Neue Maßnahme vorschlagen</h1>
      <div className="mt-3 max-w-3xl space-y-2 text-lg">
        <p>
          Sie kennen eine Maßnahme der Stadtverwaltung, die im Katalog fehlt? Füllen Sie das Formular aus. Es
          prüft Ihre Angaben wie bei jeder Datei im Katalog und zeigt eine Vorschau.
        </p>
        <p>
          Danach legen Sie die Datei auf GitHub an, laden sie herunter oder senden sie per E-Mail an das Büro
          für Gleichstellung und Vielfalt. <strong>Auf dem Server wird nichts gespeichert.</strong>
        </p>
      </div>
    </ProposalForm>
  );
}
