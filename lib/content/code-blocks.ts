export interface FencedBlock {
  lang: string;
  /** What follows the language on the opening fence (e.g. `no-run reason="needs CUDA"`), trimmed. */
  meta: string;
  /** 1-based line, within the scanned text, of the block's first content line. */
  line: number;
  body: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)([^\n]*)$/;

/** Every fenced code block of a Markdown text (the same reading as ../shared/tools/check-content.py). */
export function fencedBlocks(text: string): FencedBlock[] {
  const lines = text.split("\n");
  const out: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!;
    const fence = m[2]!;
    const lang = m[3]!.toLowerCase();
    const start = i + 1;
    let j = start;
    while (j < lines.length && !lines[j]!.trim().startsWith(fence[0]!.repeat(fence.length))) j++;
    const body = lines
      .slice(start, j)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join("\n");
    out.push({ lang, meta: m[4]!.trim(), line: start + 1, body });
    i = j;
  }
  return out;
}
