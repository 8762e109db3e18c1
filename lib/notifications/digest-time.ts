// When the daily digest goes out: at DIGEST_HOUR o'clock Copenhagen time, once per organisation and day.
import { copenhagenDay, copenhagenHour } from "@/lib/time/copenhagen";

export const DIGEST_HOUR = 7;

/** The Copenhagen calendar day (YYYY-MM-DD) whose digest is due at `now`, or null before the digest hour of the day. */
export function dueDigestDay(now: Date, hour = DIGEST_HOUR): string | null {
  return copenhagenHour(now) < hour ? null : copenhagenDay(now);
}
