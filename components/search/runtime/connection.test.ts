import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SEARCH_DATA_VERSION, type SearchData } from "@/lib/search/format";
import { inThreadConnection, workerConnection } from "./connection";
import { startEarlyWorker } from "./early-worker";
import type { FromWorker, ToWorker } from "./worker-protocol";

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

/** A stand-in for a Worker: records what is posted to it; `emit` plays a message from it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { m: ToWorker; transfer?: Transferable[] }[] = [];
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeWorker.made.push(this);
  }
  postMessage(m: ToWorker, transfer?: Transferable[]) {
    this.posted.push({ m, transfer });
  }
  emit(m: FromWorker) {
    this.onmessage?.({ data: m });
  }
}

describe("the search page's worker connection", () => {
  it("takes over the worker the page's inline script started, with what it sent meanwhile, in order", async () => {
    indexStatus = 200;
    FakeWorker.made = [];
    vi.stubGlobal("Worker", FakeWorker);
    const early = new FakeWorker("/search/worker.js");
    early.onmessage = () => undefined;
    (globalThis as Record<string, unknown>).__atlasSearchWorker = { worker: early, queue: [{ type: "ready" }] };
    const fetches = vi.mocked(fetch).mock.calls.length;
    const got: FromWorker[] = [];
    const c = workerConnection((m) => got.push(m));
    c.send({ type: "search", id: 1, query: "gqa", options: { limit: 50 } });
    early.emit({ type: "result", id: 1, result: { query: "gqa", hits: [], terms: [] }, views: [], suggestions: [] } as FromWorker);
    await Promise.resolve();
    // Only the one worker, the index not fetched again, the early "ready" before the later answer.
    expect(FakeWorker.made).toEqual([early]);
    expect(vi.mocked(fetch).mock.calls.length).toBe(fetches);
    expect(early.posted.map((p) => p.m.type)).toEqual(["search"]);
    expect(got.map((m) => m.type)).toEqual(["ready", "result"]);
    expect("__atlasSearchWorker" in globalThis).toBe(false);
  });

  it("without one, starts the worker and transfers the index to it", async () => {
    FakeWorker.made = [];
    vi.stubGlobal("Worker", FakeWorker);
    workerConnection(() => undefined);
    expect(FakeWorker.made.map((w) => w.url)).toEqual(["/search/worker.js"]);
    await vi.waitFor(() => expect(FakeWorker.made[0]!.posted[0]?.m.type).toBe("init"));
    const init = FakeWorker.made[0]!.posted[0]!;
    expect(init.transfer).toEqual([(init.m as Extract<ToWorker, { type: "init" }>).index]);
  });
});

describe("the search page's early worker", () => {
  it("starts the worker, transfers the index to it, keeps what it sends until the connection takes it over", async () => {
    indexStatus = 200;
    FakeWorker.made = [];
    const host = { Worker: FakeWorker as unknown as new (url: string) => Worker, fetch, __atlasSearchWorker: undefined };
    startEarlyWorker(host);
    const early = FakeWorker.made[0]!;
    expect(early.url).toBe("/search/worker.js");
    await vi.waitFor(() => expect(early.posted[0]?.m.type).toBe("init"));
    early.emit({ type: "ready" });
    vi.stubGlobal("__atlasSearchWorker", host.__atlasSearchWorker);
    const got: FromWorker[] = [];
    workerConnection((m) => got.push(m));
    expect(got).toEqual([{ type: "ready" }]);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
