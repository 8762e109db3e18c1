import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryChannel } from "@/lib/generated/prisma/enums";

// The outbox worker's steps, each a plain function of the database, a mailer and the time, so tests can drive them
// (docs/decisions/005-notification-outbox.md). A message is claimed with a lease (a conditional update: two workers never
// take the same one), sent, then marked sent; a failure sets the next attempt with exponential backoff; a worker
// that dies mid-send leaves the lease to expire and another worker sends it then.

export interface OutgoingEmail {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  attempts: number;
}

/** Sends one e-mail; rejects on failure. `permanent` errors (the address is refused for good) are not retried. */
export interface Mailer {
  channel: DeliveryChannel;
  send(email: OutgoingEmail): Promise<void>;
}

export class PermanentMailError extends Error {
  override name = "PermanentMailError";
}

export const OUTBOX_DEFAULTS = {
  /** How long a worker may take to send one batch before another worker may take it over. */
  leaseMs: 2 * 60_000,
  batchSize: 20,
  firstRetryMs: 30_000,
  maxRetryMs: 60 * 60_000,
};

export type OutboxOptions = Partial<typeof OUTBOX_DEFAULTS>;

/** 30 s, 1 min, 2 min, 4 min … at most an hour: a mail server that is down for a day still gets every mail once. */
export function retryDelayMs(attempts: number, options: OutboxOptions = {}): number {
  const { firstRetryMs, maxRetryMs } = { ...OUTBOX_DEFAULTS, ...options };
  return Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, Math.min(attempts - 1, 20)));
}

/**
 * Takes up to `batchSize` due messages for this worker until `now + leaseMs` and counts the attempt. Each message is
 * taken with a conditional update on the attempt count it was read with, so of two workers exactly one gets it.
 */
export async function claimDueEmails(db: Db, now: Date, options: OutboxOptions = {}): Promise<OutgoingEmail[]> {
  const { leaseMs, batchSize } = { ...OUTBOX_DEFAULTS, ...options };
  const due: Prisma.OutboxMessageWhereInput = { status: "PENDING", nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  const candidates = await db.outboxMessage.findMany({
    where: due,
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: batchSize,
    select: { id: true, recipient: true, subject: true, text: true, attempts: true },
  });
  const claimed: OutgoingEmail[] = [];
  for (const candidate of candidates) {
    const { count } = await db.outboxMessage.updateMany({
      where: { id: candidate.id, attempts: candidate.attempts, ...due },
      data: { lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) claimed.push({ ...candidate, attempts: candidate.attempts + 1 });
  }
  return claimed;
}

export type DeliveryOutcome = "sent" | "retry" | "failed";

/** Sends one claimed message and records the outcome. */
export async function deliverEmail(db: Db, mailer: Mailer, email: OutgoingEmail, now: () => Date, options: OutboxOptions = {}): Promise<DeliveryOutcome> {
  try {
    await mailer.send(email);
  } catch (error) {
    const permanent = error instanceof PermanentMailError;
    const failedAt = now();
    await db.outboxMessage.update({
      where: { id: email.id },
      data: {
        status: permanent ? "FAILED" : "PENDING",
        lockedUntil: null,
        nextAttemptAt: new Date(failedAt.getTime() + retryDelayMs(email.attempts, options)),
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      },
    });
    return permanent ? "failed" : "retry";
  }
  await db.outboxMessage.update({
    where: { id: email.id },
    data: { status: "SENT", sentAt: now(), deliveredVia: mailer.channel, lockedUntil: null, lastError: null },
  });
  return "sent";
}

export interface OutboxRun {
  sent: number;
  retry: number;
  failed: number;
}

/** One pass of the worker: claim what is due and send it, one message at a time. */
export async function processOutbox(db: Db, mailer: Mailer, now: () => Date = () => new Date(), options: OutboxOptions = {}): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, retry: 0, failed: 0 };
  const emails = await claimDueEmails(db, now(), options);
  for (const email of emails) run[await deliverEmail(db, mailer, email, now, options)] += 1;
  return run;
}
