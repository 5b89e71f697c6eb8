"use client";

import { useEffect, useRef, useState } from "react";
import type { EntryPreview as Preview } from "@/lib/build/previews";

interface Shown {
  preview: Preview;
  section?: { title: string; excerpt: string };
  top: number;
  left: number;
  id: string;
}

const cache = new Map<string, Promise<Preview | undefined>>();
function load(slug: string) {
  if (!cache.has(slug)) cache.set(slug, fetch(`/previews/${slug}.json`).then((r) => (r.ok ? (r.json() as Promise<Preview>) : undefined)).catch(() => undefined));
  return cache.get(slug)!;
}

// Entries' pages, not their Markdown copies (/entries/<slug>.md).
const LINK = 'a[href^="/entries/"]:not([href$=".md"])';
const CARD_WIDTH = 340;

/**
 * Hover or focus on an internal link shows a card with the target's title, category, maturity and summary
 * (and the section's first lines for a #section link). Touch: the first tap previews, the second follows.
 * The card is absolutely positioned over the page, so nothing shifts.
 */
export function LinkPreviews() {
  const [shown, setShown] = useState<Shown | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const current = useRef<HTMLAnchorElement | null>(null);
  const lastPointer = useRef<string>("mouse");

  useEffect(() => {
    const show = async (a: HTMLAnchorElement) => {
      const url = new URL(a.href, location.href);
      const slug = url.pathname.split("/")[2];
      if (!slug || url.pathname === location.pathname) return;
      const preview = await load(slug);
      if (!preview || current.current !== a) return;
      const rect = a.getBoundingClientRect();
      const below = rect.bottom + 8 + 180 < window.innerHeight;
      const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - CARD_WIDTH - 8));
      const top = below ? rect.bottom + window.scrollY + 8 : rect.top + window.scrollY - 8;
      const hash = decodeURIComponent(url.hash.slice(1));
      a.setAttribute("aria-describedby", "link-preview");
      setShown({ preview, section: hash ? preview.sections[hash] : undefined, top, left, id: below ? "below" : "above" });
    };
    const hide = () => {
      clearTimeout(timer.current);
      current.current?.removeAttribute("aria-describedby");
      current.current = null;
      setShown(null);
    };
    const linkOf = (t: EventTarget | null) => (t instanceof Element ? (t.closest(LINK) as HTMLAnchorElement | null) : null);
    const inContent = (a: HTMLAnchorElement) => !!a.closest("main") && !a.closest(".site-sidebar, .breadcrumbs, .pager");

    const onOver = (e: Event) => {
      // A tap also sends focus and compatibility mouse events; taps are handled in onClick.
      if (lastPointer.current === "touch") return;
      const a = linkOf(e.target);
      if (!a || !inContent(a) || a === current.current) return;
      hide();
      current.current = a;
      timer.current = setTimeout(() => void show(a), e.type === "focusin" ? 0 : 350);
    };
    const onOut = (e: Event) => {
      if (lastPointer.current === "touch") return;
      const a = linkOf(e.target);
      const to = (e as MouseEvent).relatedTarget as Element | null;
      if (a && a === current.current && !(to && (to.closest(".link-preview") || a.contains(to)))) hide();
    };
    const onPointer = (e: PointerEvent) => (lastPointer.current = e.pointerType);
    const onClick = (e: MouseEvent) => {
      const a = linkOf(e.target);
      if (!a || !inContent(a) || lastPointer.current !== "touch") return;
      if (current.current !== a) {
        // First tap previews; a second tap on the same link follows it.
        e.preventDefault();
        hide();
        current.current = a;
        void show(a);
      }
    };
    // This loads after hydration: a link already focused by then gets its preview too.
    const focused = linkOf(document.activeElement);
    if (focused && inContent(focused)) {
      current.current = focused;
      void show(focused);
    }
    const onKey = (e: KeyboardEvent) => {
      lastPointer.current = "keyboard";
      if (e.key === "Escape") hide();
    };
    document.addEventListener("mouseover", onOver);
    document.addEventListener("focusin", onOver);
    document.addEventListener("mouseout", onOut);
    document.addEventListener("focusout", onOut);
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("click", onClick, true);
    document.addEventListener("keydown", onKey);
    window.addEventListener("popstate", hide);
    return () => {
      document.removeEventListener("mouseover", onOver);
      document.removeEventListener("focusin", onOver);
      document.removeEventListener("mouseout", onOut);
      document.removeEventListener("focusout", onOut);
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("popstate", hide);
    };
  }, []);

  if (!shown) return null;
  const { preview, section } = shown;
  return (
    <div
      id="link-preview"
      role="tooltip"
      className="link-preview"
      data-placement={shown.id}
      style={{ top: shown.top, left: shown.left, width: CARD_WIDTH }}
      onMouseLeave={() => setShown(null)}
    >
      <p className="link-preview-meta">
        {preview.category} · <span className={`badge badge--${preview.maturity}`}>{preview.maturity}</span>
      </p>
      <p className="link-preview-title">{preview.title}</p>
      {section ? (
        <>
          <p className="link-preview-section">§ {section.title}</p>
          <p className="link-preview-text">{section.excerpt}</p>
        </>
      ) : (
        <p className="link-preview-text">{preview.summary}</p>
      )}
    </div>
  );
}
