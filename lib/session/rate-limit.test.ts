import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS, signInLimitKeys, signInWindowStart } from "./rate-limit";

describe("signInWindowStart", () => {
  it("puts every moment in the fixed quarter of an hour that holds it", () => {
    expect(signInWindowStart(new Date("2030-01-07T08:00:00.000Z"))).toEqual(new Date("2030-01-07T08:00:00.000Z"));
    expect(signInWindowStart(new Date("2030-01-07T08:14:59.999Z"))).toEqual(new Date("2030-01-07T08:00:00.000Z"));
    expect(signInWindowStart(new Date("2030-01-07T08:15:00.000Z"))).toEqual(new Date("2030-01-07T08:15:00.000Z"));
    expect(signInWindowStart(new Date("2030-01-07T23:59:59.000Z"))).toEqual(new Date("2030-01-07T23:45:00.000Z"));
  });
});

describe("signInLimitKeys", () => {
  it("counts per provider and account, whatever its case, and per address", () => {
    expect(signInLimitKeys({ provider: "oidc", account: " Anne.Holm@Praksis.example ", address: "192.0.2.7" })).toEqual([
      { scope: "account", key: "sign-in:account:oidc:anne.holm@praksis.example", limit: SIGN_IN_LIMITS.account },
      { scope: "address", key: "sign-in:address:192.0.2.7", limit: SIGN_IN_LIMITS.address },
    ]);
  });

  it("counts only the account when the address is unknown", () => {
    expect(signInLimitKeys({ provider: "demo", account: "demo-gp", address: null }).map((k) => k.scope)).toEqual(["account"]);
  });

  it("allows an address more attempts than an account: many people may share it", () => {
    expect(SIGN_IN_LIMITS).toEqual({ account: 10, address: 50 });
  });
});
