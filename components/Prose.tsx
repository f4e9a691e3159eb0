/** Renders HTML that lib/markdown.ts produced and sanitised; nothing else may be passed here. */
export function Prose({ html, className = '' }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by rehype-sanitize in lib/markdown.ts
  return <div className={`prose-herne max-w-3xl ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
