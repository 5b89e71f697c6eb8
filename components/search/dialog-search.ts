import { SearchController } from "./controller";
import { inThreadConnection } from "./runtime/connection";

/** Hits the dialog lists. */
export const DIALOG_LIMIT = 8;

/**
 * The dialog's controller, one per page: its engine runs on the main thread, so results are painted in
 * the keystroke's own frame. Loaded with the dialog's code (or ahead of it, when a search box gets
 * focus), never in a page's first load.
 */
export const dialogSearch = new SearchController(inThreadConnection, { limit: DIALOG_LIMIT });
