/**
 * Scroll-spy for the static "On this page" list (TableOfContents.tsx): the section nearest the top of
 * the viewport is marked `aria-current="location"`. Plain DOM, loaded with the page's enhancements.
 * Returns a function that removes its listeners.
 */
export function installTocSpy(doc: Document = document): () => void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")].map((a) => ({ a, id: decodeURIComponent(a.hash.slice(1)) }));
  // The rail and the narrow screens' disclosure list the same sections: each heading once.
  const headings = [...new Set(links.map(({ id }) => id))].map((id) => doc.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (!headings.length) return () => undefined;
  const win = doc.defaultView ?? window;
  let shown = "";
  const update = () => {
    const offset = 96;
    let current = headings[0]!.id;
    for (const h of headings) {
      if (h.getBoundingClientRect().top - offset <= 0) current = h.id;
      else break;
    }
    // At the bottom of the page the last sections cannot reach the top: mark the last one.
    if (win.innerHeight + win.scrollY >= doc.documentElement.scrollHeight - 2) current = headings[headings.length - 1]!.id;
    if (current === shown) return;
    shown = current;
    for (const { a, id } of links) {
      if (id === current) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
  };
  update();
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  win.addEventListener("scroll", onScroll, { passive: true });
  win.addEventListener("hashchange", update);
  // The narrow screens' disclosure drops over the text: following one of its links closes it.
  const closeOnLink = (e: Event) => {
    const details = (e.currentTarget as HTMLDetailsElement | null) ?? null;
    if (details && e.target instanceof Element && e.target.closest("a")) details.open = false;
  };
  const disclosures = [...doc.querySelectorAll<HTMLDetailsElement>("details.toc--inline")];
  for (const d of disclosures) d.addEventListener("click", closeOnLink);
  return () => {
    win.removeEventListener("scroll", onScroll);
    win.removeEventListener("hashchange", update);
    for (const d of disclosures) d.removeEventListener("click", closeOnLink);
  };
}
