import { describe, expect, it, vi } from "vitest";
import { INDEX_URL, loadEngine, loadShard, shardUrl } from "./client";
import { SEARCH_DATA_VERSION, type SearchData } from "./format";

const data: SearchData = {
  v: SEARCH_DATA_VERSION,
  cats: ["Normalization"],
  heads: [["What it does", "what-it-does", 2]],
  entries: [["layer-normalization", "Layer Normalization", 0, ["LN"], "Normalizes each sample across its features.", "torch.nn.LayerNorm", [0], ["token"], "", "varying batch size", 0]],
};
const response = (body: unknown, ok = true) => ({ ok, status: ok ? 200 : 500, json: async () => body }) as Response;

describe("client loading", () => {
  it("fetches the index once, retries after a failure, rejects a wrong format", async () => {
    const failing = vi.fn(async () => response({}, false));
    await expect(loadEngine(failing as unknown as typeof fetch)).rejects.toThrow(/HTTP 500/);
    const wrong = vi.fn(async () => response({ v: 999 }));
    await expect(loadEngine(wrong as unknown as typeof fetch)).rejects.toThrow(/format/);
    const ok = vi.fn(async () => response(data));
    const engine = await loadEngine(ok as unknown as typeof fetch);
    await loadEngine(ok as unknown as typeof fetch);
    expect(ok).toHaveBeenCalledTimes(1);
    expect(ok).toHaveBeenCalledWith(INDEX_URL);
    expect(engine.search("LN").hits[0]?.slug).toBe("layer-normalization");
  });
  it("validates and caches text shards", async () => {
    const f = vi.fn(async (url: string) => response(url.includes("bad") ? { v: 1, slug: "other", sections: [] } : { v: SEARCH_DATA_VERSION, slug: "good", sections: ["text"] }));
    expect(await loadShard("good", f as unknown as typeof fetch)).toEqual({ v: SEARCH_DATA_VERSION, slug: "good", sections: ["text"] });
    await loadShard("good", f as unknown as typeof fetch);
    expect(f).toHaveBeenCalledTimes(1);
    expect(await loadShard("bad", f as unknown as typeof fetch)).toBeUndefined();
    expect(shardUrl("a/b")).toBe("/search/text/a%2Fb.json");
  });
});
