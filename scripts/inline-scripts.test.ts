import { describe, expect, it } from "vitest";
import { frameworkInlineBytes } from "./inline-scripts";

describe("frameworkInlineBytes", () => {
  it("counts inline scripts the site did not mark, never scripts with src=", () => {
    const html =
      '<script data-head-script="">abc</script><script data-early-worker="">defg</script>' +
      '<script src="/a.js"></script><script id="_R_">12345</script><script>é</script>';
    expect(frameworkInlineBytes(html)).toBe(5 + 2);
  });
});
