// Runs once when the server starts (Node.js runtime only): see lib/startup-check.ts, then the notification worker
// (lib/notifications/worker.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    await checkStartup();
    const { startNotificationWorker } = await import("./lib/notifications/worker");
    startNotificationWorker();
  }
}
