import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Messages = Awaited<ReturnType<typeof getMessages>>;

/**
 * Which message namespaces each family of client components translates with (useTranslations in a "use client" file,
 * and the shared components they render). A page gives its client components only these, so no page ships the whole
 * dictionary (about 67 kB) in its payload; the root layout gives "errors" alone, for app/error.tsx.
 */
const NAMESPACES = {
  errorPage: ["errors"],
  referralForm: ["referralForm", "labels", "referrals", "status", "routing", "offers", "nextBest", "errorMessages"],
  practiceCase: ["referrals", "messages", "withdraw", "contactCorrection", "referAgain"],
  triageCase: ["triage", "decline", "labels", "owners", "messages"],
  unitCase: ["unitInbox", "triage", "decline", "labels", "outcomes", "owners", "messages", "letters"],
  users: ["users", "roles"],
  catalogue: ["catalogue", "labels"],
  settings: ["notificationSettings", "failedEmails"],
  serviceLevels: ["serviceLevels"],
  screening: ["screening", "errorMessages"],
} as const satisfies Record<string, readonly (keyof Messages & string)[]>;

export type ClientMessagesFor = keyof typeof NAMESPACES;

/** Provides the messages the client components of `family` need to everything below it. */
export async function ClientMessages({ family, children }: { family: ClientMessagesFor; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(NAMESPACES[family].map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
