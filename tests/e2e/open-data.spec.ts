import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { loadContent } from "../../lib/content/load";

/**
 * The atlas as open data, read from the production build as a client would: /llms.txt, each entry's
 * Markdown copy, /data/entries.json against its schema; and on the pages, the Markdown links, "Copy
 * page" and the trust line.
 */
const entries = loadContent().entries;
const hasGit = existsSync(".git");
const hydrated = (page: Page) => expect(page.locator("html")).toHaveAttribute("data-enhanced", "true");

/** Lines outside fenced blocks, inline code removed: where left-over JSX or ESM would show. */
function prose(text: string): string[] {
  let fenced = false;
  return text
    .split("\n")
    .filter((l) => {
      if (l.startsWith("```")) fenced = !fenced;
      return !fenced && !l.startsWith("```");
    })
    .map((l) => l.replace(/`[^`]*`/g, ""));
}

test("/llms.txt lists every entry, each link answering with Markdown", async ({ request }) => {
  const res = await request.get("/llms.txt");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await res.text();
  expect(text.startsWith("# Neural Atlas\n\n> ")).toBe(true);
  // Absolute with SITE_URL, root-relative without it.
  const links = [...text.matchAll(/^- \[[^\n]+\]\(((?:https?:\/\/[^/\s]+)?\/entries\/([a-z0-9-]+)\.md)\): \S/gm)];
  expect(entries.length).toBeGreaterThanOrEqual(274);
  expect(links.map((m) => m[2]).sort()).toEqual(entries.map((e) => e.slug).sort());
  for (const [, url] of links) {
    const r = await request.head(new URL(url!, "http://site.invalid").pathname);
    expect(r.status(), url).toBe(200);
    expect(r.headers()["content-type"], url).toBe("text/markdown; charset=utf-8");
  }
  const full = await (await request.get("/llms-full.txt")).text();
  expect(prose(full).filter((l) => l.startsWith("# "))).toHaveLength(entries.length + 1);
});

test("/entries/adamw.md is clean Markdown with its formulas, code and output", async ({ request }) => {
  const res = await request.get("/entries/adamw.md");
  expect(res.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  const md = await res.text();
  expect(md.startsWith("# AdamW\n\n> ")).toBe(true);
  expect(prose(md).filter((l) => /<[A-Za-z][\w.]*[\s/>]|^\s*(import|export) /.test(l))).toEqual([]);
  expect(md).toContain("$$\nm_t = \\beta_1 m_{t-1} + (1-\\beta_1)\\, g_t\n$$");
  expect(md).toContain("$\\alpha\\lambda$");
  expect(md.match(/^```python$/gm)).toHaveLength(3);
  expect(md).toContain("optimizer = optim.AdamW(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01)");
  expect(md).toMatch(/\*\*Output\*\* \(PyTorch [^)]+\):\n\n```text\nweight after 1000 steps: 0\.9900\n/);
  expect(md).toMatch(/- \*\*Code verified:\*\* (\d{4}-\d\d-\d\d, )?PyTorch \S+ \(CPU\)/);
});

test("/data/entries.json validates against /data/entries.schema.json", async ({ request }) => {
  const schema = await (await request.get("/data/entries.schema.json")).json();
  const res = await request.get("/data/entries.json");
  expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const data = await res.json();
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(data.entries).toHaveLength(entries.length);
  data.entries[0].maturity = "mature";
  expect(validate(data)).toBe(false);
});

test("every entry whose code runs states on which PyTorch, and when, it was verified", async ({ request }) => {
  for (const e of entries) {
    const html = await (await request.get(`/entries/${e.slug}`)).text();
    const code = /<span class="entry-trust-item" data-trust="code">(.*?)<\/span>/.exec(html)?.[1]?.replaceAll("<!-- -->", "");
    const ran = (e.codeOutputs?.blocks.length ?? 0) > 0;
    if (!ran) {
      expect(code, e.slug).toBeUndefined();
      continue;
    }
    expect(code, e.slug).toContain(`on PyTorch ${e.codeOutputs!.torch}`);
    if (hasGit) expect(code, e.slug).toMatch(/Code verified <time dateTime="\d{4}-\d\d-\d\d">\d{1,2} [A-Z][a-z]{2} \d{4}<\/time>/);
    if (hasGit) expect(html, e.slug).toMatch(/data-trust="content">Content updated <time/);
  }
});

test("an entry links its Markdown copy and copies it as a page", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/entries/adamw");
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute("href", /\/entries\/adamw\.md$/);
  await expect(page.getByRole("link", { name: "View as Markdown" })).toHaveAttribute("href", "/entries/adamw.md");
  await hydrated(page);
  await expect(page.getByRole("button", { name: "Copy page as Markdown" })).toBeVisible();
  await page.getByRole("button", { name: "Copy page as Markdown" }).click();
  await expect(page.getByRole("button", { name: "Copy page as Markdown" })).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith("# AdamW\n\n> Adam with weight decay")).toBe(true);
  expect(copied).toContain("```python");
});

for (const width of [390, 820, 1366])
  for (const scheme of ["light", "dark"] as const)
    test(`the header's actions and trust line fit at ${width}px, ${scheme}`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/entries/adamw");
      await hydrated(page);
      const header = page.locator(".entry-header");
      const fits = await page.evaluate(() => {
        const within = (sel: string) => {
          const box = document.querySelector(sel)!.getBoundingClientRect();
          const article = document.querySelector("article")!.getBoundingClientRect();
          return box.left >= article.left - 0.5 && box.right <= article.right + 0.5;
        };
        return {
          page: document.documentElement.scrollWidth <= window.innerWidth,
          actions: [...document.querySelectorAll(".entry-actions > *")].every((el) => {
            const b = el.getBoundingClientRect();
            return b.width > 0 && b.right <= window.innerWidth;
          }),
          trust: within(".entry-trust") && [...document.querySelectorAll(".entry-trust > *")].every((el) => within(`.entry-trust > :nth-child(${[...el.parentElement!.children].indexOf(el) + 1})`)),
          // The trust line's items never break inside: each is one line box tall.
          unbroken: [...document.querySelectorAll(".entry-trust > *")].every((el) => el.getClientRects().length === 1),
        };
      });
      expect(fits).toEqual({ page: true, actions: true, trust: true, unbroken: true });
      await expect(page.locator(".entry-trust")).toBeVisible();
      await header.screenshot({ path: info.outputPath(`header-${width}-${scheme}.png`) });
    });
