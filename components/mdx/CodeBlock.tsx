import type { ComponentProps } from "react";
import { CopyButton } from "./CopyButton";

const LABELS: Record<string, string> = { python: "Python", text: "Text", bash: "Shell", shell: "Shell", json: "JSON", yaml: "YAML", typescript: "TypeScript", javascript: "JavaScript" };

/** A highlighted code block (shiki output) with its language label and a copy button. */
export function CodeBlock(props: ComponentProps<"pre"> & { "data-language"?: string }) {
  const lang = props["data-language"] ?? "text";
  return (
    <figure className="code-figure">
      <figcaption className="code-caption">
        <span className="code-language">{LABELS[lang] ?? lang}</span>
        <CopyButton />
      </figcaption>
      <pre {...props} data-copy-source="" />
    </figure>
  );
}
