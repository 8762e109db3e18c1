import { EventEmitter, once } from "node:events";
import { createServer, request as httpRequest, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createInFlightLimit, DEFAULT_MAX_REQUESTS_IN_FLIGHT, parseMaxRequestsInFlight, untilAnsweredOrGone } from "./in-flight-limit.mjs";

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

describe("untilAnsweredOrGone", () => {
  /**
   * A server of one place, as scripts/serve.mjs runs it: "/stuck" starts its answer and never settles, as Next.js's
   * answer of a public file does when its client disconnects; "/ok" answers at once.
   */
  async function serverOfOnePlace() {
    const limit = createInFlightLimit(1);
    const handle = (url: string | undefined, response: ServerResponse) =>
      url === "/stuck" ? new Promise<void>(() => response.write("partial")) : Promise.resolve(void response.end("ok"));
    const server = createServer((request, response) => {
      void limit.run(() => untilAnsweredOrGone(response, handle(request.url, response)));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return { limit, server, port: (server.address() as AddressInfo).port };
  }

  it("frees the place of an answer whose client went away, so the next request is answered", async () => {
    const { limit, server, port } = await serverOfOnePlace();
    try {
      const stuck = httpRequest({ port, host: "127.0.0.1", path: "/stuck" });
      stuck.on("error", () => {});
      stuck.end();
      const [response] = (await once(stuck, "response")) as [NodeJS.ReadableStream];
      await once(response, "data");
      expect(limit.running).toBe(1);
      stuck.destroy();

      const answer = await fetch(`http://127.0.0.1:${port}/ok`);
      expect(await answer.text()).toBe("ok");
      expect([limit.running, limit.waiting]).toEqual([0, 0]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("settles as the answer does while the client stays", async () => {
    const closes = new EventEmitter();
    await expect(untilAnsweredOrGone(closes as unknown as ServerResponse, Promise.resolve("answered"))).resolves.toBe("answered");
    await expect(untilAnsweredOrGone(closes as unknown as ServerResponse, Promise.reject(new Error("render failed")))).rejects.toThrow("render failed");
    expect(closes.listenerCount("close")).toBe(0);
  });
});
