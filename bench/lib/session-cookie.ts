/**
 * Signs in through next-auth's credentials flow as a browser does (GET /api/auth/csrf, then POST
 * /api/auth/callback/credentials) and returns the Cookie header that carries the session.
 */
export async function signInForCookie(
  base: string,
  account: { email: string; password: string },
): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(30_000) });
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
    signal: AbortSignal.timeout(30_000),
  });
  keep(response);
  await response.arrayBuffer();
  const session = cookies.get("next-auth.session-token");
  if (!session)
    throw new Error(`Signing in as ${account.email} gave no session cookie (${response.status}).`);
  return `next-auth.session-token=${session}`;
}
