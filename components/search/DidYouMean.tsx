import type { ReactNode } from "react";

/** "Did you mean a, b?" — each suggestion rendered by the caller (a button in the dialog, a link on the results page). */
export function DidYouMean({ suggestions, children }: { suggestions: readonly string[]; children: (suggestion: string) => ReactNode }) {
  if (!suggestions.length) return null;
  return (
    <p>
      Did you mean{" "}
      {suggestions.map((s, i) => (
        <span key={s}>
          {i > 0 && ", "}
          {children(s)}
        </span>
      ))}
      ?
    </p>
  );
}
