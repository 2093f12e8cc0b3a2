-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "signOffOverride" TEXT,
ADD COLUMN     "signedOffAt" TIMESTAMP(3),
ADD COLUMN     "signedOffById" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "articleId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SourceSnapshot" ADD COLUMN     "contentType" TEXT,
ADD COLUMN     "url" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "VerdictDecision" ADD COLUMN     "attempts" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_articleId_createdAt_idx" ON "AuditEvent"("workspaceId", "articleId", "createdAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
