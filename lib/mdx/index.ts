import type { SourceFile } from "../content/load";
import { compileMdx } from "./compile";
import type { CompiledMdx } from "./types";

/** Compiles an entry's or category's body (cached on disk). */
export function compileSource(source: SourceFile): Promise<CompiledMdx> {
  return compileMdx(source.file, source.body, source.bodyLine - 1);
}

export type { CompiledMdx, TocItem } from "./types";
