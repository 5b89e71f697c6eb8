import { eastAsianWidthType } from "get-east-asian-width";
import type { Dir } from "./types";

/** Stroke directions as bits. */
export const N = 1;
export const E = 2;
export const S = 4;
export const W = 8;
export const DIRS: readonly { bit: number; dir: Dir; dr: number; dc: number; opp: number }[] = [
  { bit: N, dir: "n", dr: -1, dc: 0, opp: S },
  { bit: E, dir: "e", dr: 0, dc: 1, opp: W },
  { bit: S, dir: "s", dr: 1, dc: 0, opp: N },
  { bit: W, dir: "w", dr: 0, dc: -1, opp: E },
];
export const BIT_OF: Record<Dir, number> = { n: N, e: E, s: S, w: W };

export type Weight = "light" | "heavy" | "double";

/** Box-drawing characters (U+2500–U+257F) by the strokes they draw. */
const STROKE_TABLE: [string, number, Weight][] = [
  // light
  ["─┄┈╌", E | W, "light"], ["│┆┊╎", N | S, "light"],
  ["┌╭", E | S, "light"], ["┐╮", S | W, "light"], ["└╰", N | E, "light"], ["┘╯", N | W, "light"],
  ["├", N | E | S, "light"], ["┤", N | S | W, "light"], ["┬", E | S | W, "light"], ["┴", N | E | W, "light"],
  ["┼", N | E | S | W, "light"], ["╴", W, "light"], ["╵", N, "light"], ["╶", E, "light"], ["╷", S, "light"],
  // heavy
  ["━┅┉╍", E | W, "heavy"], ["┃┇┋╏", N | S, "heavy"],
  ["┏", E | S, "heavy"], ["┓", S | W, "heavy"], ["┗", N | E, "heavy"], ["┛", N | W, "heavy"],
  ["┣", N | E | S, "heavy"], ["┫", N | S | W, "heavy"], ["┳", E | S | W, "heavy"], ["┻", N | E | W, "heavy"],
  ["╋", N | E | S | W, "heavy"], ["╸", W, "heavy"], ["╹", N, "heavy"], ["╺", E, "heavy"], ["╻", S, "heavy"],
  // light and heavy mixed
  ["┍┎", E | S, "light"], ["┑┒", S | W, "light"], ["┕┖", N | E, "light"], ["┙┚", N | W, "light"],
  ["┝┞┟┠┡┢", N | E | S, "light"], ["┥┦┧┨┩┪", N | S | W, "light"], ["┭┮┯┰┱┲", E | S | W, "light"],
  ["┵┶┷┸┹┺", N | E | W, "light"], ["┽┾┿╀╁╂╃╄╅╆╇╈╉╊", N | E | S | W, "light"], ["╼╾", E | W, "light"], ["╽╿", N | S, "light"],
  // double, and single/double mixed
  ["═", E | W, "double"], ["║", N | S, "double"],
  ["╔╒╓", E | S, "double"], ["╗╕╖", S | W, "double"], ["╚╘╙", N | E, "double"], ["╝╛╜", N | W, "double"],
  ["╠╞╟", N | E | S, "double"], ["╣╡╢", N | S | W, "double"], ["╦╤╥", E | S | W, "double"], ["╩╧╨", N | E | W, "double"],
  ["╬╪╫", N | E | S | W, "double"],
];

/** Indexed by code point - 0x2500: the strokes (low 4 bits) and weight (1 heavy, 2 double, bits 4–5). */
const BOX_BLOCK = new Uint8Array(0x80);
const WEIGHT_CODE: Record<Weight, number> = { light: 0, heavy: 1, double: 2 };
for (const [chars, bits, weight] of STROKE_TABLE) {
  for (const ch of chars) BOX_BLOCK[ch.charCodeAt(0) - 0x2500] = bits | (WEIGHT_CODE[weight] << 4);
}
const ROUNDED = new Set([..."╭╮╯╰"]);

/** Strokes of a box-drawing character, 0 for anything else. Hot: a table lookup. */
export function strokesOf(ch: string): number {
  if (ch.length !== 1) return 0;
  const i = ch.charCodeAt(0) - 0x2500;
  return i >= 0 && i < 0x80 ? BOX_BLOCK[i]! & 15 : 0;
}
export function weightOf(ch: string): Weight {
  const i = ch.charCodeAt(0) - 0x2500;
  const w = i >= 0 && i < 0x80 && ch.length === 1 ? BOX_BLOCK[i]! >> 4 : 0;
  return w === 1 ? "heavy" : w === 2 ? "double" : "light";
}
export function isRounded(ch: string): boolean {
  return ROUNDED.has(ch);
}

/** ASCII line-art characters, used only where they close a box or touch one. */
export const ASCII_STROKES: Record<string, number> = { "-": E | W, "=": E | W, "|": N | S, "+": N | E | S | W };

/** Arrow glyphs: the head directions (bits). Their shaft runs along the same axis. */
const ARROWS = new Map<string, number>();
for (const ch of "→⟶➔➜➝➞➟➠►▶▸⇒⟹⇨⮕") ARROWS.set(ch, E);
for (const ch of "←⟵◄◀◂⇐⟸⇦⬅") ARROWS.set(ch, W);
for (const ch of "↑▲▴⇑⇧") ARROWS.set(ch, N);
for (const ch of "↓▼▾⇓⇩") ARROWS.set(ch, S);
for (const ch of "↔⟷⇔") ARROWS.set(ch, E | W);
for (const ch of "↕⇕") ARROWS.set(ch, N | S);

export function arrowHeads(ch: string): number {
  if (ch.length !== 1 || ch.charCodeAt(0) < 0x2190) return 0;
  return ARROWS.get(ch) ?? 0;
}
export function axisOf(heads: number): number {
  return heads & (E | W) ? E | W : N | S;
}

/** Any character the renderer may draw instead of printing. */
export function isDrawingChar(ch: string): boolean {
  return strokesOf(ch) !== 0 || ARROWS.has(ch) || ch in ASCII_STROKES || ch === ">" || ch === "<" || ch === "^" || ch === "v" || ch === "V";
}

const VS16 = "\ufe0f";
const EXTENDED_PICTO = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const REGIONAL = /\p{Regional_Indicator}/u;
const ZERO_WIDTH = /^[\p{M}\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\ufeff]+$/u;

export interface GraphemeWidth {
  width: number;
  /** The other width a terminal or font may give it (emoji with VS16, ● ☆ ✓ and similar symbols). */
  alternative?: number;
}

/** Symbols whose width varies between terminals and fonts (Geometric Shapes, Misc Symbols, Dingbats). */
function isAmbiguousSymbol(cp: number): boolean {
  return (cp >= 0x25a0 && cp <= 0x25ff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2022 || cp === 0x2605 || cp === 0x2606;
}

/**
 * Display width of one grapheme cluster, as a monospace terminal counts it: East Asian wide and emoji
 * take two cells; joiners, variation selectors and combining marks add nothing.
 */
export function graphemeWidth(g: string): GraphemeWidth {
  const cp = g.codePointAt(0)!;
  if (cp < 0x7f) return { width: 1 };
  if (ZERO_WIDTH.test(g)) return { width: 1 }; // a lone mark still needs a cell to be seen
  if (REGIONAL.test(g) && g.length >= 4) return { width: 2 };
  const type = eastAsianWidthType(cp);
  if (type === "wide" || type === "fullwidth") return { width: 2 };
  if (g.includes(VS16) && EXTENDED_PICTO.test(g)) {
    return EMOJI_PRESENTATION.test(g) ? { width: 2 } : { width: 2, alternative: 1 };
  }
  if (EXTENDED_PICTO.test(g) && EMOJI_PRESENTATION.test(g)) return { width: 2 };
  if (isAmbiguousSymbol(cp) && !strokesOf(g) && !ARROWS.has(g)) return { width: 1, alternative: 2 };
  return { width: 1 };
}

export function isAlnum(ch: string): boolean {
  return /^[\p{L}\p{N}]/u.test(ch);
}
