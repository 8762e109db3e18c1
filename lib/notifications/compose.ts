import type { ReferralEventType } from "@/lib/generated/prisma/enums";

// The e-mails the sending organisation gets. They say only that something changed and where to read it: no CPR
// number, no name, no health details, no unit or offer (a unit's name can tell a diagnosis). Danish, as the practices are.

/** The changes a sending organisation is told about by e-mail (issue 6): the rest stays on the timeline. */
export const NOTIFIED_EVENTS = [
  "RECEIVED",
  "INFORMATION_REQUESTED",
  "ACCEPTED",
  "FIRST_MEETING_BOOKED",
  "DECLINED",
  "CITIZEN_DECLINED",
  "NOT_REACHED",
  "COMPLETED",
  "OVERDUE",
  "MESSAGE",
] as const satisfies readonly ReferralEventType[];

export type NotifiedEvent = (typeof NOTIFIED_EVENTS)[number];

export function isNotifiedEvent(type: ReferralEventType): type is NotifiedEvent {
  return (NOTIFIED_EVENTS as readonly ReferralEventType[]).includes(type);
}

const WHAT_CHANGED: Record<NotifiedEvent, string> = {
  RECEIVED: "Henvisningen er modtaget.",
  INFORMATION_REQUESTED: "Der er et spørgsmål til jer. Svar i portalen, så sagen kan komme videre.",
  ACCEPTED: "Henvisningen er godkendt.",
  FIRST_MEETING_BOOKED: "Første møde er aftalt. Se dato og sted i portalen.",
  DECLINED: "Henvisningen er afvist – med forslag til et andet tilbud.",
  CITIZEN_DECLINED: "Borgeren har sagt nej tak. Se afslutningsnotatet i portalen.",
  NOT_REACHED: "Borgeren kunne ikke kontaktes. Se afslutningsnotatet i portalen.",
  COMPLETED: "Forløbet er afsluttet. Se afslutningsnotatet og det næste skridt for borgeren i portalen.",
  OVERDUE: "Sagen er ikke kommet videre inden for fristen, så den er rykket. Se i portalen, hvad der mangler, og hvornår.",
  MESSAGE: "Der er en ny besked til jer om henvisningen. Læs den og svar i portalen.",
};

const SHORT: Record<NotifiedEvent, string> = {
  RECEIVED: "modtaget",
  INFORMATION_REQUESTED: "spørgsmål til jer",
  ACCEPTED: "godkendt",
  FIRST_MEETING_BOOKED: "første møde aftalt",
  DECLINED: "afvist med forslag",
  CITIZEN_DECLINED: "borgeren sagde nej tak",
  NOT_REACHED: "borgeren kunne ikke kontaktes",
  COMPLETED: "afsluttet – se afslutningsnotat",
  OVERDUE: "rykket",
  MESSAGE: "ny besked",
};

const FOOTER = [
  "Af hensyn til borgeren står der hverken CPR-nummer eller helbredsoplysninger i denne e-mail.",
  "Vil I have én samlet e-mail om dagen i stedet? Vælg det under «Besked om nyt» i portalen.",
  "",
  "Henvisningsportalen – Københavns Kommune",
];

export interface EmailContent {
  subject: string;
  text: string;
}

export interface NotificationItem {
  referralId: string;
  referralNumber: number;
  type: NotifiedEvent;
}

/** PORTAL_URL may have a path of its own (https://kk.dk/henvisning): appended to, not resolved against. */
export function link(portalUrl: string, path: string): string {
  return `${portalUrl.replace(/\/+$/, "")}${path}`;
}

/** One change, mailed at once. */
export function composeNotificationEmail(item: NotificationItem, portalUrl: string): EmailContent {
  return {
    subject: `Henvisning nr. ${item.referralNumber}: ${SHORT[item.type]}`,
    text: [
      `Der er nyt om henvisning nr. ${item.referralNumber}.`,
      "",
      WHAT_CHANGED[item.type],
      "",
      "Se henvisningen:",
      link(portalUrl, `/henvisninger/${item.referralId}`),
      "",
      ...FOOTER,
    ].join("\n"),
  };
}

/** The daily digest: one line per referral with its changes in order, a question first so it is not missed. */
export function composeDigestEmail(items: readonly NotificationItem[], portalUrl: string): EmailContent {
  const byReferral = new Map<number, { referralId: string; changes: NotifiedEvent[] }>();
  for (const item of items) {
    const entry = byReferral.get(item.referralNumber) ?? { referralId: item.referralId, changes: [] };
    if (!entry.changes.includes(item.type)) entry.changes.push(item.type);
    byReferral.set(item.referralNumber, entry);
  }
  const entries = [...byReferral.entries()].sort(
    ([numberA, a], [numberB, b]) => Number(b.changes.includes("INFORMATION_REQUESTED")) - Number(a.changes.includes("INFORMATION_REQUESTED")) || numberA - numberB,
  );
  const count = entries.length;
  const questions = entries.filter(([, entry]) => entry.changes.includes("INFORMATION_REQUESTED")).length;
  return {
    subject: `Nyt om ${count} ${count === 1 ? "henvisning" : "henvisninger"}` + (questions > 0 ? ` – ${questions} spørgsmål til jer` : ""),
    text: [
      `Siden sidst er der nyt om ${count} ${count === 1 ? "henvisning" : "henvisninger"}:`,
      "",
      ...entries.map(([number, entry]) => `- Nr. ${number}: ${entry.changes.map((type) => SHORT[type]).join(", ")} – ${link(portalUrl, `/henvisninger/${entry.referralId}`)}`),
      "",
      "Alle henvisninger med nyt:",
      link(portalUrl, "/henvisninger?unread=1"),
      "",
      ...FOOTER,
    ].join("\n"),
  };
}

/**
 * The reminder to whoever holds overdue referrals (a unit, central triage), or the escalation to central triage or the
 * managers: one a day per organisation, however many referrals are overdue, and without any of them named.
 */
export function composeOverdueEmail(level: "REMINDED" | "ESCALATED", path: string, portalUrl: string): EmailContent {
  const reminded = level === "REMINDED";
  return {
    subject: reminded ? "Henvisninger har overskredet fristen" : "Henvisninger er stadig ikke kommet videre efter en påmindelse",
    text: [
      reminded
        ? "Der er henvisninger hos jer, som ikke er kommet videre inden for fristen. Borgeren venter, og den, der henviste, har fået besked om, at I er rykket."
        : "Der er henvisninger, som stadig ikke er kommet videre, selv om der er sendt en påmindelse.",
      "",
      "Se dem under «Overskredet»:",
      link(portalUrl, path),
      "",
      "Af hensyn til borgerne står der hverken CPR-nummer eller helbredsoplysninger i denne e-mail.",
      "",
      "Henvisningsportalen – Københavns Kommune",
    ].join("\n"),
  };
}

/** What the sending organisation did that the unit or central triage holding the referral is told by e-mail. */
export type HolderNews = "MESSAGE" | "WITHDRAWN" | "CONTACT_CORRECTED";

const HOLDER_NEWS: Record<HolderNews, { short: string; text: string }> = {
  MESSAGE: { short: "ny besked fra henviseren", text: "Der er en ny besked fra den, der henviste. Læs den og svar i portalen:" },
  WITHDRAWN: { short: "trukket tilbage", text: "Den, der henviste, har trukket henvisningen tilbage. Se begrundelsen i portalen:" },
  CONTACT_CORRECTED: { short: "nye kontaktoplysninger", text: "Den, der henviste, har rettet borgerens kontaktoplysninger. Se dem i portalen, før I ringer:" },
};

/** A change by the sending organisation, to the unit or central triage holding the referral: what and where to read it. */
export function composeHolderEmail(what: HolderNews, referralNumber: number, path: string, portalUrl: string): EmailContent {
  return {
    subject: `Henvisning nr. ${referralNumber}: ${HOLDER_NEWS[what].short}`,
    text: [
      `Der er nyt om henvisning nr. ${referralNumber}.`,
      "",
      HOLDER_NEWS[what].text,
      link(portalUrl, path),
      "",
      "Af hensyn til borgeren står der hverken CPR-nummer eller helbredsoplysninger i denne e-mail.",
      "",
      "Henvisningsportalen – Københavns Kommune",
    ].join("\n"),
  };
}
