/**
 * DCAT-AP.de 2.0 description of the catalogue as a dataset with its distributions (CSV, JSON
 * API, Atom feed), served as Turtle at /daten/dcat.ttl for open-data portals (GovData, Open.NRW).
 * Sources and decisions (municipality key, licence placeholder, dates): docs/open-data.md.
 */
import { DataFactory, type NamedNode, type Quad_Object, type Quad_Subject, Writer } from 'n3';
import type { Catalog } from './content/types';
import type { History } from './history';
import { contactPoint, licence, publisherName } from './opendata';
import { absoluteUrl, standDate } from './site';

const { namedNode, literal, blankNode } = DataFactory;

export const prefixes = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/**
 * Amtlicher Gemeindeschlüssel (AGS) of Herne: 05 9 16 000 = Nordrhein-Westfalen (05),
 * Regierungsbezirk Arnsberg (9), kreisfreie Stadt Herne (16, 000). Verified: docs/open-data.md.
 */
export const herneAgs = '05916000';
export const geocodingLevel = 'http://dcat-ap.de/def/politicalGeocoding/Level/municipality';
export const geocodingUri = `http://dcat-ap.de/def/politicalGeocoding/municipalityKey/${herneAgs}`;

const eu = 'http://publications.europa.eu/resource/authority/';
const iana = 'http://www.iana.org/assignments/media-types/';

/**
 * dct:modified of the dataset: the newest commit that changed a measure (lib/history.ts); when
 * the site is built without that history, the first day of the edition's month ("Stand"). Never
 * the build time.
 */
export function modifiedDate(catalog: Catalog, history: History): string {
  const newest = history.changes[0]?.date;
  return newest ?? standDate(catalog.katalog.stand).toISOString();
}

const p = (prefix: keyof typeof prefixes, local: string) => namedNode(`${prefixes[prefix]}${local}`);

/** The DCAT-AP.de description as Turtle. */
export function dcatTurtle(catalog: Catalog, history: History): string {
  const { katalog } = catalog;
  const modified = literal(modifiedDate(catalog, history), p('xsd', 'dateTime'));
  const de = (text: string) => literal(text, 'de');
  const self = absoluteUrl('/daten/dcat.ttl');
  const katalogNode = namedNode(`${self}#katalog`);
  const dataset = namedNode(`${self}#datensatz`);
  const publisher = blankNode('herausgeberin');
  const contact = blankNode('kontakt');
  const address = blankNode('adresse');
  const licenceNode = namedNode(licence.url);
  const cp = contactPoint(catalog);
  const writer = new Writer({ prefixes });
  const add = (subject: Quad_Subject, predicate: NamedNode, object: Quad_Object) =>
    writer.addQuad(subject, predicate, object);

  const title = 'Diversity-Maßnahmenkatalog der Stadt Herne';
  const description = `${katalog.titel}, ${katalog.auflage}. Auflage, Stand ${katalog.stand}: die Maßnahmen der Stadtverwaltung Herne für Vielfalt und Gleichstellung – mit Dimension, Dezernat, Fachbereich, Richtung, Zielgruppen und Verantwortlichen.`;

  add(katalogNode, p('rdf', 'type'), p('dcat', 'Catalog'));
  add(katalogNode, p('dct', 'title'), de(`${title} – offene Daten`));
  add(katalogNode, p('dct', 'description'), de('Offene Daten der Website „Vielfalt in Herne“.'));
  add(katalogNode, p('dct', 'publisher'), publisher);
  add(katalogNode, p('dct', 'language'), namedNode(`${eu}language/DEU`));
  add(katalogNode, p('foaf', 'homepage'), namedNode(absoluteUrl('/')));
  add(katalogNode, p('dct', 'modified'), modified);
  add(katalogNode, p('dcat', 'dataset'), dataset);

  add(dataset, p('rdf', 'type'), p('dcat', 'Dataset'));
  add(dataset, p('dct', 'title'), de(title));
  add(dataset, p('dct', 'description'), de(description));
  add(dataset, p('dct', 'identifier'), literal(absoluteUrl('/daten/dcat.ttl#datensatz')));
  add(dataset, p('dct', 'publisher'), publisher);
  add(dataset, p('dcat', 'contactPoint'), contact);
  add(dataset, p('dcatde', 'politicalGeocodingLevelURI'), namedNode(geocodingLevel));
  add(dataset, p('dcatde', 'politicalGeocodingURI'), namedNode(geocodingUri));
  add(dataset, p('dct', 'spatial'), namedNode(geocodingUri));
  add(dataset, p('dcat', 'theme'), namedNode(`${eu}data-theme/SOCI`));
  add(dataset, p('dcat', 'theme'), namedNode(`${eu}data-theme/GOVE`));
  for (const keyword of [
    'Diversity',
    'Vielfalt',
    'Gleichstellung',
    ...catalog.dimensionen.map((d) => d.titel),
  ]) {
    add(dataset, p('dcat', 'keyword'), de(keyword));
  }
  add(dataset, p('dct', 'language'), namedNode(`${eu}language/DEU`));
  add(dataset, p('dct', 'accrualPeriodicity'), namedNode(`${eu}frequency/IRREG`));
  add(dataset, p('dcat', 'landingPage'), namedNode(absoluteUrl('/daten')));
  add(dataset, p('dct', 'modified'), modified);

  add(publisher, p('rdf', 'type'), p('foaf', 'Organization'));
  add(publisher, p('rdf', 'type'), p('foaf', 'Agent'));
  add(publisher, p('foaf', 'name'), de(katalog.herausgeberin.name));

  add(contact, p('rdf', 'type'), p('vcard', 'Organization'));
  add(contact, p('rdf', 'type'), p('vcard', 'Kind'));
  add(contact, p('vcard', 'fn'), de(cp.name));
  add(contact, p('vcard', 'hasEmail'), namedNode(`mailto:${cp.email}`));
  if (cp.telefon) add(contact, p('vcard', 'hasTelephone'), namedNode(`tel:${cp.telefon}`));
  if (cp.page) add(contact, p('vcard', 'hasURL'), namedNode(cp.page));
  add(contact, p('vcard', 'hasAddress'), address);
  add(address, p('rdf', 'type'), p('vcard', 'Address'));
  add(address, p('vcard', 'street-address'), literal(cp.strasse));
  add(address, p('vcard', 'postal-code'), literal(cp.plz));
  add(address, p('vcard', 'locality'), literal(cp.ort));
  add(address, p('vcard', 'country-name'), de('Deutschland'));

  // Placeholder until the city chooses a licence: an IRI on /daten that says so, marked in words.
  add(licenceNode, p('rdf', 'type'), p('dct', 'LicenseDocument'));
  add(licenceNode, p('rdfs', 'label'), de(`PLATZHALTER – ${licence.text}`));

  const distributions = [
    {
      id: 'csv',
      title: 'CSV für Excel (alle Maßnahmen)',
      description:
        'Eine Zeile je Maßnahme; UTF-8 mit BOM, Semikolon als Trennzeichen. Beschrieben im Data Package.',
      url: absoluteUrl('/massnahmen.csv'),
      download: true,
      format: 'CSV',
      mediaType: 'text/csv',
      page: absoluteUrl('/datapackage.json'),
    },
    {
      id: 'json',
      title: 'JSON-Schnittstelle',
      description: 'Alle Maßnahmen als JSON, filterbar wie die Liste auf der Website.',
      url: absoluteUrl('/api/massnahmen'),
      download: false,
      format: 'JSON',
      mediaType: 'application/json',
      page: absoluteUrl('/daten'),
    },
    {
      id: 'atom',
      title: 'Atom-Feed der Maßnahmen',
      description: 'Alle Maßnahmen als Atom-Feed, die neuen zuerst.',
      url: absoluteUrl('/feed.xml'),
      download: false,
      format: 'ATOM',
      mediaType: 'application/atom+xml',
      page: absoluteUrl('/daten'),
    },
  ];
  for (const d of distributions) {
    const node = namedNode(`${self}#${d.id}`);
    add(dataset, p('dcat', 'distribution'), node);
    add(node, p('rdf', 'type'), p('dcat', 'Distribution'));
    add(node, p('dct', 'title'), de(d.title));
    add(node, p('dct', 'description'), de(d.description));
    add(node, p('dcat', 'accessURL'), namedNode(d.url));
    if (d.download) add(node, p('dcat', 'downloadURL'), namedNode(d.url));
    add(node, p('dct', 'format'), namedNode(`${eu}file-type/${d.format}`));
    add(node, p('dcat', 'mediaType'), namedNode(`${iana}${d.mediaType}`));
    add(node, p('dct', 'license'), licenceNode);
    add(node, p('dcatde', 'licenseAttributionByText'), de(publisherName(katalog)));
    add(node, p('dct', 'modified'), modified);
    add(node, p('foaf', 'page'), namedNode(d.page));
  }

  let out = '';
  writer.end((error, result) => {
    if (error) throw error;
    out = result;
  });
  return `# DCAT-AP.de 2.0: ${title}\n# LIZENZ: PLATZHALTER – von der Stadt Herne noch festzulegen (siehe ${licence.url}).\n${out}`;
}
