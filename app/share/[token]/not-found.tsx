// The same page for an unknown, revoked or expired link (status 404): which one it was is not revealed.
export default function ShareLinkNotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <h1 className="font-semibold text-2xl">This link no longer works</h1>
      <p className="text-muted-foreground">
        This link has expired or was revoked. Ask the newsroom for a new one.
      </p>
    </div>
  );
}
