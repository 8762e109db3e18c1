import { spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { smtpMailer } from "@/lib/notifications/mailer";
import { claimDueEmails, OUTBOX_DEFAULTS, processOutbox } from "@/lib/notifications/outbox";
import { closedPort, startSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

// The outbox worker against a real SMTP conversation (an in-process SMTP server) on a database of its own, so no other
// spec's mail is in the outbox: a mail server that is down delays mail but never loses it, and nothing is sent twice —
// not when the worker dies mid-send, not when two workers run at once. Time is passed in, never waited for.

let database: { name: string; url: string };
let db: PrismaClient;
let organisationId: string;
const servers: TestSmtpServer[] = [];

async function smtp(options?: Parameters<typeof startSmtpServer>[0]) {
  const server = await startSmtpServer(options);
  servers.push(server);
  return server;
}

async function queue(subject = "Henvisning nr. 1: modtaget") {
  return db.outboxMessage.create({
    data: { dedupeKey: `test:${crypto.randomUUID()}`, organisationId, recipient: "praksis@test.example", subject, text: "Der er nyt." },
  });
}

const sentCopies = (server: TestSmtpServer, id: string) => server.accepted.filter((mail) => mail.messageId === `<${id}@henvisningsportalen.kk.dk>`).length;
const at = (base: Date, ms: number) => () => new Date(base.getTime() + ms);

beforeAll(async () => {
  database = await createTestDatabase("portal_outbox");
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  organisationId = (await db.organisation.create({ data: { type: "GP_PRACTICE", name: "Testpraksis", email: "praksis@test.example" } })).id;
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await db?.$disconnect();
  if (database) await dropTestDatabase(database.name);
});

describe("the outbox worker", () => {
  it("sends a queued e-mail once, over SMTP, and records it", async () => {
    const server = await smtp();
    const message = await queue();
    expect(await processOutbox(db, smtpMailer(server.url))).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(await processOutbox(db, smtpMailer(server.url))).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(sentCopies(server, message.id)).toBe(1);
    expect(server.accepted[0]).toMatchObject({ to: "praksis@test.example", subject: "Henvisning nr. 1: modtaget" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 1, deliveredVia: "SMTP", lockedUntil: null });
  });

  it("keeps the mail while the mail server is down and sends exactly one once it is back", async () => {
    const port = await closedPort();
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`);
    const message = await queue();
    const t0 = new Date();

    expect(await processOutbox(db, mailer, at(t0, 0))).toEqual({ sent: 0, retry: 1, failed: 0 });
    const afterFirst = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(afterFirst).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(afterFirst.lastError).toMatch(/ECONNREFUSED/);
    expect(afterFirst.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);

    // Not due yet: left alone. Then the second try fails too and the wait doubles.
    expect(await processOutbox(db, mailer, at(t0, 29_000))).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(await processOutbox(db, mailer, at(t0, 30_000))).toEqual({ sent: 0, retry: 1, failed: 0 });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).nextAttemptAt.getTime()).toBe(t0.getTime() + 90_000);

    const server = await smtp({ port });
    expect(await processOutbox(db, mailer, at(t0, 90_000))).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(await processOutbox(db, mailer, at(t0, 10 * 3_600_000))).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(sentCopies(server, message.id)).toBe(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 3 });
  });

  it("tries again after a temporary refusal (4xx) and gives up at once on a refused address (5xx)", async () => {
    const server = await smtp({ mode: (attempt) => (attempt === 1 ? 451 : attempt === 3 ? 550 : undefined) });
    const mailer = smtpMailer(server.url);
    const temporary = await queue("temporary");
    const t0 = new Date();
    expect(await processOutbox(db, mailer, at(t0, 0))).toEqual({ sent: 0, retry: 1, failed: 0 });
    expect(await processOutbox(db, mailer, at(t0, 30_000))).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(sentCopies(server, temporary.id)).toBe(1);

    const refused = await queue("refused");
    expect(await processOutbox(db, mailer, at(t0, 30_000))).toEqual({ sent: 0, retry: 0, failed: 1 });
    expect(await processOutbox(db, mailer, at(t0, 10 * 3_600_000))).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ status: "FAILED", attempts: 1 });
  });

  it("sends nothing twice when the worker process is killed mid-send and another worker takes over", async () => {
    const hanging = await smtp({ mode: "hold" });
    const message = await queue();
    const worker = spawn("npx", ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", "tests/support/outbox-worker-once.ts", hanging.url], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    await hanging.held; // the whole message is on the wire, the "250 OK" has not come
    const killedAt = new Date();
    worker.kill("SIGKILL");
    await exited;
    await hanging.close();
    expect(hanging.accepted).toHaveLength(0);
    const leased = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(leased).toMatchObject({ status: "PENDING", attempts: 1 });

    // The restarted worker leaves it while the dead worker's lease runs, then sends it once.
    const server = await smtp();
    const mailer = smtpMailer(server.url);
    expect(await processOutbox(db, mailer, at(killedAt, 0))).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(await processOutbox(db, mailer, at(killedAt, OUTBOX_DEFAULTS.leaseMs + 1_000))).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(await processOutbox(db, mailer, at(killedAt, 10 * OUTBOX_DEFAULTS.leaseMs))).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(sentCopies(server, message.id)).toBe(1);
  });

  it("lets two workers running at once take each message exactly once", async () => {
    const messages = await Promise.all(Array.from({ length: 30 }, (_, index) => queue(`parallel ${index}`)));
    const now = new Date(Date.now() + 1_000);
    const [first, second] = await Promise.all([claimDueEmails(db, now, { batchSize: 30 }), claimDueEmails(db, now, { batchSize: 30 })]);
    const claimed = [...first, ...second].map((email) => email.id).sort();
    expect(claimed).toEqual(messages.map((message) => message.id).sort());

    const server = await smtp();
    const pass = () => processOutbox(db, smtpMailer(server.url), at(now, OUTBOX_DEFAULTS.leaseMs), { batchSize: 30 });
    const runs = await Promise.all([pass(), pass()]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(30);
    for (const message of messages) expect(sentCopies(server, message.id)).toBe(1);
  });
});
