// Auth.js endpoints (sign-in, callback, session, sign-out).
import { handlers } from "@/lib/session/auth";

export const { GET, POST } = handlers;
