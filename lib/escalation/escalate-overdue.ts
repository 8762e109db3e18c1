import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceStep } from "@/lib/generated/prisma/enums";
import { composeOverdueEmail } from "@/lib/notifications/compose";
import { notifyReferrer } from "@/lib/notifications/notify";
import { eventDetailsFor } from "@/lib/referrals/event-details";
import { copenhagenDay } from "@/lib/time/copenhagen";

// The escalation job (run by the background worker, lib/jobs): a referral whose step is past due gets a reminder to
// whoever holds it, and the practice is told in plain words (a follow-up after closing: the unit only); a step still not done when the escalation time comes is
// escalated — a unit's to central triage, central triage's to the managers — and shows on the managers' overview.
// Once per referral and step: each is taken with a conditional update on the clock it was read with (two workers, or
// a worker and a person moving the referral on: exactly one wins), in one transaction with its status event, the
// practice's notification and the e-mail in the outbox. The e-mails to staff are one a day per organisation, so a
// server started after days away sends a handful of e-mails, not one per referral.

export type OverdueLevel = "REMINDED" | "ESCALATED";

export interface EscalationRun {
  reminded: number;
  escalated: number;
}

const BATCH = 100;

const overdueSelect = {
  id: true,
  number: true,
  status: true,
  referrerOrganisationId: true,
  destinationUnitId: true,
  clockStep: true,
  dueAt: true,
  destinationUnit: { select: { organisationId: true } },
} satisfies Prisma.ReferralSelect;

type OverdueReferral = Prisma.ReferralGetPayload<{ select: typeof overdueSelect }>;

/** Where the staff who get the e-mail see the overdue referrals. */
const PATHS = { unit: "/indbakke?view=overdue", triage: "/visitation?view=overdue", unitsEscalated: "/visitation/rykket", managers: "/overblik" } as const;

/** One pass: reminds what has just become overdue, then escalates what is still overdue after its reminder. */
export async function escalateOverdue(db: Db, now: Date, portalUrl: string): Promise<EscalationRun> {
  const run: EscalationRun = { reminded: 0, escalated: 0 };
  const mailboxes: Mailboxes = new Map();
  for (const level of ["REMINDED", "ESCALATED"] as const) {
    const due: Prisma.ReferralWhereInput =
      level === "REMINDED" ? { escalation: "NONE", dueAt: { lte: now } } : { escalation: "REMINDED", escalateAt: { lte: now }, clockStep: { not: "FOLLOW_UP" } };
    const referrals = await db.referral.findMany({ where: due, orderBy: { dueAt: "asc" }, take: BATCH, select: overdueSelect });
    for (const referral of referrals) {
      if (await takeStep(db, referral, level, now, portalUrl, mailboxes)) run[level === "REMINDED" ? "reminded" : "escalated"] += 1;
    }
  }
  return run;
}

/** Takes one referral one level on, unless someone (another worker, a person) changed its clock since it was read. */
async function takeStep(db: Db, referral: OverdueReferral, level: OverdueLevel, now: Date, portalUrl: string, mailboxes: Mailboxes): Promise<boolean> {
  const step = referral.clockStep;
  const dueAt = referral.dueAt;
  if (!step || !dueAt) return false;
  return db.$transaction(async (tx) => {
    const { count } = await tx.referral.updateMany({
      where: { id: referral.id, clockStep: step, dueAt, escalation: level === "REMINDED" ? "NONE" : "REMINDED", status: referral.status },
      // A change the practice should see: shown as "Ny ændring" until it opens the referral. The version stays, so a
      // person acting on the referral meanwhile is not refused.
      data: { escalation: level, ...(level === "REMINDED" ? { practiceChangedAt: now } : {}) },
    });
    if (count !== 1) return false;
    const event = await tx.referralEvent.create({
      data: {
        referralId: referral.id,
        type: "OVERDUE",
        fromStatus: referral.status,
        toStatus: referral.status,
        details: eventDetailsFor("OVERDUE", { kind: "OVERDUE", step, level, dueAt: dueAt.toISOString() }),
        createdAt: now,
      },
      select: { id: true, referralId: true, type: true, actorOrganisationId: true },
    });
    // The practice hears of the reminder, in plain words on its timeline and as its e-mail settings say; not again of the
    // escalation, and not of the unit's own follow-up after closing (which is never escalated either).
    if (level === "REMINDED" && step !== "FOLLOW_UP") await notifyReferrer(tx, event, referral);
    await mailStaff(tx, recipientsOf(referral, step, level), level, now, portalUrl, mailboxes);
    return true;
  });
}

type Recipient = { organisation: Prisma.OrganisationWhereInput; path: string };

/** The organisations (with an e-mail address) each recipient names, looked up once per run, not once per referral. */
type Mailboxes = Map<string, { id: string; email: string | null }[]>;

/** Who is told: the holder is reminded; a unit's step is escalated to central triage, central triage's to the managers. */
function recipientsOf(referral: OverdueReferral, step: ServiceStep, level: OverdueLevel): Recipient {
  const unitOrganisationId = referral.destinationUnit?.organisationId;
  if (step === "TRIAGE_DECISION" || !unitOrganisationId) {
    return level === "REMINDED" ? { organisation: { type: "CENTRAL_TRIAGE" }, path: PATHS.triage } : { organisation: { type: "MUNICIPALITY" }, path: PATHS.managers };
  }
  return level === "REMINDED" ? { organisation: { id: unitOrganisationId }, path: PATHS.unit } : { organisation: { type: "CENTRAL_TRIAGE" }, path: PATHS.unitsEscalated };
}

/** One e-mail a day per organisation and level: a second overdue referral the same day finds it in the outbox already. */
async function mailStaff(tx: Prisma.TransactionClient, recipient: Recipient, level: OverdueLevel, now: Date, portalUrl: string, mailboxes: Mailboxes) {
  const key = JSON.stringify(recipient.organisation);
  const organisations = mailboxes.get(key) ?? (await tx.organisation.findMany({ where: { ...recipient.organisation, email: { not: null } }, select: { id: true, email: true } }));
  mailboxes.set(key, organisations);
  const email = composeOverdueEmail(level, recipient.path, portalUrl);
  const day = copenhagenDay(now);
  await tx.outboxMessage.createMany({
    data: organisations.map((organisation) => ({
      dedupeKey: `overdue:${level}:${organisation.id}:${day}`,
      organisationId: organisation.id,
      recipient: organisation.email!,
      ...email,
    })),
    skipDuplicates: true,
  });
}
