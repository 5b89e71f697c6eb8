import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { Enhancements } from "@/components/layout/Enhancements";
import { HeadScript } from "@/components/layout/head-script";
import { siteDescription, siteName, siteUrl } from "@/lib/site";
import "./globals.css";

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
