import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

describe("formDataToObject", () => {
  it("keeps single values, gathers repeated keys and skips Next's action fields", () => {
    const data = new FormData();
    data.append("title", "Stress");
    data.append("format", "GROUP");
    data.append("format", "ONLINE");
    data.append("$ACTION_ID_abc", "");
    expect(formDataToObject(data)).toEqual({ title: "Stress", format: ["GROUP", "ONLINE"] });
  });
});
