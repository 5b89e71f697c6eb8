"use client";

import { useSyncExternalStore } from "react";
import { INITIAL_SEARCH_STATE, type SearchController, type SearchState } from "./controller";

const initial = () => INITIAL_SEARCH_STATE;

/**
 * A search controller's state in a component. The server (and hydration) render the initial state: the
 * query is only known from the address, in the browser.
 */
export function useSearch(controller: SearchController): SearchState {
  return useSyncExternalStore(controller.subscribe, controller.getState, initial);
}
