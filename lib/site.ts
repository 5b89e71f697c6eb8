/**
 * Where the site is published (SITE_URL at build time, e.g. https://atlas.example.org), without a
 * trailing slash; undefined when the build had none. Canonical URLs, the sitemap's entries and the
 * share cards' absolute URLs exist only with it: a build without it names no host at all (a copy of
 * out/ served anywhere must not claim to live elsewhere), and citations take the page's own origin
 * when it is read (components/layout/header-controls.ts).
 */
export const siteUrl: string | undefined = parseSiteUrl(process.env.SITE_URL);

/** SITE_URL as the build uses it: absent or blank → undefined; not an http(s) URL → a clear error. */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a URL; set it to where the site is published, e.g. SITE_URL=https://atlas.example.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL="${raw}" must be an http(s) URL, e.g. https://atlas.example.org`);
  if (url.search || url.hash) throw new Error(`SITE_URL="${raw}" must not have a query or a fragment`);
  return url.href.replace(/\/+$/, "");
}
export const siteName = "Neural Atlas";

/**
 * The day this build was made, as citations state it. SOURCE_DATE_EPOCH (seconds) makes it
 * reproducible; otherwise it is the build's own date, fixed once per process.
 */
export const buildDate = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now());

export const siteDescription =
  "An interactive encyclopedia of neural-network components: layers, attention, normalization, activations, optimizers, losses and architectures.";

/**
 * Where the site's source lives, for "Improve this page" links (absent when unset). REPO_URL is the
 * repository's web address (https://github.com/org/repo: files are linked as <url>/blob/<branch>/<path>,
 * REPO_BRANCH defaulting to main), or a template containing {path} for other hosts.
 */
export const repoSource = process.env.REPO_URL ? { url: process.env.REPO_URL.replace(/\/$/, ""), branch: process.env.REPO_BRANCH ?? "main" } : undefined;
