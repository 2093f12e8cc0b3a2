import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { countOpenClaims, findVerdictSetters, type OpenClaims } from "./readiness";
import { ZArticleIdInput } from "./schemas";

/** What the sign-off confirmation tells the signer before they confirm; the server decides again on sign-off. */
export type SignOffCheck = {
  status: ReviewStatus;
  revision: number;
  open: OpenClaims;
  setters: { name: string; claims: number; isYou: boolean }[];
  /** The signer set some of the verdicts: the two-person rule blocks them. */
  isBlocked: boolean;
  /** Blocked, but an owner, who may override with a written reason. */
  canOverride: boolean;
};

/** Reads who set the article's verdicts and whether the signed-in user may sign it off. */
export const checkSignOff = defineAction({
  name: "review.checkSignOff",
  permission: "read",
  input: ZArticleIdInput,
  run: async ({ user, input }): Promise<SignOffCheck> => {
    const prisma = getPrisma();
    const article = await prisma.article.findFirst({
      where: { id: input.articleId, workspaceId: user.workspace.id },
      select: { id: true, status: true, revision: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
    const [open, setters] = await Promise.all([
      countOpenClaims(prisma, article.id),
      findVerdictSetters(prisma, article.id),
    ]);
    const isBlocked = setters.some((setter) => setter.userId === user.id);
    return {
      status: article.status,
      revision: article.revision,
      open,
      setters: setters.map(({ userId, ...setter }) => ({ ...setter, isYou: userId === user.id })),
      isBlocked,
      canOverride: isBlocked && user.role === "OWNER",
    };
  },
});
