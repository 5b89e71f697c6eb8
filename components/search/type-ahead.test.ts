import { describe, expect, it } from "vitest";
import { typedKey } from "./type-ahead";
import { type EarlyShortcutHost, installEarlyShortcut } from "./early-shortcut";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe("typedKey", () => {
  it("appends printable keys, the space and '/' included, and Backspace removes one", () => {
    let t = "";
    for (const k of ["l", "a", "y", "e", "r", " ", "n", "o", "r", "m", "/", "X", "é"]) t = typedKey(t, key(k))!;
    expect(t).toBe("layer norm/Xé");
    expect(typedKey("ab", key("Backspace"))).toBe("a");
    expect(typedKey("", key("Backspace"))).toBe("");
  });
  it("ignores keys that are not text: modified, named, composing", () => {
    for (const k of [key("k", { ctrlKey: true }), key("k", { metaKey: true }), key("a", { altKey: true }), key("Enter"), key("ArrowDown"), key("Shift"), key("a", { isComposing: true })]) {
      expect(typedKey("x", k)).toBeUndefined();
    }
  });
});

/** The head script's early shortcut, run against a fake window: it must keep the same text as typedKey. */
function runEarlyScript() {
  const listeners: ((e: unknown) => void)[] = [];
  const win: EarlyShortcutHost = { addEventListener: (_, f) => listeners.push(f as (e: unknown) => void) };
  installEarlyShortcut(win);
  const press = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean }> = {}, target: unknown = { tagName: "BODY" }) => {
    let prevented = false;
    for (const l of listeners) l({ ...key(k, mods), shiftKey: false, target, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { state: () => win.__atlasSearch!, press };
}

describe("the early-shortcut inline script", () => {
  it("keeps nothing before a shortcut, then every key typed after it", () => {
    const { state, press } = runEarlyScript();
    expect(press("a")).toBe(false);
    expect(state()).toMatchObject({ pending: false, typed: "" });
    expect(press("/")).toBe(true);
    for (const k of ["l", "a", "x", "Backspace", "y", "e", "r", " ", "n", "o", "r", "m"]) expect(press(k)).toBe(true);
    expect(press("Enter")).toBe(false);
    expect(state()).toMatchObject({ pending: true, typed: "layer norm" });
  });
  it("⌘K / Ctrl-K start it too; keys typed into a field are left alone", () => {
    const { state, press } = runEarlyScript();
    press("k", { ctrlKey: true });
    press("g");
    press("q", {}, { tagName: "INPUT" });
    expect(state()).toMatchObject({ pending: true, typed: "g" });
  });
});
