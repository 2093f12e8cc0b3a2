// Protects: with SMTP configured, an invited person gets the link by e-mail; without it, or when the mail
// server fails, the invitation still works (the link is shown on screen) and nothing throws.
import net from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendInviteEmail } from "./send-invite-email";

type Received = { from: string; to: string[]; user: unknown; raw: string };

const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust, and AUTH allowed without TLS for the test.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === "mailer" && auth.password === "s3cret"
        ? callback(null, { user: auth.username })
        : callback(new Error("Invalid username or password")),
    onRcptTo: (address, _session, callback) =>
      address.address.endsWith("@refused.example") ? callback(new Error("Mailbox unavailable")) : callback(),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: session.user,
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as net.AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  received.length = 0;
});

const invite = {
  to: "Reporter@Newsroom.example",
  workspaceName: "City Desk",
  inviterName: "Ines Ortega",
  link: `https://factdesk.example/invite/${"A".repeat(20)}_${"b".repeat(22)}`,
  expiresAt: new Date("2026-12-01T09:30:00Z"),
};

/** The text as written, undoing quoted-printable soft line breaks (long links are wrapped). */
function decodeBody(raw: string): string {
  return raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A loopback port that was free a moment ago and has nothing listening now. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port: free } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

describe("sendInviteEmail", () => {
  it("sends nothing and reports sent: false when SMTP_URL is unset", async () => {
    vi.stubEnv("SMTP_URL", "");
    expect(await sendInviteEmail(invite)).toEqual({ sent: false });
    expect(received).toHaveLength(0);
  });

  it("delivers the invitation link, from MAIL_FROM, authenticated with the URL's credentials", async () => {
    vi.stubEnv("SMTP_URL", `smtp://mailer:s3cret@127.0.0.1:${port}`);
    vi.stubEnv("MAIL_FROM", "City Desk <desk@newsroom.example>");
    expect(await sendInviteEmail(invite)).toEqual({ sent: true });

    expect(received).toHaveLength(1);
    const [mail] = received as [Received];
    expect(mail).toMatchObject({
      from: "desk@newsroom.example",
      to: ["reporter@newsroom.example"],
      user: "mailer",
    });
    expect(mail.raw).toMatch(/^Subject: Ines Ortega invited you to City Desk on Factdesk\r?$/m);
    const body = decodeBody(mail.raw);
    expect(body).toContain(invite.link);
    expect(body).toContain("expires on Tue, 01 Dec 2026 09:30:00 GMT");
  });

  it("returns sent: false with the reason, without throwing, when no SMTP server answers", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${await closedPort()}`);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await sendInviteEmail(invite);
    expect(result).toMatchObject({ sent: false, error: expect.stringMatching(/ECONNREFUSED/) });
    // The link is a credential: it must not end up in the logs.
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).not.toContain(invite.link);
  });

  it("returns sent: false when the server refuses the login or the recipient", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("SMTP_URL", `smtp://mailer:wrong@127.0.0.1:${port}`);
    expect(await sendInviteEmail(invite)).toMatchObject({ sent: false, error: expect.any(String) });
    vi.stubEnv("SMTP_URL", `smtp://mailer:s3cret@127.0.0.1:${port}`);
    expect(await sendInviteEmail({ ...invite, to: "someone@refused.example" })).toMatchObject({
      sent: false,
      error: expect.stringMatching(/Mailbox unavailable/),
    });
    expect(received).toHaveLength(0);
    expect(log).toHaveBeenCalledTimes(2);
  });
});
