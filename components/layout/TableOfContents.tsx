"use client";

import { useEffect, useState } from "react";
import type { TocItem } from "@/lib/mdx/types";

/** "On this page" with scroll-spy: the section nearest the top of the viewport is marked current. */
export function TableOfContents({ items }: { items: TocItem[] }) {
  const [active, setActive] = useState<string | undefined>(items[0]?.id);

  useEffect(() => {
    const headings = items.map((i) => document.getElementById(i.id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    const update = () => {
      const offset = 96;
      let current = headings[0]!.id;
      for (const h of headings) {
        if (h.getBoundingClientRect().top - offset <= 0) current = h.id;
        else break;
      }
      // At the bottom of the page the last sections cannot reach the top: mark the last one.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = headings[headings.length - 1]!.id;
      setActive(current);
    };
    update();
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("hashchange", update);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("hashchange", update);
    };
  }, [items]);

  if (items.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading" className="toc-heading">On this page</h2>
      <ul>
        {items.map((i) => (
          <li key={i.id} className={i.depth === 3 ? "toc-sub" : undefined}>
            <a href={`#${i.id}`} aria-current={active === i.id ? "location" : undefined}>
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
