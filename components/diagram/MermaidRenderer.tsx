"use client";

import { useEffect, useId, useRef, useState } from "react";

type State = "pending" | "rendered" | "failed";

/**
 * Draws a mermaid flowchart in the browser. mermaid is imported dynamically, so it is downloaded only
 * by pages that have a flowchart, and only when one comes near the viewport. Re-drawn when the theme
 * changes. Until then (and without JS) the source text stays visible.
 */
export function MermaidRenderer({ source }: { source: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const [state, setState] = useState<State>("pending");

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    const draw = async () => {
      try {
        const { default: mermaid } = await import("mermaid");
        const dark = document.documentElement.dataset.theme === "dark";
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default", fontFamily: "inherit" });
        const { svg } = await mermaid.render(`${id}-${dark ? "d" : "l"}`, source);
        if (cancelled) return;
        el.innerHTML = svg; // mermaid's output with securityLevel "strict" (sanitised by DOMPurify)
        setState("rendered");
      } catch {
        if (cancelled) return;
        setState("failed");
        el.parentElement?.querySelector("details")?.setAttribute("open", ""); // show the source instead
      }
    };
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        void draw();
      }
    }, { rootMargin: "400px" });
    io.observe(el);
    const themeWatcher = new MutationObserver(() => state === "rendered" && void draw());
    themeWatcher.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => {
      cancelled = true;
      io.disconnect();
      themeWatcher.disconnect();
    };
  }, [id, source, state]);

  return <div ref={ref} className="mermaid-canvas" data-state={state} role="img" aria-label="Flowchart" />;
}
