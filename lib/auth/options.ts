import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db";
import { getAuthSecret, readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { attemptSignIn, clientAddress } from "./attempt-sign-in";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

declare module "next-auth" {
  interface Session {
    uid?: string;
    sessionVersion?: number;
  }
}

const env = readEnv();

export const SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a minute.";

/**
 * Sessions are signed, encrypted, httpOnly cookies (JWT strategy): no session
 * table, so any number of app instances can serve the same user.
 */
export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(env),
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials, request) => {
        let user: Awaited<ReturnType<typeof attemptSignIn>>;
        try {
          user = await attemptSignIn({
            prisma: getPrisma(),
            email: credentials?.email,
            password: credentials?.password,
            address: clientAddress({
              headers: request?.headers,
              trustedProxyHops: env.FACTDESK_TRUSTED_PROXY_HOPS,
            }),
          });
        } catch (error) {
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error(error.message);
          // next-auth hands a thrown message to the browser: log the details here, send none.
          console.error("Sign-in failed unexpectedly", error);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
        return user
          ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }
          : null;
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session: ({ session, token }) => ({ ...session, uid: token.uid, sessionVersion: token.sv }),
  },
};
