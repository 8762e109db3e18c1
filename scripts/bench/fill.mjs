// Fills a demo-seeded database to city scale in a few seconds, deterministically, with bulk SQL only: the demo offers
// copied to ~10,000 (with their needs, places and search fields), 100,000 referrals copied round-robin from the demo
// referrals (with their needs, events and social profiles, each moved back in time by up to a year, their clocks with
// them and escalated as the job would have), one practice with
// 5,000 of them (the demo GP's), drafts and audit rows. Every row it adds has an id starting with "bench-".

/** The column list of `table`, each column taken from the alias `from` unless `overrides` gives an SQL expression (or null: left to its default). */
async function copyRows(client, table, source, overrides) {
  const { rows } = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table]);
  const columns = rows.map((row) => row.column_name).filter((column) => overrides[column] !== null);
  const values = columns.map((column) => overrides[column] ?? `s."${column}"`);
  const result = await client.query(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) SELECT ${values.join(", ")} FROM ${source} s`);
  return result.rowCount;
}

export async function fillCityScale(client, { offers = 10_000, referrals = 100_000, practices = 350, practiceShare = 20 } = {}) {
  const counts = {};
  const demoOffers = Number((await client.query(`SELECT count(*) FROM "Offer"`)).rows[0].count);
  const copies = Math.max(0, Math.ceil(offers / demoOffers) - 1);
  const offerCopies = `(SELECT o.*, g FROM "Offer" o CROSS JOIN generate_series(1, ${copies}) g)`;
  const copyId = (prefix) => `'bench-${prefix}-' || s.g || '-' || s.id`;
  counts.offers = demoOffers + (await copyRows(client, "Offer", offerCopies, { id: copyId("offer"), slug: `s.slug || '-b' || s.g` }));
  await client.query(`INSERT INTO "_NeedToOffer" ("A", "B") SELECT n."A", 'bench-offer-' || g || '-' || n."B" FROM "_NeedToOffer" n CROSS JOIN generate_series(1, ${copies}) g`);
  const locations = `(SELECT l.*, g FROM "OfferLocation" l CROSS JOIN generate_series(1, ${copies}) g)`;
  await copyRows(client, "OfferLocation", locations, { id: copyId("location"), offerId: `'bench-offer-' || s.g || '-' || s."offerId"` });

  await client.query(`INSERT INTO "Organisation" (id, type, name, email, "isDemo")
    SELECT 'bench-org-' || g, 'GP_PRACTICE', 'Benchpraksis ' || g, 'bench-' || g || '@praksis.test', true FROM generate_series(1, ${practices}) g`);
  await client.query(`INSERT INTO "User" (id, email, name, role, "organisationId", "isDemo")
    SELECT 'bench-user-' || g, 'gp-' || g || '@bench.test', 'Læge ' || g, 'GP', 'bench-org-' || g, true FROM generate_series(1, ${practices}) g`);
  // CPR numbers the demo data and the referrals sent during a run cannot have (sequence digits 5000 and up).
  await client.query(`INSERT INTO "Citizen" (id, cpr, "isDemo", "updatedAt")
    SELECT 'bench-citizen-' || g, to_char(date '1900-01-01' + (g % 14000), 'DDMMYY') || lpad((5000 + g / 14000)::text, 4, '0'), true, now()
    FROM generate_series(1, ${referrals}) g`);

  // Referral g is a copy of demo referral (g mod n), moved back by `shift`; every practiceShare-th belongs to the demo GP.
  await client.query(`CREATE TEMP TABLE bench_template AS SELECT r.*, row_number() OVER (ORDER BY r.number) - 1 AS rn FROM "Referral" r`);
  const demoReferrals = Number((await client.query(`SELECT count(*) FROM bench_template`)).rows[0].count);
  const templates = `(SELECT g, (g % 365) * interval '1 day' + (g % 1440) * interval '1 minute' AS shift, t.*
    FROM generate_series(1, ${referrals}) g JOIN bench_template t ON t.rn = g % ${demoReferrals})`;
  await client.query(`CREATE TEMP TABLE bench_copy AS ${templates}`);
  await client.query(`ANALYZE bench_copy`);
  const copiesOf = (joined) => `(SELECT x.*, t.g, t.shift FROM bench_copy t ${joined})`;
  const practiceOf = (gp, bench) => `CASE WHEN s.g % ${practiceShare} = 0 THEN '${gp}' ELSE '${bench}-' || (1 + s.g % ${practices}) END`;
  const shifted = (column) => `s."${column}" - s.shift`;
  counts.referrals = await copyRows(client, "Referral", "bench_copy", {
    id: `'bench-referral-' || s.g`,
    number: null,
    idempotencyKey: `'bench-referral-' || s.g`,
    citizenId: `'bench-citizen-' || s.g`,
    citizenName: `'Borger ' || s.g`,
    referrerOrganisationId: practiceOf("demo-org-practice-noerrebro", "bench-org"),
    referrerUserId: practiceOf("demo-user-gp", "bench-user"),
    responsibleGpId: practiceOf("demo-user-gp", "bench-user"),
    parentReferralId: "NULL",
    sentAt: shifted("sentAt"),
    createdAt: shifted("createdAt"),
    updatedAt: shifted("updatedAt"),
    closedAt: shifted("closedAt"),
    consentAt: shifted("consentAt"),
    clockStartedAt: shifted("clockStartedAt"),
    dueAt: shifted("dueAt"),
    escalateAt: shifted("escalateAt"),
    // Where the escalation job (lib/escalation) would have left the copy, had the portal run all along: reminded once
    // due, escalated once its escalation time passed — not a backlog for the job to work through during the run.
    escalation: `CASE WHEN s."clockStep" IS NULL THEN s.escalation
      WHEN ${shifted("escalateAt")} <= now() AND s."clockStep" <> 'FOLLOW_UP' THEN 'ESCALATED'::"Escalation"
      WHEN ${shifted("dueAt")} <= now() THEN 'REMINDED'::"Escalation"
      ELSE 'NONE'::"Escalation" END`,
  });
  await client.query(`INSERT INTO "_NeedToReferral" ("A", "B")
    SELECT nr."A", 'bench-referral-' || t.g FROM bench_copy t JOIN "_NeedToReferral" nr ON nr."B" = t.id`);
  counts.events = await copyRows(client, "ReferralEvent", copiesOf(`JOIN "ReferralEvent" x ON x."referralId" = t.id`), {
    id: copyId("event"),
    referralId: `'bench-referral-' || s.g`,
    createdAt: shifted("createdAt"),
  });
  counts.socialProfiles = await copyRows(client, "SocialProfile", copiesOf(`JOIN "SocialProfile" x ON x."referralId" = t.id`), {
    id: copyId("profile"),
    referralId: `'bench-referral-' || s.g`,
  });
  counts.drafts = (await client.query(`INSERT INTO "ReferralDraft" (id, "idempotencyKey", "userId", "organisationId", data, "updatedAt")
    SELECT 'bench-draft-' || g, 'bench-draft-' || g,
           CASE WHEN g % 10 = 0 THEN 'demo-user-gp' ELSE 'bench-user-' || (1 + g % ${practices}) END,
           CASE WHEN g % 10 = 0 THEN 'demo-org-practice-noerrebro' ELSE 'bench-org-' || (1 + g % ${practices}) END,
           jsonb_build_object('citizenName', 'Borger ' || g, 'needsText', 'Har brug for hjælp til at komme i gang'), now() - g * interval '1 minute'
    FROM generate_series(1, ${Math.round(referrals / 50)}) g`)).rowCount;
  counts.auditRows = (await client.query(`INSERT INTO "AuditLog" (id, at, "userId", "organisationId", role, action, "entityType", "entityId", "citizenId", ip)
    SELECT 'bench-audit-' || g, now() - g * interval '10 seconds', 'bench-user-' || (1 + g % ${practices}), 'bench-org-' || (1 + g % ${practices}), 'GP',
           'referral.read', 'Referral', 'bench-referral-' || (1 + g % ${referrals}), 'bench-citizen-' || (1 + g % ${referrals}), '127.0.0.1'
    FROM generate_series(1, ${referrals * 2}) g`)).rowCount;
  await client.query("DROP TABLE bench_template, bench_copy");
  await client.query("ANALYZE");
  return counts;
}
