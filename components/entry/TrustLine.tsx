import { readableDay } from "@/lib/build/provenance";
import type { EntryTrust } from "@/lib/build/trust";
import "./entry.css";

/**
 * The line under an entry's summary that says how far to trust the page and where it lives: the day its
 * code last ran and printed what the page shows, on which PyTorch, and the day its text last changed
 * (both from git at build time, left out when unknown); its Markdown copy ("View as Markdown", "Copy
 * page"); and its source file when the build knows the repository. Static markup: "Copy page" is
 * handled by components/links/DeepLinks.tsx and hidden until that has loaded.
 */
export function TrustLine({ trust, markdown }: { trust: EntryTrust; markdown: string }) {
  const { verified, contentDate, sourceUrl } = trust;
  const items: React.ReactNode[] = [];
  if (verified)
    items.push(
      <span key="code" className="entry-trust-item" data-trust="code">
        {verified.date ? "Code verified " : "Code verified"}
        {verified.date && <time dateTime={verified.date}>{readableDay(verified.date)}</time>}
        {` on PyTorch ${verified.torch}`}
      </span>,
    );
  if (contentDate)
    items.push(
      <span key="content" className="entry-trust-item" data-trust="content">
        {"Content updated "}
        <time dateTime={contentDate}>{readableDay(contentDate)}</time>
      </span>,
    );
  items.push(
    <button key="copy" type="button" className="entry-trust-item copy-page" data-copy-url={markdown} data-copy-label="Copy page as Markdown" aria-label="Copy page as Markdown">
      Copy page
    </button>,
    <a key="md" className="entry-trust-item" href={markdown} type="text/markdown">
      View as Markdown
    </a>,
  );
  if (sourceUrl)
    items.push(
      <a key="source" className="entry-trust-item" href={sourceUrl} rel="noopener">
        Improve this page
      </a>,
    );
  // Spaces between the items are where the line may wrap; each item itself never breaks.
  return <p className="entry-trust">{items.flatMap((item, i) => (i ? [" ", item] : [item]))}</p>;
}
