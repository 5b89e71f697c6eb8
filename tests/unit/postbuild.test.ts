import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { headersFile, inlineScriptHashes, urlPathOf } from "../../scripts/postbuild/csp";
import { listFiles, postBuild } from "../../scripts/postbuild/index";
import { serviceWorker, staticAssetsOf } from "../../scripts/postbuild/service-worker";

describe("post-build steps, one by one", () => {
  it("maps pages to the URL paths they answer", () => {
    expect(urlPathOf("index.html")).toBe("/");
    expect(urlPathOf("entries/adamw.html")).toBe("/entries/adamw");
    expect(urlPathOf("categories/index.html")).toBe("/categories");
  });

  it("hashes inline scripts only, once each", () => {
    const html = `<script>a()</script><script src="/x.js"></script><script type="module">a()</script><script>b()</script>`;
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    expect(headersFile({ "/": hashes, "/empty": [] })).toContain(`/\n  Content-Security-Policy: default-src 'self'; script-src 'self' '${hashes[0]}' '${hashes[1]}'`);
    expect(headersFile({ "/empty": [] })).not.toContain("/empty");
  });

  it("versions the service worker by the build's assets and precaches what offline pages load", () => {
    const pages: Record<string, string> = {
      "index.html": `<link href="/_next/static/chunks/a.css"><script src="/_next/static/chunks/b.js"></script>`,
      "offline.html": `<script src="/_next/static/chunks/b.js"></script>`,
      "search/index.json": "{}",
    };
    const input = { files: ["_next/static/chunks/a.css", "_next/static/chunks/b.js"], read: (f: string) => Buffer.from(pages[f]!), template: "v=__VERSION__;p=__PRECACHE__" };
    const sw = serviceWorker(input);
    expect(staticAssetsOf(pages["index.html"]!)).toEqual(["/_next/static/chunks/a.css", "/_next/static/chunks/b.js"]);
    expect(sw.precache).toEqual(["/offline", "/search/index.json", "/manifest.webmanifest", "/_next/static/chunks/b.js", "/_next/static/chunks/a.css"]);
    expect(sw.source).toBe(`v=${sw.version};p=${JSON.stringify(sw.precache)}`);
    expect(serviceWorker({ ...input, files: [...input.files, "_next/static/chunks/c.js"] }).version).not.toBe(sw.version);
  });
});

describe("postBuild over a small out/", () => {
  let out = "";
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    writeFileSync(path.join(out, rel), text);
  };
  const page = (body: string, meta = "") =>
    `<!DOCTYPE html><html><head>${meta}<script data-head-script="">document.documentElement.dataset.theme="light"</script><script src="/_next/static/chunks/b.js" async=""></script></head><body>` +
    `<aside class="site-sidebar"><nav aria-label="Encyclopedia" class="sidebar-nav"><ul><li><a class="sidebar-category" href="/categories/a">A</a></li></ul></nav></aside>` +
    `${body}<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

  it("leaves rendered pages and Next's payload files as they are; writes CSP, the worker, gzip copies and brotli copies of scripts and search data", async () => {
    out = mkdtempSync(path.join(os.tmpdir(), "atlas-out-"));
    write("index.html", page("<main>home</main>"));
    write("offline.html", page("<main>offline</main>"));
    write("search.html", page("<main>search</main>"));
    write("index.txt", "payload");
    write("entries/__next.entries.txt", "payload");
    write("search/index.json", JSON.stringify({ big: "x".repeat(2000) }));
    write("_next/static/chunks/b.js", "console.log(1)".repeat(50));
    await postBuild(out);

    const files = listFiles(out);
    expect(files).toEqual(expect.arrayContaining(["index.txt", "entries/__next.entries.txt"]));
    const home = readFileSync(path.join(out, "index.html"), "utf8");
    expect(home).toBe(page("<main>home</main>"));
    const search = readFileSync(path.join(out, "search.html"), "utf8");
    // The search page too: no step removes the framework's scripts from any page.
    expect(search).toBe(page("<main>search</main>"));
    const csp = JSON.parse(readFileSync(path.join(out, "_csp.json"), "utf8")) as Record<string, string[]>;
    expect(csp["/"]).toEqual(inlineScriptHashes(home));
    expect(csp["/search"]).toEqual(inlineScriptHashes(search));
    const sw = readFileSync(path.join(out, "sw.js"), "utf8");
    expect(sw).toContain('"/offline"');
    expect(sw).not.toContain(".txt");
    expect(gunzipSync(readFileSync(path.join(out, "index.html.gz"))).toString("utf8")).toBe(home);
    expect(files).toContain("search/index.json.gz");
    expect(brotliDecompressSync(readFileSync(path.join(out, "_next/static/chunks/b.js.br"))).toString("utf8")).toBe("console.log(1)".repeat(50));
    expect(files).toContain("search/index.json.br");
    expect(files).not.toContain("index.html.br");
  });

  it("fails naming the page whose inline event handler its CSP would block", async () => {
    out = mkdtempSync(path.join(os.tmpdir(), "atlas-out-"));
    write("index.html", page("<main>home</main>"));
    write("offline.html", page("<main>offline</main>"));
    write("search/index.json", "{}");
    write("broken.html", page(`<button onclick="go()">Go</button>`));
    await expect(postBuild(out)).rejects.toThrow(/broken\.html: has an inline event handler/);
  });
});
