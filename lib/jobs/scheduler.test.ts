import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createScheduler, dueJobs, type ScheduledJob } from "./scheduler";

const HOUR = 60 * 60_000;
const at = (minutes: number) => new Date(Date.UTC(2027, 0, 1, 0, minutes));
const db = {} as Db;

afterEach(() => vi.restoreAllMocks());

describe("dueJobs", () => {
  it("runs a job at once the first time, then when its interval has passed", () => {
    const jobs = [{ name: "Retention", everyMs: HOUR }];
    expect(dueJobs(jobs, new Map(), at(0))).toEqual(jobs);
    const started = new Map([["Retention", at(0).getTime()]]);
    expect(dueJobs(jobs, started, at(59))).toEqual([]);
    expect(dueJobs(jobs, started, at(60))).toEqual(jobs);
  });
});

describe("createScheduler", () => {
  it("runs each job once per interval and logs one line only when it did something", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const results = ["Retention: pseudonymised 2 referrals", undefined];
    const run = vi.fn(async () => results.shift());
    const tick = createScheduler([{ name: "Retention", everyMs: HOUR, run }]);
    await tick(db, at(0));
    await tick(db, at(30));
    await tick(db, at(60));
    expect(run).toHaveBeenCalledTimes(2);
    expect(log.mock.calls).toEqual([["▸ Retention: pseudonymised 2 referrals"]]);
  });

  it("logs a failing job and still runs the others; the failed one is tried again after its interval", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing: ScheduledJob = { name: "Failing", everyMs: HOUR, run: vi.fn(async () => Promise.reject(new Error("database is down"))) };
    const other: ScheduledJob = { name: "Other", everyMs: HOUR, run: vi.fn(async () => undefined) };
    const tick = createScheduler([failing, other]);
    await tick(db, at(0));
    await tick(db, at(1));
    expect(error.mock.calls).toEqual([["✖ Failing: database is down (trying again in 60 min)"]]);
    expect(other.run).toHaveBeenCalledTimes(1);
    await tick(db, at(60));
    expect(failing.run).toHaveBeenCalledTimes(2);
  });

  it("runs a job of interval 0 at every tick, and says a failed one is tried again shortly", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const run = vi.fn(async () => Promise.reject(new Error("mail server is down")));
    const tick = createScheduler([{ name: "Notifications", everyMs: 0, run }]);
    await tick(db, at(0));
    await tick(db, at(0));
    expect(run).toHaveBeenCalledTimes(2);
    expect(error.mock.calls[0]).toEqual(["✖ Notifications: mail server is down (trying again shortly)"]);
  });
});
