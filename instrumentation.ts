// Runs once when the server starts (Node.js runtime only): see lib/startup-check.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartup } = await import("./lib/startup-check");
    await checkStartup();
  }
}
