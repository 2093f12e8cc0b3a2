import { attachEvidence } from "./attach-evidence";
import { removeEvidence } from "./remove-evidence";

export const evidenceActions = [attachEvidence, removeEvidence];
