import "server-only";
import nodemailer from "nodemailer";
import { PermanentMailError, type Mailer, type OutgoingEmail } from "./outbox";

export const DEFAULT_SENDER = "Henvisningsportalen <ikke-svar@henvisningsportalen.kk.dk>";

/** SMTP replies that will not change by trying again: the mailbox or address is refused. */
const PERMANENT_SMTP_CODES = new Set([550, 551, 552, 553]);

/**
 * Sends over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example:587). Every attempt of a message carries the same
 * Message-ID, so a receiving server or mail client can drop a copy if a worker died between "250 OK" and recording it.
 */
export function smtpMailer(smtpUrl: string, sender = DEFAULT_SENDER): Mailer {
  // Short timeouts: a hung mail server must fail the attempt well within the worker's lease.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }, { from: sender });
  return {
    channel: "SMTP",
    async send(email: OutgoingEmail) {
      try {
        await transport.sendMail({
          to: email.recipient,
          subject: email.subject,
          text: email.text,
          messageId: `<${email.id}@henvisningsportalen.kk.dk>`,
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        if (code !== undefined && PERMANENT_SMTP_CODES.has(code)) throw new PermanentMailError((error as Error).message);
        throw error;
      }
    },
  };
}

/** Without SMTP_URL (development, demo): mail is "delivered" to the dev outbox page (/udbakke) and nowhere else. */
export const devOutboxMailer: Mailer = {
  channel: "DEV_OUTBOX",
  async send() {},
};
