/**
 * The search page (/search?q=…) in plain DOM, bundled on its own into /search/page.js and loaded async
 * from the page's head: it starts the engine's worker and the index fetch and asks the address's query
 * at once, while the page is still parsing, and paints the results as soon as the worker answers.
 * Typing updates the list and the address; the back button restores the previous query.
 *
 * The page ships without React and Next's scripts (its metadata marks it atlas:runtime=none, see
 * scripts/postbuild/strip-framework.ts), so this script also does what the layout's client components
 * do elsewhere: the header's search box and the search shortcuts lead to this page's own box (here it
 * stands in for the search dialog), and it registers the service worker for offline reading.
 *
 * Everything shown is built with text nodes and <mark> elements, never from HTML strings.
 */
import type { SearchHit, SearchOptions, SearchResult } from "@/lib/search/engine";
import { splitByRanges, type Range } from "@/lib/search/highlight";
import type { HitView } from "@/lib/search/hit-view";
import { cleanQuery } from "@/lib/search/normalize";
import { isShortcut, shortcutLabel, takeEarlyShortcut } from "./events";
import { INDEX_URL, WORKER_URL } from "@/lib/search/urls";
import type { FromWorker, ToWorker } from "@/lib/search/worker-protocol";

/** How many results a query lists at most, and how many before "Show more". */
const PAGE_LIMIT = 50;
const FIRST_PAGE = 20;
const EXAMPLES = ["GQA", "flash att", "trasnformer", "normalisation", "atrous", "decoupled weight decay", "nn.LayerNorm"];

interface Answer {
  result: SearchResult;
  views: HitView[];
  suggestions: string[];
}

const searchHref = (q: string) => `/search?q=${encodeURIComponent(q)}`;

function queryFromLocation(): string {
  try {
    return cleanQuery(new URLSearchParams(location.search).get("q") ?? "");
  } catch {
    return "";
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

/** Text with its matched words in <mark>. */
function highlighted(text: string, ranges: readonly Range[]): (Node | string)[] {
  return splitByRanges(text, ranges).map((p) => (p.mark ? el("mark", undefined, p.text) : p.text));
}

/** One result's link content: title, category, matching section, snippet (the markup of SearchHitView). */
function hitContent(hit: SearchHit, view: HitView): HTMLElement[] {
  const parts = [el("span", "search-hit-head", el("span", "search-hit-title", ...highlighted(hit.title, view.title)), el("span", "search-hit-category", hit.category))];
  if (hit.section) {
    const mark = el("span", undefined, "§ ");
    mark.setAttribute("aria-hidden", "true");
    parts.push(el("span", "search-hit-section", mark, ...highlighted(hit.section.heading, view.heading ?? [])));
  }
  parts.push(el("span", "search-hit-snippet", ...highlighted(view.snippet.text, view.snippet.ranges)));
  return parts;
}

export function startSearchPage(): void {
  let query = queryFromLocation();
  let state: "loading" | "ready" | "error" = "loading";
  let answer: Answer | null = null;
  /** The answer whose whole list is shown ("Show more" was pressed for it). */
  let expanded: Answer | null = null;
  let latest = 0;
  let region: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  let body: HTMLElement | null = null;
  let input: HTMLInputElement | null = null;

  let worker: Worker | undefined;
  try {
    worker = new Worker(WORKER_URL);
  } catch {
    // No workers (an old browser, a policy): reported below like a failed index.
  }
  const ask = (q: string, partial: boolean) => {
    const id = ++latest;
    if (!q.trim()) {
      answer = null;
      render();
      return;
    }
    const options: SearchOptions = { limit: PAGE_LIMIT, partial };
    worker?.postMessage({ type: "search", id, query: q, options } satisfies ToWorker);
  };
  const onMessage = (m: FromWorker) => {
    if (m.type === "ready") {
      state = "ready";
      if (!answer) render();
    } else if (m.type === "error") fail();
    else if (m.id !== latest) return;
    else if (m.type === "result") {
      answer = { result: m.result, views: m.views, suggestions: m.suggestions };
      render();
    } else if (answer) {
      // Section snippets, once the worker has their text: only those hits' snippets are replaced.
      for (const [i, view] of m.changed) {
        answer.views[i] = view;
        const snippet = region?.querySelectorAll(".search-page-results > li")[i]?.querySelector(".search-hit-snippet");
        snippet?.replaceChildren(...highlighted(view.snippet.text, view.snippet.ranges));
      }
    }
  };
  const fail = () => {
    state = "error";
    render();
  };
  if (worker) {
    const w = worker;
    w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
    w.onerror = fail;
    fetch(INDEX_URL)
      .then((r) => {
        if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((index) => w.postMessage({ type: "init", index } satisfies ToWorker, [index]), fail);
    ask(query, false);
  } else state = "error";

  const update = (q: string, push: boolean) => {
    query = q;
    const url = q.trim() ? searchHref(q.trim()) : "/search";
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    if (input && input.value !== q) input.value = q;
    ask(q, !push);
  };

  const examples = () =>
    el(
      "ul",
      "search-examples",
      ...EXAMPLES.map((q) => {
        const a = el("a", undefined, q);
        a.href = searchHref(q);
        a.addEventListener("click", (e) => {
          e.preventDefault();
          update(q, true);
        });
        return el("li", undefined, a);
      }),
    );

  function render() {
    if (!region || !status) return;
    const nodes: HTMLElement[] = [];
    // One live region for the whole visit, updated in place, so screen readers announce each change.
    const statusLine = (...children: (Node | string)[]) => status!.replaceChildren(...children);
    statusLine();
    const trimmed = query.trim();
    const result = answer && trimmed ? answer.result : null;
    if (!result) {
      if (state === "loading") statusLine("Loading the index…");
      else if (state === "error") statusLine("The search index could not be loaded. Browse the categories instead.");
      else if (!trimmed) nodes.push(el("div", "search-empty", el("p", undefined, "Type a term, an abbreviation, an API name or a concept. For example:"), examples()));
    } else {
      const hits = result.hits;
      if (hits.length) {
        const count = `${hits.length === PAGE_LIMIT ? `${PAGE_LIMIT}+` : hits.length} result${hits.length === 1 ? "" : "s"} for `;
        statusLine(count, el("q", undefined, result.query), ...(result.corrected ? [" (showing results for ", el("strong", undefined, result.corrected), ")"] : []));
        const shown = expanded === answer ? hits : hits.slice(0, FIRST_PAGE);
        const list = el(
          "ol",
          "search-page-results",
          ...shown.map((hit, i) => {
            const a = el("a", undefined, ...hitContent(hit, answer!.views[i]!));
            a.href = hit.href;
            return el("li", "search-hit", a);
          }),
        );
        list.setAttribute("aria-label", "Search results");
        nodes.push(list);
        if (shown.length < hits.length) {
          const more = el("button", "search-more", `Show ${hits.length - shown.length} more results`);
          more.type = "button";
          more.addEventListener("click", () => {
            expanded = answer;
            render();
            // The button is gone: keyboard focus continues at the first result it revealed.
            region?.querySelectorAll<HTMLAnchorElement>(".search-page-results > li > a")[FIRST_PAGE]?.focus();
          });
          nodes.push(more);
        }
      } else {
        statusLine("No results for ", el("q", undefined, result.query), ".");
        const empty = el("div", "search-empty");
        if (answer!.suggestions.length) {
          const p = el("p", undefined, "Did you mean ");
          answer!.suggestions.forEach((s, i) => {
            const a = el("a", undefined, s);
            a.href = searchHref(s);
            a.addEventListener("click", (e) => {
              e.preventDefault();
              update(s, true);
            });
            p.append(...(i > 0 ? [", "] : []), a);
          });
          p.append("?");
          empty.append(p);
        }
        empty.append(el("p", undefined, "Try one of these instead:"), examples());
        nodes.push(empty);
      }
    }
    body!.replaceChildren(...nodes);
  }

  const attach = () => {
    region = document.querySelector<HTMLElement>("[data-search-results]");
    input = document.querySelector<HTMLInputElement>("#search-page-input");
    const form = input?.form;
    if (!region || !input || !form) return;
    status = el("p", "search-status");
    status.setAttribute("aria-live", "polite");
    body = el("div");
    region.replaceChildren(status, body);
    input.value = query;
    input.addEventListener("input", () => update(input!.value, false));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      update(cleanQuery(input!.value), true);
    });
    addEventListener("popstate", () => {
      query = queryFromLocation();
      input!.value = query;
      ask(query, false);
    });
    // In a production build the framework's scripts are gone from this page; under `next dev` they are
    // not, and the layout's own components handle the header box and the shortcuts.
    if (!document.querySelector('script[src^="/_next/"]')) takeOverSearchEntryPoints(input, (q) => update(q, false));
    render();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attach, { once: true });
  else attach();
}

/**
 * What the layout's client components do on other pages, done here for this page's own box: the
 * header's search box hands what is typed in it to the page's box (elsewhere it opens the search
 * dialog), ⌘K / Ctrl-K and "/" focus the page's box (a shortcut pressed before this script ran counts
 * too), the header box shows the shortcut's hint, and the service worker is registered.
 */
function takeOverSearchEntryPoints(box: HTMLInputElement, search: (q: string) => void): void {
  const focusBox = () => {
    box.focus();
    box.select();
  };
  const header = document.querySelector<HTMLInputElement>("#search-header");
  if (header) {
    header.addEventListener("input", () => {
      const typed = header.value;
      header.value = "";
      box.value = typed;
      box.focus();
      search(typed);
    });
    const hint = el("kbd", "search-box-kbd", shortcutLabel());
    hint.setAttribute("aria-hidden", "true");
    header.form?.append(hint);
  }
  const early = takeEarlyShortcut();
  if (early) {
    focusBox();
    // Text typed after the shortcut, before this script ran, replaces the box's text as typing would.
    if (early.typed) {
      box.value = early.typed;
      search(early.typed);
    }
  }
  window.addEventListener("keydown", (e) => {
    if (!isShortcut(e)) return;
    e.preventDefault();
    focusBox();
  });
  if ("serviceWorker" in navigator)
    navigator.serviceWorker.register("/sw.js").then(
      () => (document.documentElement.dataset.sw = "registered"),
      () => (document.documentElement.dataset.sw = "failed"),
    );
}
