import { setVerdict } from "./set-verdict";

export const verdictActions = [setVerdict];
