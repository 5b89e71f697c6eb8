import { eastAsianWidthType } from "get-east-asian-width";

/**
 * The content standard's alignment rule for ```diagram blocks (a port of check-content.py): every ┌
 * has its ┐ on the same row and its └ below in the same column, closed by ┘. Emoji with U+FE0F are
 * read both as two columns and as one, and a diagram passes if it closes in either reading.
 */
const TOP = new Set([..."─┬┴┼━═"]);
const SIDE = new Set([..."│├┤┼┃║"]);

function isCombining(ch: string): boolean {
  return /^\p{M}$/u.test(ch);
}

function isWide(ch: string): boolean {
  // Python's unicodedata.east_asian_width(ch) in ("W", "F"), as check-content.py counts it.
  const type = eastAsianWidthType(ch.codePointAt(0)!);
  return type === "wide" || type === "fullwidth";
}

function grid(body: string, vs16Wide: boolean): string[][] {
  return body.split("\n").map((line) => {
    const row: string[] = [];
    for (const ch of line) {
      if (ch === "\ufe0f" || ch === "\u200d" || isCombining(ch)) {
        if (vs16Wide && ch === "\ufe0f" && row.length > 0 && row[row.length - 1] !== "") row.push("");
        continue;
      }
      row.push(ch);
      if (isWide(ch)) row.push("");
    }
    return row;
  });
}

function errorsIn(g: string[][]): string[] {
  const at = (r: number, c: number) => g[r]?.[c] ?? " ";
  const errors: string[] = [];
  g.forEach((row, r) =>
    row.forEach((ch, c) => {
      if (ch !== "┌") return;
      let c2 = c + 1;
      while (TOP.has(at(r, c2))) c2++;
      let r2 = r + 1;
      while (SIDE.has(at(r2, c))) r2++;
      let ok = at(r, c2) === "┐" && at(r2, c) === "└" && at(r2, c2) === "┘";
      for (let k = r + 1; ok && k < r2; k++) ok = SIDE.has(at(k, c2));
      for (let k = c + 1; ok && k < c2; k++) ok = TOP.has(at(r2, k));
      if (!ok) errors.push(`box at row ${r + 1}, column ${c + 1} is not closed and aligned`);
    }),
  );
  return errors;
}

export function diagramBoxErrors(body: string): string[] {
  const wide = errorsIn(grid(body, true));
  const narrow = errorsIn(grid(body, false));
  return wide.length <= narrow.length ? wide : narrow;
}
