// When offer data can be trusted: a waiting time not updated for 60 days is shown as possibly out of date.
export const STALE_AFTER_DAYS = 60;
const DAY = 24 * 60 * 60 * 1000;

export function isStale(updatedAt: Date, now: Date): boolean {
  return now.getTime() - updatedAt.getTime() > STALE_AFTER_DAYS * DAY;
}

export function isNew(newUntil: Date | null, now: Date): boolean {
  return newUntil !== null && newUntil > now;
}
