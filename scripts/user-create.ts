/**
 * `npm run user:create -- --email <e> --workspace <slug> --role owner|editor|viewer
 *    [--name "<name>"] [--workspace-name "<name>"]`
 * Bootstraps a real deployment: creates the workspace when the slug is new and
 * the account when the email is new, or gives an existing account a role there.
 * The password of a new account is the first line of standard input when it is
 * piped, else typed twice at a hidden prompt. Never an argument: other users see
 * a process's arguments, and the shell keeps them in its history.
 * The database is DATABASE_URL, else the embedded one in FACTDESK_DATA_DIR (default .data).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUser, ZWorkspaceName, ZWorkspaceSlug } from "@/lib/account/create-user";
import { ZNewPassword } from "@/lib/auth/password-policy";
import { ZEmail } from "@/lib/auth/schemas";
import { disconnectPrisma, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZPersonName, ZRole } from "@/lib/members/schemas";
import { exitWithOneLine } from "./lib/exit";

const USAGE =
  'Usage: npm run user:create -- --email <email> --workspace <slug> --role owner|editor|viewer [--name "<name>"] [--workspace-name "<name>"]';
const REFUSED_PASSWORD_FLAG =
  "--password is refused: arguments are visible to other users of this machine and stay in your shell history. " +
  "Pipe the password on standard input (first line) or type it at the prompt.";

const ZArgs = z.object({
  email: ZEmail,
  workspace: ZWorkspaceSlug,
  role: z.string().toUpperCase().pipe(ZRole),
  name: ZPersonName.optional(),
  "workspace-name": ZWorkspaceName.optional(),
});
type Args = z.infer<typeof ZArgs>;

class Cancelled extends Error {}

function fail(message: string): number {
  console.error(message);
  return 1;
}

/** The validated arguments, or one line saying what is wrong with them. */
function parseCommandLine(argv: string[]): Args | string {
  if (argv.some((arg) => arg === "--password" || arg.startsWith("--password="))) return REFUSED_PASSWORD_FLAG;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        email: { type: "string" },
        workspace: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        "workspace-name": { type: "string" },
      },
    }));
  } catch (error) {
    // node's own message goes on to explain positionals; its first sentence is the useful part.
    return `${String((error as Error).message).split(". ")[0]}. ${USAGE}`;
  }
  const missing = ["email", "workspace", "role"].filter((flag) => values[flag] === undefined);
  if (missing.length > 0) return `Missing ${missing.map((flag) => `--${flag}`).join(", ")}. ${USAGE}`;
  const parsed = ZArgs.safeParse(values);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join(" ");
}

/** The first line of piped standard input, without waiting for the pipe to close. */
async function readPipedLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  process.stdin.destroy();
  return text.split(/\r?\n/)[0] ?? "";
}

/** Reads a line from the terminal without echoing it; Ctrl-C cancels. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return finish();
        if (char === "\u0003") return finish(new Cancelled());
        if (char === "\u007f" || char === "\b") value = Array.from(value).slice(0, -1).join("");
        else if (char === "\u0015")
          value = ""; // Ctrl-U, as in a shell
        else if (char >= " ") value += char;
      }
    };
    process.stderr.write(question);
    input.setEncoding("utf8");
    input.setRawMode(true);
    input.on("data", onData);
    input.resume();
  });
}

/** The new account's password, checked against the policy; a string result is the error line. */
async function readNewPassword(email: string): Promise<{ password: string } | string> {
  const isTerminal = process.stdin.isTTY === true;
  const password = isTerminal ? await promptHidden(`Password for ${email}: `) : await readPipedLine();
  if (!password) {
    return isTerminal
      ? "No password given; nothing was created."
      : "No password on standard input: pipe it as the first line, or run the command in a terminal to be asked.";
  }
  const parsed = ZNewPassword.safeParse(password);
  if (!parsed.success) return `Password refused: ${parsed.error.issues[0]?.message}`;
  if (isTerminal && (await promptHidden("Repeat the password: ")) !== password) {
    return "The two passwords differ; nothing was created.";
  }
  return { password: parsed.data };
}

function describeOutcome(result: Awaited<ReturnType<typeof createUser>>, args: Args): string[] {
  const { user, workspace, membership } = result;
  const role = membership.role.toLowerCase();
  const where = `${workspace.slug} (${workspace.name})`;
  const lines: string[] = [];
  if (workspace.isNew) lines.push(`Created workspace ${where}.`);
  else if (args["workspace-name"] && args["workspace-name"] !== workspace.name)
    lines.push(`Workspace ${workspace.slug} already exists; --workspace-name was not applied.`);
  if (user.isNew) lines.push(`Created ${user.email} (${user.name}) as ${role} of ${where}.`);
  else if (membership.previousRole === null) lines.push(`Added ${user.email} to ${where} as ${role}.`);
  else if (membership.previousRole !== membership.role)
    lines.push(
      `Changed ${user.email}'s role in ${where} from ${membership.previousRole.toLowerCase()} to ${role}.`,
    );
  else lines.push(`${user.email} is already ${role} of ${where}; nothing changed.`);
  if (!user.isNew) lines.push("The existing account keeps its password and name.");
  return lines;
}

async function run(args: Args): Promise<number> {
  const prisma = getPrisma();
  // Only a new account needs a password: asking for one that would be ignored misleads.
  const existing = await prisma.user.findUnique({ where: { email: args.email }, select: { id: true } });
  let password: string | undefined;
  if (!existing) {
    const read = await readNewPassword(args.email);
    if (typeof read === "string") return fail(read);
    password = read.password;
  }
  const result = await createUser({
    prisma,
    input: {
      email: args.email,
      workspaceSlug: args.workspace,
      role: args.role,
      name: args.name,
      workspaceName: args["workspace-name"],
      password,
    },
  });
  for (const line of describeOutcome(result, args)) console.log(line);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (typeof args === "string") return fail(args);
  try {
    return await run(args);
  } catch (error) {
    if (error instanceof AppError) return fail(error.message);
    if (error instanceof Cancelled) return fail("Cancelled; nothing was created.");
    // Prisma's "table does not exist": a database nobody has migrated yet.
    if ((error as { code?: string }).code === "P2021")
      return fail("This database has no Factdesk tables yet: run `npm run db:migrate` first.");
    throw error;
  } finally {
    await disconnectPrisma(); // releases the embedded database so the process can exit
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitWithOneLine);
