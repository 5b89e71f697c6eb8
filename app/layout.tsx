// The site-wide stylesheets, first and in cascade order: tokens, reset, the site's defaults, the page's
// frame, an entry's body, print. Each component's own stylesheet comes after them, imported by the
// component (components/<x>/<x>.css), so Next bundles it only on the routes that use it.
import "./styles/tokens.css";
import "./styles/reset.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/prose.css";
import "./styles/print.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { Enhancements } from "@/components/layout/Enhancements";
import { HeadScript } from "@/components/layout/head-script";
import { siteDescription, siteName, siteUrl } from "@/lib/site";

export const metadata: Metadata = {
  // Without SITE_URL no metadata names a host (no canonical, no absolute share URLs: see lib/site.ts).
  metadataBase: siteUrl ? new URL(siteUrl) : undefined,
  title: { default: siteName, template: `%s · ${siteName}` },
  description: siteDescription,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1117" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <HeadScript />
      </head>
      <body>
        <a href="#main" className="skip-link">Skip to content</a>
        <SiteHeader />
        {children}
        <Enhancements />
      </body>
    </html>
  );
}
