import { describe, expect, it } from "vitest";
import type { SearchHit, SearchResult } from "@/lib/search/engine";
import { hitView } from "@/lib/search/hit-view";
import { SearchController } from "./controller";
import type { Connect } from "./runtime/connection";
import type { FromWorker, ToWorker } from "./runtime/worker-protocol";

type Search = Extract<ToWorker, { type: "search" }>;

/** A host that answers only when told to: what the controller sent, and a hand to reply with. */
function fakeHost() {
  const sent: Search[] = [];
  let reply!: (m: FromWorker) => void;
  let opened = 0;
  const connect: Connect = (receive) => {
    opened++;
    reply = receive;
    return { send: (m) => void sent.push(m) };
  };
  return { connect, sent, reply: (m: FromWorker) => reply(m), opened: () => opened };
}

const hit = (slug: string, section?: SearchHit["section"]): SearchHit => ({
  slug,
  title: slug,
  category: "Attention",
  summary: `About ${slug}.`,
  section,
  href: `/entries/${slug}${section ? `#${section.id}` : ""}`,
  score: 1,
  match: "title",
});
const result = (query: string, hits: SearchHit[], corrected?: string): SearchResult => ({ query, hits, terms: [query], corrected }) as SearchResult;
const answer = (id: number, query: string, hits: SearchHit[], suggestions: string[] = []): FromWorker => ({
  type: "result",
  id,
  result: result(query, hits),
  views: hits.map((h) => hitView(h, [query])),
  suggestions,
});

describe("search controller", () => {
  it("connects once on load, asks the query typed before it, and follows the host's status", () => {
    const host = fakeHost();
    const c = new SearchController(host.connect, { limit: 8 });
    const seen: string[] = [];
    c.subscribe(() => seen.push(c.getState().status));
    c.setQuery("gqa");
    expect(host.opened()).toBe(0);
    expect(c.getState()).toMatchObject({ query: "gqa", status: "idle", answer: null, current: false });
    c.load();
    c.load();
    expect(host.opened()).toBe(1);
    expect(host.sent).toEqual([{ type: "search", id: 2, query: "gqa", options: { limit: 8 } }]);
    host.reply({ type: "ready" });
    expect(c.getState().status).toBe("ready");
    expect(seen).toContain("loading");
    host.reply({ type: "error", message: "HTTP 500" });
    expect(c.getState().status).toBe("error");
    // Loading again after a failure tries again, and asks the query again.
    c.load();
    expect(host.opened()).toBe(2);
    expect(c.getState().status).toBe("loading");
    expect(host.sent.at(-1)).toMatchObject({ query: "gqa" });
  });

  it("passes partial and the limit; an emptied box clears the answer and drops late answers", () => {
    const host = fakeHost();
    const c = new SearchController(host.connect, { limit: 50 });
    c.load();
    c.setQuery("layer norm", false);
    expect(host.sent.at(-1)).toEqual({ type: "search", id: 1, query: "layer norm", options: { limit: 50, partial: false } });
    c.setQuery("   ");
    expect(host.sent).toHaveLength(1);
    expect(c.getState()).toMatchObject({ answer: null, current: true });
    host.reply(answer(1, "layer norm", [hit("layer-normalization")]));
    expect(c.getState().answer).toBeNull();
  });

  it("keeps an answer until the next one is in, and never lets an older answer replace a newer one", () => {
    const host = fakeHost();
    const c = new SearchController(host.connect, { limit: 8 });
    c.load();
    c.setQuery("rope");
    c.setQuery("rope scaling");
    host.reply(answer(2, "rope scaling", [hit("yarn")]));
    expect(c.getState().answer?.result.query).toBe("rope scaling");
    expect(c.getState().current).toBe(true);
    host.reply(answer(1, "rope", [hit("rope")]));
    expect(c.getState().answer?.result.query).toBe("rope scaling");
    c.setQuery("rope scaling x");
    // Still the previous answer while the new one is on its way, marked as not the query's own.
    expect(c.getState()).toMatchObject({ query: "rope scaling x", current: false });
    expect(c.getState().answer?.result.query).toBe("rope scaling");
  });

  it("shows the first page, the rest on request, and a new answer starts at the first page again", () => {
    const host = fakeHost();
    const c = new SearchController(host.connect, { limit: 50, firstPage: 2 });
    c.load();
    c.setQuery("attention");
    host.reply(answer(1, "attention", ["a", "b", "c", "d"].map((s) => hit(s))));
    expect(c.visibleHits().map((h) => h.slug)).toEqual(["a", "b"]);
    c.showMore();
    expect(c.visibleHits().map((h) => h.slug)).toEqual(["a", "b", "c", "d"]);
    c.setQuery("attention mask");
    host.reply(answer(2, "attention mask", ["e", "f", "g"].map((s) => hit(s))));
    expect(c.getState().expanded).toBe(false);
    expect(c.visibleHits().map((h) => h.slug)).toEqual(["e", "f"]);
  });

  it("replaces only the views the host sends for the current answer (section snippets)", () => {
    const host = fakeHost();
    const c = new SearchController(host.connect, { limit: 8 });
    c.load();
    const hits = [hit("lars", { id: "schedule", heading: "Schedule", ordinal: 0 }), hit("lamb")];
    c.setQuery("warmup");
    host.reply(answer(1, "warmup", hits));
    const before = c.getState().answer!;
    const section = hitView(hits[0]!, ["warmup"], "Linear warmup over the first steps.");
    host.reply({ type: "views", id: 1, changed: [[0, section]] });
    const after = c.getState().answer!;
    expect(after.views[0]).toEqual(section);
    expect(after.views[1]).toBe(before.views[1]);
    // The answer is a new object (React re-renders), the old one untouched.
    expect(before.views[0]).not.toEqual(section);
    // Views of an answer no longer shown are dropped.
    c.setQuery("lamb");
    host.reply(answer(2, "lamb", [hit("lamb")]));
    host.reply({ type: "views", id: 1, changed: [[0, section]] });
    expect(c.getState().answer!.views[0]).not.toEqual(section);
  });

  it("carries suggestions for a query with no hits", () => {
    const host = fakeHost();
    const c = new SearchController(host.connect, { limit: 8 });
    c.load();
    c.setQuery("normalizatoinn");
    host.reply(answer(1, "normalizatoinn", [], ["normalization"]));
    expect(c.getState().answer).toMatchObject({ suggestions: ["normalization"] });
    expect(c.getState().answer!.result.hits).toEqual([]);
  });
});
