"use client";

import { useEffect, useState } from "react";

/** Opens every collapsed <details> around the element, so a link into it lands on something visible. */
function reveal(target: Element) {
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
    el.dispatchEvent(new CustomEvent("atlas:reveal", { bubbles: false }));
  }
}

/** Copy buttons (static markup, components/mdx/CopyButton.tsx): copies the figure's `[data-copy-source]`. */
async function copyFromButton(button: HTMLButtonElement): Promise<boolean> {
  const source = button.closest("figure")?.querySelector("[data-copy-source]");
  const label = button.dataset.copyLabel ?? "Copy";
  let ok = true;
  try {
    await navigator.clipboard.writeText(source?.textContent ?? "");
  } catch {
    ok = false;
  }
  button.textContent = ok ? "Copied" : "Copy failed";
  button.setAttribute("aria-label", ok ? "Copied" : label);
  setTimeout(() => {
    button.textContent = "Copy";
    button.setAttribute("aria-label", label);
  }, 1600);
  return ok;
}

/**
 * "Copy page" (components/entry/EntryHeader.tsx): copies the Markdown at the button's data-copy-url. The
 * text is handed to the clipboard as a promise where the browser allows it, so the copy still counts as
 * part of the click while the file is fetched.
 */
async function copyUrlFromButton(button: HTMLButtonElement): Promise<boolean> {
  const label = button.textContent ?? "Copy page";
  const text = fetch(button.dataset.copyUrl!).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.text();
  });
  let ok = true;
  try {
    if (typeof ClipboardItem === "undefined") throw new Error("no ClipboardItem");
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": text.then((t) => new Blob([t], { type: "text/plain" })) })]);
  } catch {
    try {
      await navigator.clipboard.writeText(await text);
    } catch {
      ok = false;
    }
  }
  button.textContent = ok ? "Copied" : "Copy failed";
  setTimeout(() => (button.textContent = label), 1600);
  return ok;
}

/**
 * Deep-link behaviour for every page: arriving on #section reveals the target (opening collapsed blocks),
 * scrolls it below the sticky header and highlights it briefly; heading anchors copy the full URL; the
 * page's copy buttons copy their block, and "Copy page" the page's Markdown. One listener and one status message for all of them.
 */
export function DeepLinks() {
  const [message, setMessage] = useState("");

  useEffect(() => {
    const arrive = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id);
      if (!target) return;
      reveal(target);
      target.scrollIntoView({ block: "start" });
      target.classList.remove("is-arrival");
      void (target as HTMLElement).offsetWidth; // restart the highlight animation
      target.classList.add("is-arrival");
      setTimeout(() => target.classList.remove("is-arrival"), 2200);
    };
    const onClick = async (e: MouseEvent) => {
      const button = (e.target as Element | null)?.closest?.("button.copy-button, button[data-copy-url]") as HTMLButtonElement | null;
      if (button) {
        const ok = button.dataset.copyUrl ? await copyUrlFromButton(button) : await copyFromButton(button);
        setMessage(ok ? (button.dataset.copyUrl ? "Page copied as Markdown" : "Copied to clipboard") : "Copying failed");
        setTimeout(() => setMessage(""), 2500);
        return;
      }
      const anchor = (e.target as Element | null)?.closest?.("a.heading-anchor") as HTMLAnchorElement | null;
      if (!anchor) return;
      const url = new URL(anchor.getAttribute("href")!, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        setMessage(`Link copied: ${url}`);
        anchor.dataset.copied = "true";
        setTimeout(() => delete anchor.dataset.copied, 1600);
      } catch {
        setMessage("Copying failed; the address bar has the link.");
      }
      setTimeout(() => setMessage(""), 2500);
    };
    arrive();
    window.addEventListener("hashchange", arrive);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("hashchange", arrive);
      document.removeEventListener("click", onClick);
    };
  }, []);

  return (
    <div className="toast" role="status" aria-live="polite" data-visible={message !== ""}>
      {message}
    </div>
  );
}
