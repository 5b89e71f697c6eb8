"use client";

import { useRef, useState } from "react";

/** Copies the text of the nearest `[data-copy-source]` inside the same figure. */
export function CopyButton({ label = "Copy code" }: { label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <button
      ref={ref}
      type="button"
      className="copy-button"
      aria-label={state === "copied" ? "Copied" : label}
      onClick={async () => {
        const source = ref.current?.closest("figure")?.querySelector("[data-copy-source]");
        try {
          await navigator.clipboard.writeText(source?.textContent ?? "");
          setState("copied");
        } catch {
          setState("failed");
        }
        setTimeout(() => setState("idle"), 1600);
      }}
    >
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}
      <span className="visually-hidden" aria-live="polite">{state === "copied" ? "Copied to clipboard" : ""}</span>
    </button>
  );
}
