import type autocannon from "autocannon";

type PacedOptions = {
  base: string;
  /** One session cookie per editor. */
  cookies: string[];
  /** The review mix's request (its setupRequest and onResponse are reused as they are). */
  request: autocannon.Request;
  record: (status: number, milliseconds: number) => void;
  seconds: number;
  /** The mean pause between an answer and the editor's next request. */
  paceSeconds: number;
  random: () => number;
};

/**
 * Editors at work: each sends one request, waits for the answer, then pauses for a random time
 * (exponentially distributed, mean `paceSeconds`) before the next, as a person reads and types in
 * between. autocannon's rate limit releases a second's requests together at the start of that
 * second, which would measure a burst of 25 simultaneous requests every second instead.
 */
export async function runPacedEditors(options: PacedOptions): Promise<{ errors: number }> {
  const end = Date.now() + options.seconds * 1000;
  const pause = () => -Math.log(1 - options.random()) * options.paceSeconds * 1000;
  let errors = 0;
  // The mix's own hooks, called as autocannon would call them.
  const setup = options.request.setupRequest as (req: unknown, context: object) => autocannon.Request;
  const onResponse = options.request.onResponse as (status: number, body: string, context: object) => void;
  await Promise.all(
    options.cookies.map(async (cookie) => {
      await sleep(options.random() * options.paceSeconds * 1000); // editors do not start in step
      while (Date.now() < end) {
        const context = {};
        const base = { method: "GET", path: "/", headers: { cookie, origin: options.base } };
        const req = setup(base, context);
        const started = performance.now();
        try {
          const response = await fetch(`${options.base}${req.path}`, {
            method: req.method,
            headers: req.headers as Record<string, string>,
            body: req.body as string | undefined,
            redirect: "manual",
          });
          const body = await response.text();
          const milliseconds = performance.now() - started;
          onResponse(response.status, body, context);
          options.record(response.status, milliseconds);
        } catch {
          errors++;
        }
        await sleep(pause());
      }
    }),
  );
  return { errors };
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
