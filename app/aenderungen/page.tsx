import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getCatalog } from '@/lib/content/catalog';
import { changesFeedLink, getHistory } from '@/lib/history';
import { pageMeta } from '@/lib/site';
import { AenderungenView } from './view';

export const dynamic = 'force-static';

const meta = pageMeta({
  title: 'Änderungen im Katalog',
  description:
    'Was sich im Diversity-Maßnahmenkatalog geändert hat: neue, geänderte und entfernte Maßnahmen, mit Datum.',
  path: '/aenderungen',
});

export const metadata: Metadata = {
  ...meta,
  alternates: {
    ...meta.alternates,
    types: { 'application/atom+xml': [...meta.alternates.types['application/atom+xml'], changesFeedLink] },
  },
};

export default function AenderungenPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }, { label: 'Änderungen' }]} />
      <h1 className="text-3xl font-bold">Änderungen im Katalog</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Jede Änderung am Katalog wird mit Datum festgehalten. Neue Änderungen gibt es auch als{' '}
        <a href={changesFeedLink.url}>{changesFeedLink.title}</a>.
      </p>
      <AenderungenView catalog={getCatalog()} history={getHistory()} />
    </>
  );
}
