// What every bench mode measures with: percentiles of answered requests, and the RSS of a server's process tree.
import { readdirSync, readFileSync } from "node:fs";

export const KB = 1000;
export const MB = 1024 * 1024;

/** p50/p95/p99 (ms) and requests per second of the answered requests; `errors` as counted by the caller. */
export function percentiles(latencies, durationMs, errors = 0) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  // Nothing answered: the run failed, and no budget can be met by it.
  if (sorted.length === 0) return { requests: 0, p50: Infinity, p95: Infinity, p99: Infinity, perSecond: 0, errors };
  return { requests: sorted.length, p50: at(50), p95: at(95), p99: at(99), perSecond: sorted.length / (durationMs / 1000), errors };
}

/** The process `rootPid` and its descendants. */
function processTree(rootPid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while listing.
    }
  }
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i += 1) pids.push(...(children.get(pids[i]) ?? []));
  return pids;
}

/** RSS in bytes of the process tree of `rootPid` now. */
export function treeRss(rootPid) {
  return processTree(rootPid).reduce((sum, pid) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      return sum;
    }
  }, 0);
}

/** Samples the RSS of `rootPid`'s process tree every 200 ms; `peak` is the highest sample until stop(). */
export function sampleRss(rootPid) {
  const sampler = { idle: 0, peak: 0, current: () => treeRss(rootPid) };
  const timer = setInterval(() => (sampler.peak = Math.max(sampler.peak, sampler.current())), 200);
  sampler.stop = () => clearInterval(timer);
  return sampler;
}

/**
 * One autocannon run against `base`, bounded by `duration` (s) or `amount` (requests). Resolves to the latencies of the
 * answered requests (status < 300), the failures (other statuses, errors, timeouts) and the run's length in ms.
 */
export async function driveHttp(autocannon, { base, connections, duration, amount, headers, requests }) {
  const latencies = [];
  let failed = 0;
  const bound = amount ? { amount } : { duration };
  const instance = autocannon({ url: base, connections, ...bound, timeout: 60, headers, requests });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 300) failed += 1;
    else latencies.push(responseTime);
  });
  const result = await instance;
  return { latencies, failed: failed + result.errors + result.timeouts, durationMs: result.duration * 1000 };
}
