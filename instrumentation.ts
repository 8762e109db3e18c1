// Runs once when the server starts (Node.js runtime only): see lib/startup-check.ts, then the background worker
// (lib/jobs/worker.ts: notifications and retention).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    await checkStartup();
    const { startBackgroundWorker } = await import("./lib/jobs/worker");
    startBackgroundWorker();
  }
}
