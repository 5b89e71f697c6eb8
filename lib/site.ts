/** Where the site is published; canonical URLs, the sitemap and share cards use it. Set SITE_URL when deploying. */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const siteName = "Neural Atlas";

/**
 * The day this build was made, as citations state it. SOURCE_DATE_EPOCH (seconds) makes it
 * reproducible; otherwise it is the build's own date, fixed once per process.
 */
export const buildDate = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now());

/**
 * Metadata a page adds (`other`) when it runs without the framework: after the build,
 * scripts/postbuild/strip-framework.ts removes Next's and React's scripts from it, so none of its client
 * components hydrate and its own scripts do all its work.
 */
export const NO_FRAMEWORK_RUNTIME = { "atlas:runtime": "none" } as const;

export const siteDescription =
  "An interactive encyclopedia of neural-network components: layers, attention, normalization, activations, optimizers, losses and architectures.";

/**
 * Where the site's source lives, for "Improve this page" links (absent when unset). REPO_URL is the
 * repository's web address (https://github.com/org/repo: files are linked as <url>/blob/<branch>/<path>,
 * REPO_BRANCH defaulting to main), or a template containing {path} for other hosts.
 */
export const repoSource = process.env.REPO_URL ? { url: process.env.REPO_URL.replace(/\/$/, ""), branch: process.env.REPO_BRANCH ?? "main" } : undefined;
