import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { hasVisibleLetter, text } from "@/lib/validation/text";

// The administrator's forms for users (/brugere): one schema for adding, the same without the e-mail for changing.
// Posted by the forms (every value a string), parsed by the server actions; the messages (keys) are said at the field.

export const USER_LIMITS = { name: 120, email: 254, title: 80, id: 64 } as const;

const RELOAD = "users.reload";
const EMAIL_MISSING = "users.emailMissing";

export const userIdSchema = z.object({ userId: text({ error: RELOAD }).min(1, RELOAD).max(USER_LIMITS.id, RELOAD) });

export const createUserSchema = z.object({
  name: text({ error: "users.nameMissing" })
    .trim()
    .min(2, "users.nameMissing")
    .max(USER_LIMITS.name, "users.nameTooLong")
    .refine(hasVisibleLetter, "users.nameNeedsLetters"),
  // The broker's verified e-mail finds the user at sign-in (OpenID Connect), whatever its case.
  email: text({ error: EMAIL_MISSING })
    .trim()
    .toLowerCase()
    .min(1, EMAIL_MISSING)
    .max(USER_LIMITS.email, "users.emailTooLong")
    .pipe(z.email({ error: "users.emailInvalid" })),
  title: text()
    .trim()
    .max(USER_LIMITS.title, "users.titleTooLong")
    .optional()
    .transform((title) => title || null),
  role: z.enum(Role, { error: "users.roleMissing" }),
  organisationId: text({ error: "users.organisationMissing" }).min(1, "users.organisationMissing").max(USER_LIMITS.id, RELOAD),
});

export const updateUserSchema = createUserSchema.omit({ email: true }).extend(userIdSchema.shape);

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
export type UserField = keyof z.input<typeof createUserSchema>;
