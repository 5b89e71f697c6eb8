export interface AzItem {
  name: string;
  slug: string;
  title: string;
  alias: boolean;
}

/** The id of a letter's section on the A–Z page ("#", digits and symbols, is not allowed in a URL fragment). */
export function azLetterId(letter: string): string {
  return `letter-${/^[A-Z]$/.test(letter) ? letter.toLowerCase() : "other"}`;
}

/** Entries and their aliases grouped by first letter ("#" for digits and symbols), each group sorted. */
export function azIndex(entries: { slug: string; title: string; aliases: string[] }[]): { letter: string; items: AzItem[] }[] {
  const items: AzItem[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    for (const [name, alias] of [[e.title, false], ...e.aliases.map((a) => [a, true] as const)] as const) {
      const key = `${name.toLowerCase()}→${e.slug}`;
      if (seen.has(key) || (alias && name.toLowerCase() === e.title.toLowerCase())) continue;
      seen.add(key);
      items.push({ name, slug: e.slug, title: e.title, alias });
    }
  }
  const letterOf = (name: string) => {
    const ch = name.normalize("NFD")[0]?.toUpperCase() ?? "#";
    return /[A-Z]/.test(ch) ? ch : "#";
  };
  const groups = new Map<string, AzItem[]>();
  for (const i of items) {
    const l = letterOf(i.name);
    if (!groups.has(l)) groups.set(l, []);
    groups.get(l)!.push(i);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? -1 : b === "#" ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: list.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || Number(a.alias) - Number(b.alias)) }));
}
