import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SEARCH_DATA_VERSION, type SearchData } from "@/lib/search/format";
import { inThreadConnection } from "./connection";
import type { FromWorker } from "./worker-protocol";

const data: SearchData = {
  v: SEARCH_DATA_VERSION,
  cats: ["Normalization"],
  heads: [["What it does", "what-it-does", 2]],
  entries: [["layer-normalization", "Layer Normalization", 0, ["LN"], "Normalizes each sample across its features.", "torch.nn.LayerNorm", [0], ["token"], "", "varying batch size", 0]],
};

let indexStatus = 200;
beforeAll(() => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) =>
      url.endsWith("index.json")
        ? { ok: indexStatus === 200, status: indexStatus, arrayBuffer: async () => new TextEncoder().encode(JSON.stringify(data)).buffer }
        : { ok: false, status: 404, json: async () => ({}) },
    ),
  );
});
afterAll(() => vi.unstubAllGlobals());

describe("the dialog's in-thread connection", () => {
  it("answers a query asked before the engine arrived, then answers each later one before send returns", async () => {
    indexStatus = 200;
    const got: FromWorker[] = [];
    const c = inThreadConnection((m) => got.push(m));
    c.send({ type: "search", id: 1, query: "layer", options: { limit: 8 } });
    c.send({ type: "search", id: 2, query: "LN", options: { limit: 8 } });
    await vi.waitFor(() => expect(got.map((m) => m.type)).toEqual(["ready", "result"]));
    // Only the latest query asked meanwhile is answered.
    expect(got[1]).toMatchObject({ type: "result", id: 2 });
    got.length = 0;
    c.send({ type: "search", id: 3, query: "normalization", options: { limit: 8 } });
    // Synchronous: the dialog paints each keystroke's results in that keystroke's frame.
    expect(got[0]).toMatchObject({ type: "result", id: 3 });
    expect((got[0] as Extract<FromWorker, { type: "result" }>).result.hits[0]?.slug).toBe("layer-normalization");
  });

  it("reports an index that failed to load as the protocol's error", async () => {
    indexStatus = 500;
    const got: FromWorker[] = [];
    inThreadConnection((m) => got.push(m));
    await vi.waitFor(() => expect(got).toEqual([{ type: "error", message: "search index: HTTP 500" }]));
  });
});
