import { checkSignOff } from "./check-sign-off";
import { signOff } from "./sign-off";
import { markReadyForSignOff, reopenReview, submitForReview } from "./transitions";

export const reviewActions = [submitForReview, markReadyForSignOff, signOff, reopenReview, checkSignOff];
