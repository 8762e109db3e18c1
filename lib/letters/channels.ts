import "server-only";
import { getConfig } from "@/lib/config";
import type { LetterChannel, LetterStatus } from "@/lib/generated/prisma/enums";

// How a letter reaches the citizen. Each channel is an adapter with one job: take a letter that has just been made and
// say what became of it. "print" marks it ready to print (the unit prints it from the portal and hands or posts it); a
// Digital Post adapter will send it to the citizen's official mailbox and answer SENT. The channel is configuration
// (CITIZEN_LETTER_CHANNEL), so adding one does not touch the code that makes letters.

export interface LetterToDeliver {
  id: string;
  referralId: string;
  language: string;
}

export interface CitizenLetterChannel {
  channel: LetterChannel;
  /** Called once per letter, in the transaction that made it: a retry finds the letter made and does not call it again. */
  deliver(letter: LetterToDeliver): Promise<LetterStatus>;
}

const print: CitizenLetterChannel = { channel: "PRINT", deliver: async () => "READY_TO_PRINT" };

const CHANNELS = { print } as const;

/** The configured channel. */
export function citizenLetterChannel(): CitizenLetterChannel {
  return CHANNELS[getConfig().citizenLetterChannel];
}
