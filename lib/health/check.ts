import "server-only";
import { getDb } from "@/lib/db";

export type Health = { status: "ok"; database: "ok" } | { status: "error"; database: "error"; reason: string };

export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: "ok" };
  } catch (error) {
    return { status: "error", database: "error", reason: describeDatabaseError(error) };
  }
}

/** One line a person can act on, instead of a driver's stack trace. */
export function describeDatabaseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code ?? (error as { cause?: { code?: string } } | null)?.cause?.code;
  if (code === "ECONNREFUSED" || /ECONNREFUSED/.test(message)) return "The database server refused the connection (is PostgreSQL running at DATABASE_URL?)";
  if (code === "ENOTFOUND" || /ENOTFOUND|getaddrinfo/.test(message)) return "The database host in DATABASE_URL was not found";
  if (code === "3D000" || /does not exist/.test(message)) return "The database in DATABASE_URL does not exist";
  if (code === "28P01" || code === "28000" || /authentication/.test(message)) return "The database refused the user or password in DATABASE_URL";
  return `The database did not answer: ${message.split("\n")[0]}`;
}
