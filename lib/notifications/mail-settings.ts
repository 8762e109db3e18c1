import "server-only";
import { getConfig } from "@/lib/config";

/** The portal's own address, for links in e-mails (PORTAL_URL). */
export function portalUrl(): string {
  return getConfig().portalUrl;
}
