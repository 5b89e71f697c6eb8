import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  // The sitemap exists only when the build knows where the site is published (scripts/build-content.ts).
  return { rules: { userAgent: "*", allow: "/" }, ...(siteUrl ? { sitemap: `${siteUrl}/sitemap.xml` } : {}) };
}
