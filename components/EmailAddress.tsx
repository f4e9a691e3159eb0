/**
 * An e-mail address that never breaks inside its parts: where the line is too narrow
 * (320 px phones, zoom) it may wrap only right before the "@". A break at the hyphen of
 * „gleichstellung-vielfalt@herne.de“ would look like a hyphenation and invite typos; the
 * copied text stays the plain address (<wbr> adds no character). Markdown addresses get the
 * same structure from lib/markdown.ts (rehypeSiteRules).
 */
export function EmailAddress({ address }: { address: string }) {
  const at = address.lastIndexOf('@');
  if (at <= 0) return <span className="nowrap">{address}</span>;
  return (
    <>
      <span className="nowrap">{address.slice(0, at)}</span>
      <wbr />
      <span className="nowrap">{address.slice(at)}</span>
    </>
  );
}
