import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "./registry";

/** Renders compiled MDX (at build time: pages are static). */
export function MdxContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  return <Component components={mdxComponents} />;
}
