/** A problem the person running backup or restore can fix (unknown workspace, damaged file, taken slug …), in one line. */
export class BackupError extends Error {
  override name = "BackupError";
}
