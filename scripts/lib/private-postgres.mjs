// A PostgreSQL server of its own, in a temporary folder, for the load test: it can be restarted mid-run without
// disturbing the machine's server. Uses the installed PostgreSQL binaries; as root, runs them as the postgres user.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function binDir() {
  try {
    return execFileSync("pg_config", ["--bindir"]).toString().trim();
  } catch {
    const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
    if (versions.length === 0) throw new Error("No PostgreSQL binaries found (pg_config or /usr/lib/postgresql/*/bin)");
    return join("/usr/lib/postgresql", versions[0], "bin");
  }
}

export function startPrivatePostgres(port) {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), "portal-load-pg-"));
  const asRoot = process.getuid?.() === 0;
  const runPg = (tool, args) => {
    const command = asRoot ? "runuser" : join(bin, tool);
    const fullArgs = asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    const { uid, gid } = userIds("postgres");
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  runPg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const pgCtlArgs = (action, extra = []) => [action, "-D", data, "-w", "-l", join(dir, "server.log"), "-o", options, ...extra];
  const pgCtl = (action, extra) => runPg("pg_ctl", pgCtlArgs(action, extra));
  pgCtl("start");
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    /** Like a crash: stopped without a checkpoint (recovery from the WAL on start), every connection cut, then up again. */
    async restart() {
      const args = pgCtlArgs("restart", ["-m", "immediate"]);
      await promisify(execFile)(asRoot ? "runuser" : join(bin, "pg_ctl"), asRoot ? ["-u", "postgres", "--", join(bin, "pg_ctl"), ...args] : args);
    },
    stop() {
      try {
        pgCtl("stop", ["-m", "immediate"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function userIds(name) {
  const line = execFileSync("getent", ["passwd", name]).toString().split(":");
  return { uid: Number(line[2]), gid: Number(line[3]) };
}
