/**
 * The one inline script of every page, in <head> (components/layout/head-script.tsx bundles this file):
 * the theme before first paint, the search shortcut pressed before hydration, the header's buttons.
 */
import { installEarlyShortcut } from "../search/early-shortcut";
import { installHeaderControls } from "./header-controls";
import { applyTheme } from "./theme-init";

applyTheme();
installEarlyShortcut(window);
installHeaderControls();
