import { BackupError } from "./backup-error";
import { findDuplicates } from "./find-duplicates";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, ZBackup } from "./format";

/**
 * Reads a backup file's text, or throws BackupError saying what is wrong with it: not JSON,
 * not a Factdesk backup, a newer format, a field that is missing or malformed (with its path),
 * a row listed twice (an id, an email or another unique key), or a row pointing at something the
 * backup does not contain. Nothing is written before this passes.
 */
export function parseBackup(text: string): Backup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BackupError(
      `The file is not valid JSON (${(error as Error).message}). Is it a complete backup, not cut short?`,
    );
  }
  const header = value as { format?: unknown; version?: unknown } | null;
  if (header?.format !== BACKUP_FORMAT) {
    throw new BackupError(`This is not a Factdesk backup: it has no "format": "${BACKUP_FORMAT}".`);
  }
  if (typeof header.version === "number" && header.version > BACKUP_VERSION) {
    throw new BackupError(
      `This backup has format version ${header.version}, written by a newer Factdesk; this one reads version ${BACKUP_VERSION}.`,
    );
  }
  const parsed = ZBackup.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${pathOf(issue.path)}: ${issue.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : "";
    throw new BackupError(`The backup is damaged: ${issues.join("; ")}${more}.`);
  }
  const duplicates = findDuplicates(parsed.data);
  if (duplicates.length > 0) {
    const more = duplicates.length > 5 ? ` (and ${duplicates.length - 5} more)` : "";
    throw new BackupError(`The backup lists ${duplicates.slice(0, 5).join("; ")}${more}.`);
  }
  const problems = findBrokenReferences(parsed.data);
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    throw new BackupError(`The backup is inconsistent: ${problems.slice(0, 5).join("; ")}${more}.`);
  }
  return parsed.data;
}

function pathOf(path: PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) =>
        typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      "",
    ) || "(the document)"
  );
}

/**
 * Rows must point only at rows of the same backup (a user, a source, a version of the same
 * article): the database's foreign keys would accept a pointer into another workspace.
 */
export function findBrokenReferences(backup: Backup): string[] {
  const problems: string[] = [];
  const users = new Set(backup.users.map((user) => user.id));
  const sources = new Set(backup.sources.map((source) => source.id));
  const user = (id: string | null, where: string) => {
    if (id !== null && !users.has(id)) problems.push(`${where} names user ${id}, who is not in the backup`);
  };
  for (const source of backup.sources) user(source.createdById, `source ${source.id}`);
  for (const event of backup.auditEvents) user(event.actorId, `an audit event (${event.action})`);
  for (const article of backup.articles) {
    const versions = new Set(article.versions.map((version) => version.id));
    const version = (id: string | null, where: string) => {
      if (id !== null && !versions.has(id))
        problems.push(`${where} names version ${id}, not one of its article's`);
    };
    user(article.createdById, `article ${article.id}`);
    user(article.assigneeId, `article ${article.id}`);
    user(article.signedOffById, `article ${article.id}`);
    version(article.currentVersionId, `article ${article.id}`);
    version(article.approvedVersionId, `article ${article.id}`);
    for (const each of article.versions) user(each.createdById, `version ${each.id}`);
    for (const claim of article.claims) {
      const where = `claim ${claim.id}`;
      user(claim.createdById, where);
      user(claim.assigneeId, where);
      version(claim.originVersionId, where);
      version(claim.versionId, where);
      for (const anchor of claim.anchors) version(anchor.versionId, `${where}'s anchor`);
      for (const decision of claim.decisions) user(decision.setById, `${where}'s verdict`);
      for (const evidence of claim.evidence) {
        user(evidence.createdById, `${where}'s evidence`);
        if (!sources.has(evidence.sourceId))
          problems.push(`${where}'s evidence names source ${evidence.sourceId}, not in the backup`);
      }
      for (const comment of claim.comments) {
        user(comment.authorId, `${where}'s comment`);
        for (const mention of comment.mentions) user(mention.userId, `${where}'s comment mention`);
      }
    }
  }
  return problems;
}
