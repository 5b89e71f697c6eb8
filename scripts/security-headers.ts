/**
 * The site's security headers, in one place: `npm run serve` sends them and the build writes them into
 * out/_headers (the format Netlify and Cloudflare Pages apply). Next's static pages carry inline
 * scripts (the RSC payload); instead of 'unsafe-inline', each page's CSP lists those scripts' hashes.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Content-Security-Policy for a page whose inline scripts have these sha256 hashes (no 'unsafe-eval'). */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join("")}`,
    // KaTeX, shiki and React style attributes are inline styles; no script can come in through them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
