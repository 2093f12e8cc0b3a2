import { getPrisma, type PrismaClient } from "@/lib/db";
import { Verdict } from "@/lib/generated/prisma/enums";

/** Claims per verdict; every verdict present, zero where no claim has it. */
export type VerdictDistribution = Record<Verdict, number>;

/** How the workspace's claims (retired ones aside) stand, counted by the database. */
export async function findVerdictDistribution(options: {
  workspaceId: string;
  prisma?: PrismaClient;
}): Promise<VerdictDistribution> {
  const prisma = options.prisma ?? getPrisma();
  const groups = await prisma.claim.groupBy({
    by: ["verdict"],
    where: { workspaceId: options.workspaceId, anchorStatus: { not: "RETIRED" } },
    _count: { _all: true },
  });
  const distribution = Object.fromEntries(Object.values(Verdict).map((verdict) => [verdict, 0]));
  for (const group of groups) distribution[group.verdict] = group._count._all;
  return distribution as VerdictDistribution;
}
