import type { ReactNode } from "react";
import "./mdx.css";

/** An editor's correction of the seed, shown visibly. */
export function EditorNote({ children }: { children?: ReactNode }) {
  return (
    <aside className="callout callout--editor" aria-label="Editor's note">
      <p className="callout-title">Editor&apos;s note</p>
      {children}
    </aside>
  );
}

/** A claim of the source that cannot be checked: presented as the source's, not as fact. */
export function SourceClaim({ children }: { children?: ReactNode }) {
  return (
    <aside className="callout callout--claim" aria-label="Unverified claim from the source">
      <p className="callout-title">Source&apos;s claim · unverified</p>
      {children}
    </aside>
  );
}
