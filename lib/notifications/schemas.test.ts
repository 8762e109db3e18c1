import { inDanish } from "@/tests/support/translate";
import { describe, expect, it } from "vitest";
import { badTextCases, expectRefusedAt } from "@/tests/support/bad-text";
import { MAX_EMAIL_LENGTH, notificationSettingsSchema, toNotificationSettingsValues } from "./schemas";

const errorsOf = (input: unknown) => {
  const result = notificationSettingsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), inDanish(issue)]));
};

describe("notificationSettingsSchema", () => {
  it("accepts an address and either mode, trimmed", () => {
    expect(notificationSettingsSchema.parse({ email: "  praksis@laegehuset.dk ", notificationMode: "DAILY_DIGEST" })).toEqual({
      email: "praksis@laegehuset.dk",
      notificationMode: "DAILY_DIGEST",
    });
    expect(notificationSettingsSchema.parse({ email: "praksis@laegehuset.dk", notificationMode: "IMMEDIATE" }).notificationMode).toBe("IMMEDIATE");
  });

  it("says in Danish, at each field, what is missing", () => {
    expect(errorsOf({})).toEqual({
      email: "Skriv den e-mailadresse, beskederne skal sendes til",
      notificationMode: "Vælg, om I vil have besked straks eller én gang om dagen",
    });
    expect(errorsOf({ email: "   ", notificationMode: "WEEKLY" })).toEqual({
      email: "Skriv den e-mailadresse, beskederne skal sendes til",
      notificationMode: "Vælg, om I vil have besked straks eller én gang om dagen",
    });
  });

  it("refuses what is not an e-mail address, with one message and an example", () => {
    for (const email of ["praksis", "praksis@", "praksis@laegehuset", "praksis laegehuset.dk", "a@b.dk, c@d.dk"]) {
      expect(errorsOf({ email, notificationMode: "IMMEDIATE" })).toEqual({ email: "Skriv en gyldig e-mailadresse, fx praksis@laegehuset.dk" });
    }
  });

  it("refuses an address longer than SMTP carries", () => {
    const email = `${"a".repeat(MAX_EMAIL_LENGTH)}@laegehuset.dk`;
    expect(errorsOf({ email, notificationMode: "IMMEDIATE" })).toEqual({ email: `E-mailadressen må højst være ${MAX_EMAIL_LENGTH} tegn` });
  });

  it("turns stored settings into the form's values and back", () => {
    const stored = { email: "praksis@laegehuset.dk", notificationMode: "DAILY_DIGEST" as const };
    expect(notificationSettingsSchema.parse(toNotificationSettingsValues(stored))).toEqual(stored);
    expect(toNotificationSettingsValues({ email: null, notificationMode: "IMMEDIATE" })).toEqual({ email: "", notificationMode: "IMMEDIATE" });
  });
});

describe("characters no field takes (lib/validation/text.ts)", () => {
  it.each(badTextCases({ email: "praksis@laegehuset.dk" }))("refuses %s with %s, with the Danish message at the field", (field, _name, value) => {
    expectRefusedAt(notificationSettingsSchema, { notificationMode: "DAILY_DIGEST", [field]: value }, field);
  });
});
