import "server-only";
import { getToken, type JWT } from "next-auth/jwt";

/** The session cookie's claims, whatever its name (`__Secure-` over https); null without a cookie or with a bad one. */
export async function readSessionToken(headers: Headers, secret: string): Promise<JWT | null> {
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: { headers }, secret, secureCookie });
    if (token) return token;
  }
  return null;
}
