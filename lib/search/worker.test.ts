import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SEARCH_DATA_VERSION, type SearchData } from "./format";
import { hitView } from "./hit-view";
import type { FromWorker, ToWorker } from "./worker-protocol";

const data: SearchData = {
  v: SEARCH_DATA_VERSION,
  cats: ["Normalization"],
  heads: [["Why it helps", "why-it-helps", 2]],
  entries: [["layer-normalization", "Layer Normalization", 0, ["LN"], "Normalizes each sample across its features.", "torch.nn.LayerNorm", [0], ["token statistics"], "", "varying batch size", 0]],
};
const shardText = "Statistics come from one token's features, so batch size does not matter.";

const posted: FromWorker[] = [];
let send: (m: ToWorker) => void;

beforeAll(async () => {
  vi.stubGlobal("self", { postMessage: (m: FromWorker) => posted.push(m) });
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => ({ ok: true, status: 200, json: async () => ({ v: SEARCH_DATA_VERSION, slug: "layer-normalization", sections: [shardText] }) })),
  );
  await import("./worker");
  const scope = (globalThis as unknown as { self: { onmessage: (e: { data: ToWorker }) => void } }).self;
  send = (m) => scope.onmessage({ data: m });
});
afterAll(() => vi.unstubAllGlobals());

describe("search worker", () => {
  it("answers a query that came before the index once the index is here, with views, then section snippets", async () => {
    send({ type: "search", id: 0, query: "  token statistics ", options: { limit: 10 } });
    expect(posted).toEqual([]);
    const index = new TextEncoder().encode(JSON.stringify(data)).buffer;
    send({ type: "init", index });
    expect(posted[0]).toEqual({ type: "ready" });
    const result = posted[1] as Extract<FromWorker, { type: "result" }>;
    expect(result.id).toBe(0);
    expect(result.result.query).toBe("token statistics");
    const hit = result.result.hits[0]!;
    expect(hit.section?.heading).toBe("Why it helps");
    // First from the summary, without waiting for the section's text.
    expect(result.views[0]).toEqual(hitView(hit, result.result.terms));
    await vi.waitFor(() => expect(posted[2]?.type).toBe("views"));
    const views = posted[2] as Extract<FromWorker, { type: "views" }>;
    expect(views.changed).toEqual([[0, hitView(hit, result.result.terms, shardText)]]);
    expect(views.changed[0]![1].snippet.text).toBe(shardText);
  });

  it("drops section snippets of a query that a newer one replaced", async () => {
    posted.length = 0;
    send({ type: "search", id: 1, query: "token", options: { limit: 10 } });
    send({ type: "search", id: 2, query: "qqqzzz", options: { limit: 10 } });
    await new Promise((r) => setTimeout(r, 20));
    expect(posted.map((m) => m.type)).toEqual(["result", "result"]);
    const last = posted[1] as Extract<FromWorker, { type: "result" }>;
    expect(last.result.hits).toEqual([]);
  });
});
