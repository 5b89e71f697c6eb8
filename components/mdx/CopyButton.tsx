/**
 * A copy button: static markup, no hydration. What it copies is the text of the nearest
 * `[data-copy-source]` inside the same figure; the click is handled by one delegated listener
 * (components/links/DeepLinks.tsx, loaded with the page's enhancements). Until that has loaded, and
 * without JavaScript, the button is hidden (CSS on html[data-enhanced]).
 */
export function CopyButton({ label = "Copy code" }: { label?: string }) {
  return (
    <button type="button" className="copy-button" aria-label={label} data-copy-label={label}>
      Copy
    </button>
  );
}
