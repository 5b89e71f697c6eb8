/* The entry point of /search/page.js (bundled by scripts/build-search-index.ts). */
import { startSearchPage } from "./page-controller";

startSearchPage();
