// The JavaScript a first visit loads: `path` opened in Chromium with an empty cache, every script response counted by
// the bytes that came over the wire (its encoded, i.e. compressed, body) and by its size once decoded.

export async function measureFirstLoadJs(base, path) {
  const { chromium } = await import("playwright");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    // A new context has an empty cache.
    const page = await (await browser.newContext()).newPage();
    const scripts = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request);
    });
    const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()} in Chromium`);
    const measured = await Promise.all(
      scripts.map(async (request) => {
        const answer = await request.response();
        const [sizes, body] = await Promise.all([request.sizes(), answer.body()]);
        return { url: new URL(request.url()).pathname, encoded: sizes.responseBodySize, decoded: body.length, encoding: answer.headers()["content-encoding"] ?? "none" };
      }),
    );
    measured.sort((a, b) => b.encoded - a.encoded);
    return {
      path,
      scripts: measured.length,
      encodedBytes: measured.reduce((sum, script) => sum + script.encoded, 0),
      decodedBytes: measured.reduce((sum, script) => sum + script.decoded, 0),
      uncompressed: measured.filter((script) => script.encoding === "none").length,
      largest: measured.slice(0, 5),
    };
  } finally {
    await browser.close();
  }
}
