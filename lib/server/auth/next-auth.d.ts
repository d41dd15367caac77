// What Amparo adds to next-auth's user and token (options.ts, session-claims.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The sign-in, in seconds since the epoch. */
    authTime?: number;
    sessionVersion?: number;
  }
}
