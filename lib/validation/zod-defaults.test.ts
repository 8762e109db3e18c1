import { z } from "zod";
import { describe, expect, it } from "vitest";
import { inDanish, translatorFor } from "@/tests/support/translate";
import { issueMessage } from "./field-errors";
import { text } from "./text";

describe("zod's own messages", () => {
  it("are the key form.invalid, said in the user's language, when a schema names no message", () => {
    const issue = z.object({ level: z.enum(["BASIC", "HIGHER"]), key: z.uuid(), name: text() }).safeParse({ level: "NONE", key: "x", name: 3 }).error!.issues;
    expect(issue.map((each) => each.message)).toEqual(["form.invalid", "form.invalid", "form.invalid"]);
    expect(inDanish(issue[0]!)).toBe("Feltet har en ugyldig værdi. Genindlæs siden, og prøv igen.");
    const { key, values } = issueMessage(issue[1]!) as { key: string; values: Record<string, number> };
    expect(translatorFor("en")(key, values)).toBe("The field has an invalid value. Reload the page and try again.");
  });

  it("never replace a schema's own message", () => {
    expect(text({ error: "referrals.citizenNameMissing" }).safeParse(3).error!.issues[0]!.message).toBe("referrals.citizenNameMissing");
  });
});
