import { describe, expect, it } from "vitest";
import { failureKind } from "./failure-kind";

describe("failureKind", () => {
  it("reads a wrong address, a full mailbox, or a refusal from the mail server's answer", () => {
    expect(failureKind("Can't send mail - all recipients were rejected: 550 5.1.1 <praksis@x.dk>: Recipient address rejected: User unknown")).toBe("ADDRESS");
    expect(failureKind("553 5.1.3 Invalid address")).toBe("ADDRESS");
    expect(failureKind("552 5.2.2 Mailbox full")).toBe("MAILBOX_FULL");
    expect(failureKind("Quota exceeded")).toBe("MAILBOX_FULL");
    expect(failureKind("554 5.7.1 Message refused as spam")).toBe("REFUSED");
    expect(failureKind(null)).toBe("REFUSED");
  });
});
