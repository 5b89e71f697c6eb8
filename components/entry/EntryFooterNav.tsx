import type { Entry } from "@/lib/content";
import { Pager } from "../layout/Pager";

/** Previous and next entry within the category, in sidebar order. */
export function EntryFooterNav({ entries, current }: { entries: Pick<Entry, "slug" | "title">[]; current: string }) {
  const i = entries.findIndex((e) => e.slug === current);
  const link = (e?: Pick<Entry, "slug" | "title">) => (e ? { href: `/entries/${e.slug}`, title: e.title } : undefined);
  return <Pager prev={link(entries[i - 1])} next={link(entries[i + 1])} />;
}
