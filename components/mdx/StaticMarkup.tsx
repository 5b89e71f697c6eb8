const TAGS = { span: "span", code: "code", div: "div" } as const;

/**
 * Markup produced at build time by our own pipeline (runs of plain content, KaTeX, shiki; see
 * lib/mdx/plugins/rehype-static-runs.ts and rehype-static-markup.ts), never user input, set as one block
 * so React does not hydrate its many elements one by one.
 */
export function StaticMarkup({ tag, className, html }: { tag: keyof typeof TAGS; className?: string; html: string }) {
  const Tag = TAGS[tag] ?? "span";
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
