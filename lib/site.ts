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
