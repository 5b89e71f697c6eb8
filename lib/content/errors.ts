/** A content problem that names where it is, so a writer can act on it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}${field ? ` [${field}]` : ""}: ${problem}`);
    this.name = "ContentError";
  }
}

/** Several content problems reported together (the build lists them all, not just the first). */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error(s):\n` + errors.map((e) => `  - ${e.message}`).join("\n"));
    this.name = "ContentErrors";
  }
}
