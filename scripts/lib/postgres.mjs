// PostgreSQL helpers for the set-up scripts and the test harness. Imports `pg` lazily: it exists only after npm install.

export function describeUrl(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Same server, another database name. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function connect(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
}

/** Resolves to null when the server answers, or to one line saying what is wrong. */
export async function checkServer(url) {
  try {
    const client = await connect(url);
    await client.end();
    return null;
  } catch (error) {
    const code = error.code ?? error.errors?.[0]?.code;
    if (code === "ECONNREFUSED") return `nothing answers at ${describeUrl(url)} (connection refused)`;
    if (code === "ENOTFOUND") return `the host in ${describeUrl(url)} was not found`;
    if (code === "3D000") return `the database ${describeUrl(url)} does not exist`;
    if (code === "28P01" || code === "28000") return `the server at ${describeUrl(url)} refused the user or password`;
    return `${describeUrl(url)}: ${error.message}`;
  }
}

export async function createDatabase(serverUrl, name) {
  const client = await connect(serverUrl);
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl, name) {
  const client = await connect(serverUrl);
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
