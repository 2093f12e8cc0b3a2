/** The request's JSON body, or undefined when it is missing or malformed (the action's schema then says what is wrong). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
