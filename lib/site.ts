/** Where the site is published; canonical URLs, the sitemap and share cards use it. Set SITE_URL when deploying. */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const siteName = "Neural Atlas";
