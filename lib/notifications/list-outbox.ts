import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The test outbox (/udbakke): without SMTP_URL the worker keeps e-mails here instead of sending them, so a demo or a
// test can read what the practice would have received.

/** How many of the newest messages the page shows. */
export const OUTBOX_PAGE_SIZE = 100;

/** True while no mail server is configured: e-mails go to the test outbox, and its page exists. */
export function isDevOutboxOn(): boolean {
  return getConfig().smtpUrl === undefined;
}

/** An administrator reads every organisation's messages; everyone else only their own organisation's. */
function outboxScope(user: SessionUser): Prisma.OutboxMessageWhereInput {
  return user.role === "ADMIN" ? {} : { organisationId: user.organisationId };
}

/** The newest messages that are or will be kept in the test outbox (not those once sent through a mail server). */
export async function listOutboxMessages(user: SessionUser, take = OUTBOX_PAGE_SIZE) {
  const db = await getDb();
  return db.outboxMessage.findMany({
    where: { ...outboxScope(user), OR: [{ deliveredVia: null }, { deliveredVia: "DEV_OUTBOX" }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      recipient: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      organisation: { select: { name: true } },
    },
  });
}

export type OutboxMessageRow = Awaited<ReturnType<typeof listOutboxMessages>>[number];
