import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents, type MdxComponents } from "./registry";

/** Renders compiled MDX (at build time: pages are static). `components` overrides entries of the registry for one page. */
export function MdxContent({ code, components }: { code: string; components?: Partial<MdxComponents> }) {
  const Component = getMDXComponent(code);
  return <Component components={{ ...mdxComponents, ...components }} />;
}
