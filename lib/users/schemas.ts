import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { hasVisibleLetter, text } from "@/lib/validation/text";

// The administrator's forms for users (/brugere): one schema for adding, the same without the e-mail for changing.
// Posted by the forms (every value a string), parsed by the server actions; the messages are said at the field.

export const USER_LIMITS = { name: 120, email: 254, title: 80, id: 64 } as const;

const RELOAD = "Genindlæs siden, og prøv igen";
const EMAIL_MISSING = "Skriv brugerens e-mailadresse";

export const userIdSchema = z.object({ userId: text({ error: RELOAD }).min(1, RELOAD).max(USER_LIMITS.id, RELOAD) });

export const createUserSchema = z.object({
  name: text({ error: "Skriv brugerens navn" })
    .trim()
    .min(2, "Skriv brugerens navn")
    .max(USER_LIMITS.name, `Navnet må højst være ${USER_LIMITS.name} tegn`)
    .refine(hasVisibleLetter, "Navnet skal indeholde bogstaver"),
  // The broker's verified e-mail finds the user at sign-in (OpenID Connect), whatever its case.
  email: text({ error: EMAIL_MISSING })
    .trim()
    .toLowerCase()
    .min(1, EMAIL_MISSING)
    .max(USER_LIMITS.email, `E-mailadressen må højst være ${USER_LIMITS.email} tegn`)
    .pipe(z.email({ error: "Skriv en gyldig e-mailadresse, fx navn@kk.dk" })),
  title: text()
    .trim()
    .max(USER_LIMITS.title, `Titlen må højst være ${USER_LIMITS.title} tegn`)
    .optional()
    .transform((title) => title || null),
  role: z.enum(Role, { error: "Vælg brugerens rolle" }),
  organisationId: text({ error: "Vælg brugerens organisation" }).min(1, "Vælg brugerens organisation").max(USER_LIMITS.id, RELOAD),
});

export const updateUserSchema = createUserSchema.omit({ email: true }).extend(userIdSchema.shape);

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
export type UserField = keyof z.input<typeof createUserSchema>;
