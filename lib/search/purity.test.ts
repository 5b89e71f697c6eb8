import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Runtime globals that belong to the hosts (components/search/runtime), not to the pure core. A
 * MessageChannel (Node has it too) is how slice.ts yields to the event loop: its ports may post.
 */
const HOST_GLOBALS = /\b(fetch|document|window|self|navigator|localStorage|importScripts|Worker|DedicatedWorkerGlobalScope|XMLHttpRequest)\b|(?<!port\d\.)\bpostMessage\b|reference lib="(dom|webworker)"|from "react/;

/** The code of a file without its comments (which may name what the code does not use). */
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("lib/search is pure", () => {
  it("no module uses the DOM, fetch, workers or React: the hosts live in components/search/runtime", () => {
    const dir = import.meta.dirname;
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .flatMap((f) => {
        const m = code(readFileSync(path.join(dir, f), "utf8")).match(HOST_GLOBALS);
        return m ? [`${f}: ${m[0]}`] : [];
      });
    expect(offenders).toEqual([]);
  });
});
