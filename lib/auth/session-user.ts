import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";

/** Who is asking: carried in the session and passed to every lib/ function that reads or changes data. */
export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  /** Set for unit staff: the unit whose inbox and offers they work. */
  unitId: string | null;
}

declare module "next-auth" {
  interface Session {
    portalUser?: SessionUser;
    /** The session's row could not be checked on this request (database unavailable): not signed in, not signed out. */
    sessionUnverified?: boolean;
  }
}
