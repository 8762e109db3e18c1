// Auth.js endpoints (sign-in, callback, session, sign-out).
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
