"use server";

import { runServerAction } from "@/lib/actions/server-action";
import { attachEvidence } from "@/lib/evidence/attach-evidence";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { searchSources } from "@/lib/sources/find-sources";

// The claim detail's evidence part calls these directly; each answers an ActionResult, so the part can
// show the message and keep what the editor typed. The panel re-reads the claim after a write.

export async function attachEvidenceAction(input: unknown) {
  return runServerAction(attachEvidence, input);
}

export async function removeEvidenceAction(input: unknown) {
  return runServerAction(removeEvidence, input);
}

export async function searchSourcesAction(input: unknown) {
  return runServerAction(searchSources, input);
}
