// A real SMTP server in the test process (smtp-server, the Nodemailer project's server): the portal talks real SMTP to it.
import type { Socket } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  port: number;
  url: string;
  /** Mail the server accepted (answered 250 to). */
  accepted: ReceivedMail[];
  /** Resolves with the next accepted mail matching `predicate` (already accepted ones count). */
  waitFor(predicate: (mail: ReceivedMail) => boolean): Promise<ReceivedMail>;
  /** Resolves when a client has sent a whole message that the server has not answered yet (mode "hold"). */
  held: Promise<void>;
  close(): Promise<void>;
}

export interface SmtpServerOptions {
  port?: number;
  /** "accept" (default); "hold": read the message but never answer, like a server that hangs; a function: answer each message with an SMTP error code, or accept when it returns undefined. */
  mode?: "accept" | "hold" | ((attempt: number) => number | undefined);
}

export async function startSmtpServer({ port = 0, mode = "accept" }: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const accepted: ReceivedMail[] = [];
  const waiters: { predicate: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }[] = [];
  const sockets = new Set<Socket>();
  let markHeld: () => void = () => {};
  const held = new Promise<void>((resolve) => (markHeld = resolve));
  let attempts = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      attempts += 1;
      const attempt = attempts;
      simpleParser(stream).then((parsed) => {
        if (mode === "hold") return markHeld();
        const code = typeof mode === "function" ? mode(attempt) : undefined;
        if (code !== undefined) return callback(Object.assign(new Error(`Test server refuses (${code})`), { responseCode: code }));
        const mail: ReceivedMail = {
          messageId: parsed.messageId ?? "",
          to: [parsed.to].flat().map((address) => address?.text ?? "").join(", "),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
        };
        accepted.push(mail);
        for (const waiter of waiters.filter((w) => w.predicate(mail))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(mail);
        }
        callback();
      }, callback);
    },
  });
  server.server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    port: boundPort,
    url: `smtp://127.0.0.1:${boundPort}`,
    accepted,
    held,
    waitFor(predicate) {
      const found = accepted.find(predicate);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ predicate, resolve }));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A local port nothing listens on: "the mail server is down". */
export async function closedPort(): Promise<number> {
  const server = await startSmtpServer();
  await server.close();
  return server.port;
}
