import type { MetadataRoute } from "next";
import { getRegistry } from "@/lib/content";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const { entries, categories } = getRegistry();
  return [
    { url: `${siteUrl}/`, priority: 1 },
    { url: `${siteUrl}/a-z`, priority: 0.6 },
    { url: `${siteUrl}/search`, priority: 0.3 },
    ...categories.map((c) => ({ url: `${siteUrl}/categories/${c.slug}`, priority: 0.8 })),
    ...entries.map((e) => ({ url: `${siteUrl}/entries/${e.slug}`, priority: 0.7 })),
  ];
}
