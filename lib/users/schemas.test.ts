import { inDanish } from "@/tests/support/translate";
import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema, USER_LIMITS, userIdSchema } from "./schemas";

const valid = { name: "Jens Hansen", email: "jens@kk.dk", title: "", role: "GP", organisationId: "org-1" };

const errorsOf = (schema: typeof createUserSchema | typeof updateUserSchema | typeof userIdSchema, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), inDanish(issue)]));
};

describe("createUserSchema", () => {
  it("trims, lower-cases the e-mail (OpenID Connect finds the user by it) and makes an empty title none", () => {
    expect(createUserSchema.parse({ ...valid, name: "  Jens Hansen ", email: " Jens@KK.dk " })).toEqual({ ...valid, title: null });
    expect(createUserSchema.parse({ ...valid, title: " Visitator " }).title).toBe("Visitator");
  });

  it("says in Danish, at each field, what is missing", () => {
    expect(errorsOf(createUserSchema, {})).toEqual({
      name: "Skriv brugerens navn",
      email: "Skriv brugerens e-mailadresse",
      role: "Vælg brugerens rolle",
      organisationId: "Vælg brugerens organisation",
    });
    expect(errorsOf(createUserSchema, { ...valid, role: "", organisationId: "" })).toEqual({ role: "Vælg brugerens rolle", organisationId: "Vælg brugerens organisation" });
  });

  it.each([
    ["name", "a".repeat(USER_LIMITS.name + 1), `Navnet må højst være ${USER_LIMITS.name} tegn`],
    ["email", `${"a".repeat(USER_LIMITS.email)}@kk.dk`, `E-mailadressen må højst være ${USER_LIMITS.email} tegn`],
    ["email", "jens@", "Skriv en gyldig e-mailadresse, fx navn@kk.dk"],
    ["title", "a".repeat(USER_LIMITS.title + 1), `Titlen må højst være ${USER_LIMITS.title} tegn`],
    ["role", "SUPERUSER", "Vælg brugerens rolle"],
    ["organisationId", "a".repeat(USER_LIMITS.id + 1), "Genindlæs siden, og prøv igen"],
  ])("refuses %s = %j", (field, value, message) => {
    expect(errorsOf(createUserSchema, { ...valid, [field]: value })).toEqual({ [field]: message });
  });
});

describe("updateUserSchema", () => {
  it("is the same form without the e-mail, for one user by id", () => {
    const { email: _email, ...rest } = valid;
    expect(updateUserSchema.parse({ ...rest, userId: "user-1", email: "ignored@kk.dk" })).toEqual({ ...rest, title: null, userId: "user-1" });
    expect(errorsOf(updateUserSchema, rest)).toEqual({ userId: "Genindlæs siden, og prøv igen" });
    expect(errorsOf(userIdSchema, { userId: "a".repeat(USER_LIMITS.id + 1) })).toEqual({ userId: "Genindlæs siden, og prøv igen" });
  });
});
