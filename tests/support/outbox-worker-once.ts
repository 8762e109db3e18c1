// One pass of the outbox worker in its own process, so a test can kill it mid-send (SIGKILL): the real "worker died".
// Usage: tsx --conditions=react-server tests/support/outbox-worker-once.ts <smtp-url>   (DATABASE_URL in the environment)
import { closeDb, getDb } from "@/lib/db";
import { smtpMailer } from "@/lib/notifications/mailer";
import { processOutbox } from "@/lib/notifications/outbox";

const db = await getDb();
console.log(JSON.stringify(await processOutbox(db, smtpMailer(process.argv[2]!))));
await closeDb();
