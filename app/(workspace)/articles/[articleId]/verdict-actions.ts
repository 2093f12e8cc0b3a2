"use server";

import { runServerAction } from "@/lib/actions/server-action";
import { setVerdict } from "@/lib/verdicts/set-verdict";

/** The verdict part of the claim panel sets verdicts through this; a conflict comes back as a result. */
export async function setVerdictAction(input: unknown) {
  return runServerAction(setVerdict, input);
}
