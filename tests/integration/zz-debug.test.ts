import { it } from "vitest";
import { writeFileSync } from "node:fs";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { offerSearchSchema } from "@/lib/search/schemas";
import { rankOffers } from "@/lib/search/search-offers";
it("debug", async () => {
  const db = await getDb(); await seedDemoData(db);
  const slug = new Map((await db.offer.findMany({ select: { id: true, slug: true } })).map((o) => [o.id, o.slug]));
  const out: string[] = [];
  for (const q of (process.env.QS ?? "").split("|")) {
    const r = await rankOffers(offerSearchSchema.parse({ q }));
    out.push(`${q} ${JSON.stringify(r.corrections)} ${r.ids.slice(0, 5).map((id) => slug.get(id)).join(",")}`);
  }
  writeFileSync("/tmp/w/debug.txt", out.join("\n"));
});
