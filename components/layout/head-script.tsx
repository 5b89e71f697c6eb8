import { HEADER_CONTROLS_SCRIPT } from "./header-controls";
import { THEME_INIT_SCRIPT } from "./theme-init";
import { EARLY_SHORTCUT } from "../search/early-shortcut";

/** Everything that runs inline in <head>: the theme (before first paint), the early search shortcut, the header's buttons. */
export const HEAD_SCRIPT = THEME_INIT_SCRIPT + EARLY_SHORTCUT + HEADER_CONTROLS_SCRIPT;

/** The empty slot a production page carries; scripts/postbuild/page-slots.ts writes the script into it. */
export const HEAD_SCRIPT_SLOT = '<script data-head-script=""></script>';

/**
 * The head script. Like the sidebar, in a production build it is written into each page's HTML after
 * `next build` (into an empty slot React leaves alone when hydrating), so React's payload inlined in
 * every page does not carry a second copy; `next dev` renders it directly.
 */
export function HeadScript() {
  return <script data-head-script="" dangerouslySetInnerHTML={{ __html: process.env.NODE_ENV === "production" ? "" : HEAD_SCRIPT }} />;
}
