import "server-only";
import { notFound } from "next/navigation";
import { recordRefusal } from "@/lib/audit/refusals";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ErrorSubject } from "@/lib/errors";

/**
 * For a page that shows one object by id: the scoped look-up's result, or — when it found nothing in the user's
 * organisation or unit — the refusal in the audit log and the page's 404 (notFound()). Another organisation's object
 * and one that does not exist are the same answer to the user; only the audit log tells an administrator who tried.
 */
export async function foundInScope<T>(lookup: Promise<T | null>, user: SessionUser, subject: ErrorSubject): Promise<T> {
  const found = await lookup;
  if (found !== null) return found;
  await recordRefusal(user, { status: 404, subject });
  notFound();
}
