// Protects: a stopping server refuses new connections, lets running requests finish, and cuts off only what outlasts the grace period.
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGracefulServer, type GracefulServer } from "./graceful-server";

/** A handler whose requests answer only when the test releases them. */
function heldHandler() {
  const held: Array<() => void> = [];
  const arrived: Array<() => void> = [];
  const handle: http.RequestListener = (_request, response) => {
    held.push(() => response.end("done"));
    for (const notify of arrived.splice(0)) notify();
  };
  const nextArrival = () => new Promise<void>((resolve) => arrived.push(resolve));
  return { handle, held, nextArrival };
}

let current: GracefulServer | undefined;

async function listen(handle: http.RequestListener): Promise<{ url: string; graceful: GracefulServer }> {
  const graceful = createGracefulServer(handle);
  current = graceful;
  await new Promise<void>((resolve) => graceful.server.listen(0, "127.0.0.1", resolve));
  const { port } = graceful.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, graceful };
}

afterEach(async () => {
  current?.server.closeAllConnections();
  await current?.stop(0);
  current = undefined;
});

describe("createGracefulServer", () => {
  it("lets a running request finish, then closes; new connections are refused meanwhile", async () => {
    const { handle, held, nextArrival } = heldHandler();
    const { url, graceful } = await listen(handle);
    const arrival = nextArrival();
    const running = fetch(url);
    await arrival;

    const stopped = graceful.stop(60_000);
    await expect(fetch(url)).rejects.toThrow();
    held[0]?.();
    const response = await running;
    expect(response.status).toBe(200);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.text()).toBe("done");
    expect(await stopped).toEqual({ cutOff: 0 });
  });

  it("cuts off what is still running when the grace period ends, and says how many", async () => {
    const { handle, nextArrival } = heldHandler();
    const { url, graceful } = await listen(handle);
    const arrival = nextArrival();
    const running = fetch(url).catch((error: unknown) => error);
    await arrival;

    expect(await graceful.stop(50)).toEqual({ cutOff: 1 });
    expect(await running).toBeInstanceOf(Error);
  });

  it("stops at once when nothing runs, even with an idle keep-alive connection open", async () => {
    const { url, graceful } = await listen((_request, response) => response.end("ok"));
    const response = await fetch(url); // undici keeps the connection alive
    expect(await response.text()).toBe("ok");
    expect(await graceful.stop(60_000)).toEqual({ cutOff: 0 });
  });
});
