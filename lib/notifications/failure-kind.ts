// What a failed e-mail's error means for the person who can fix it. Pure: read from the mail server's last answer
// (lib/notifications/mailer.ts keeps it on the outbox row), so the settings page can say what to do, not just that it failed.

export type FailureKind = "ADDRESS" | "MAILBOX_FULL" | "REFUSED";

/** 552 or a full mailbox: it may work later; 550, 551, 553 or an unknown user: the address is wrong; else refused. */
export function failureKind(lastError: string | null): FailureKind {
  const error = (lastError ?? "").toLowerCase();
  if (/\b552\b|mailbox (is )?full|quota/.test(error)) return "MAILBOX_FULL";
  if (/\b55[013]\b|unknown|no such|does not exist|invalid (recipient|address)|user not found/.test(error)) return "ADDRESS";
  return "REFUSED";
}
