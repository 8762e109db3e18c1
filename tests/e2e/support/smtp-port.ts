// The e2e server sends its mail to an in-process SMTP server that a spec starts on this port (see playwright.config.ts).
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? e2ePort + 25);
