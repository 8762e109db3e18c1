// Types of in-flight-limit.mjs (plain JavaScript, so that the server entry runs it unbuilt).

export const DEFAULT_MAX_REQUESTS_IN_FLIGHT: number;
export function parseMaxRequestsInFlight(text: string | null | undefined): number;

export interface InFlightLimit {
  readonly running: number;
  readonly waiting: number;
  run<T>(task: () => Promise<T>): Promise<T>;
}
export function createInFlightLimit(limit: number): InFlightLimit;
export function untilAnsweredOrGone<T>(response: import("node:http").ServerResponse, handling: Promise<T>): Promise<T | undefined>;
