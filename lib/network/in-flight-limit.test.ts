import { describe, expect, it } from "vitest";
import { createInFlightLimit, DEFAULT_MAX_REQUESTS_IN_FLIGHT, parseMaxRequestsInFlight } from "./in-flight-limit.mjs";

/** A task that finishes when told to, recording when it started. */
function deferredTask(name: string, started: string[]) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    task: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
    fail: (error: Error) => fail(error),
  };
}

type Task = ReturnType<typeof deferredTask>;

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("MAX_REQUESTS_IN_FLIGHT", () => {
  it("takes a whole number from 1 to 100, the default when unset or empty", () => {
    expect(parseMaxRequestsInFlight(undefined)).toBe(DEFAULT_MAX_REQUESTS_IN_FLIGHT);
    expect(parseMaxRequestsInFlight(" ")).toBe(DEFAULT_MAX_REQUESTS_IN_FLIGHT);
    expect(parseMaxRequestsInFlight(" 8 ")).toBe(8);
    expect(parseMaxRequestsInFlight("1")).toBe(1);
    expect(parseMaxRequestsInFlight("100")).toBe(100);
  });

  it("refuses anything else, naming the value", () => {
    for (const text of ["0", "101", "-2", "4.5", "many"]) expect(() => parseMaxRequestsInFlight(text)).toThrow(`"${text}"`);
  });
});

describe("createInFlightLimit", () => {
  it("runs at most `limit` tasks at once and starts the waiting ones in arrival order", async () => {
    const limit = createInFlightLimit(2);
    const started: string[] = [];
    const [a, b, c, d] = ["a", "b", "c", "d"].map((name) => deferredTask(name, started)) as [Task, Task, Task, Task];
    const results = [a, b, c, d].map((task) => limit.run(task.task));
    await settle();
    expect(started).toEqual(["a", "b"]);
    expect([limit.running, limit.waiting]).toEqual([2, 2]);

    b.finish();
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
    a.finish();
    await settle();
    expect(started).toEqual(["a", "b", "c", "d"]);
    expect([limit.running, limit.waiting]).toEqual([2, 0]);

    c.finish();
    d.finish();
    await expect(Promise.all(results)).resolves.toEqual(["a", "b", "c", "d"]);
    expect([limit.running, limit.waiting]).toEqual([0, 0]);
  });

  it("passes a task's failure on and frees its place for the next", async () => {
    const limit = createInFlightLimit(1);
    const started: string[] = [];
    const failing = deferredTask("failing", started);
    const next = deferredTask("next", started);
    const failed = limit.run(failing.task);
    const later = limit.run(next.task);
    await settle();
    expect(started).toEqual(["failing"]);

    failing.fail(new Error("render failed"));
    await expect(failed).rejects.toThrow("render failed");
    await settle();
    expect(started).toEqual(["failing", "next"]);
    next.finish();
    await expect(later).resolves.toBe("next");
    expect(limit.running).toBe(0);
  });
});
