import { bundleMDX } from "mdx-bundler";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { remarkCheckMath } from "./plugins/remark-check-math";

export interface CompileResult {
  code: string;
}

/** Compiles one MDX body (frontmatter already removed) to a function body for mdx-bundler's getMDXComponent. */
export async function compileMdx(file: string, body: string, lineOffset = 0): Promise<CompileResult> {
  const { code } = await bundleMDX({
    source: body,
    cwd: process.cwd(),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkMath, [remarkCheckMath, { file, lineOffset }]];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypeKatex, { output: "htmlAndMathml", throwOnError: true, strict: false }]];
      return options;
    },
  });
  return { code };
}
