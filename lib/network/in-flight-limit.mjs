// How many requests one server process works on at once (MAX_REQUESTS_IN_FLIGHT; decision 018). Requests beyond the
// limit wait in arrival order and start as earlier ones finish. Next.js would otherwise start every request at once:
// under load, fifty page renders share the one JavaScript thread, each finishes only when nearly all have, and their
// garbage fills the heap together. Plain JavaScript, because the server entry (scripts/serve.mjs) runs it unbuilt.

export const DEFAULT_MAX_REQUESTS_IN_FLIGHT = 4;
const MAX = 100;

/** MAX_REQUESTS_IN_FLIGHT: a whole number 1–100; unset or empty: the default. Throws an Error saying what is wrong. */
export function parseMaxRequestsInFlight(text) {
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") return DEFAULT_MAX_REQUESTS_IN_FLIGHT;
  const limit = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(limit >= 1 && limit <= MAX)) throw new Error(`MAX_REQUESTS_IN_FLIGHT: "${trimmed}" is not a whole number from 1 to ${MAX}`);
  return limit;
}

/**
 * A first-come, first-served gate for at most `limit` tasks at a time: `run(task)` starts the task at once when a place
 * is free, else when its turn comes, and resolves or rejects as the task does; a failed task frees its place too.
 */
export function createInFlightLimit(limit) {
  let running = 0;
  const waiting = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    async run(task) {
      if (running < limit) running++;
      else await new Promise((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/**
 * Settles as `handling` does, or once `response` has closed without it: the client went away mid-answer. A place in the
 * limit is held until then, never longer. Next.js's answer of a file in public/ never settles when its client
 * disconnects during it, and every such place would be lost for good: after MAX_REQUESTS_IN_FLIGHT aborted downloads
 * the server would answer nothing but its build's files.
 */
export function untilAnsweredOrGone(response, handling) {
  return new Promise((resolve, reject) => {
    const gone = () => resolve(undefined);
    response.once("close", gone);
    handling.then(
      (value) => {
        response.off("close", gone);
        resolve(value);
      },
      (error) => {
        response.off("close", gone);
        reject(error);
      },
    );
  });
}
