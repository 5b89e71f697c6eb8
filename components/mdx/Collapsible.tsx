import type { ReactNode } from "react";
import "./mdx.css";

/** A collapsed block; deep links into it open it (components/links/DeepLinks.tsx). */
export function Collapsible({ summary, children, open }: { summary: string; children?: ReactNode; open?: boolean }) {
  return (
    <details className="collapsible" open={open}>
      <summary>{summary}</summary>
      <div className="collapsible-body">{children}</div>
    </details>
  );
}
