import { z } from "zod";

export const ZMarkReadInput = z.object({
  mentionIds: z
    .array(z.string().min(1).max(64))
    .min(1, "Choose a notification to mark as read.")
    .max(100, "Mark at most 100 notifications at once."),
});
export const ZMarkAllReadInput = z.object({});
