import type { SafeHtml } from '@/lib/html';

/** Inserts escaped markup built by lib/markup/ (see lib/html.ts for why). */
export function Markup({ html, className }: { html: SafeHtml; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: SafeHtml is escaped by construction (lib/html.ts)
  return <div className={className} dangerouslySetInnerHTML={{ __html: html.value }} />;
}
