import { describe, expect, it } from "vitest";
import { chooseEncoding } from "./content-encoding";

const both = { br: true, gzip: true };
describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, when the client accepts them and the copy exists", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd", both)).toBe("br");
    expect(chooseEncoding("gzip, deflate, br", { br: false, gzip: true })).toBe("gzip");
    expect(chooseEncoding("gzip, deflate", both)).toBe("gzip");
    expect(chooseEncoding("deflate", both)).toBe("identity");
    expect(chooseEncoding(undefined, both)).toBe("identity");
    expect(chooseEncoding("br", { br: false, gzip: true })).toBe("identity");
  });
  it("reads q-values: q=0 refuses a coding, * accepts any", () => {
    expect(chooseEncoding("br;q=0, gzip;q=0.8", both)).toBe("gzip");
    expect(chooseEncoding("br; q=0.0, gzip; q=0", both)).toBe("identity");
    expect(chooseEncoding("*", both)).toBe("br");
  });
});
