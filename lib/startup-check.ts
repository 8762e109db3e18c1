import "server-only";
import { ConfigError, getConfig } from "./config";
import { checkHealth } from "./health/check";

/** Bad configuration or an unreachable database stops the server with one clear line instead of a stack trace. */
export async function checkStartup(): Promise<void> {
  try {
    getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`✖ Configuration: ${error.message}`);
    process.exit(1);
  }
  const health = await checkHealth();
  if (health.status !== "ok") {
    console.error(`✖ Database: ${health.reason}`);
    process.exit(1);
  }
}
