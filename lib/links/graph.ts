/** The entry an internal link points to, or undefined for other links. */
export function linkedEntry(url: string): string | undefined {
  // An entry page (/entries/<slug>, optionally #section or ?query), not its Markdown copy (<slug>.md).
  return /^\/entries\/([^/#?.]+)(?=$|[#?])/.exec(url)?.[1];
}

/** slug → slugs of the entries that link to it (explicit and auto links), each listed once, sorted. */
export function buildBacklinks(pages: { slug: string; links: { url: string }[] }[]): Map<string, string[]> {
  const inbound = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const { url } of page.links) {
      const target = linkedEntry(url);
      if (!target || target === page.slug) continue;
      if (!inbound.has(target)) inbound.set(target, new Set());
      inbound.get(target)!.add(page.slug);
    }
  }
  return new Map([...inbound].map(([k, v]) => [k, [...v].sort()]));
}
