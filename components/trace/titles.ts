/** Native <title> tooltips would double the script's; their text stays as each element's accessible name. */
export function moveTitles(root: Element) {
  root.querySelectorAll("title").forEach((t) => {
    const owner = t.parentElement;
    if (owner && owner.tagName !== "svg" && !owner.hasAttribute("aria-label") && !owner.closest("a")) owner.setAttribute("aria-label", t.textContent ?? "");
    t.remove();
  });
}
