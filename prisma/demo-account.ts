/** The demo account, printed by `npm start` and used by the browser tests. Data only: no imports. */
export const DEMO = {
  workspace: { slug: "demo-newsroom", name: "Demo Newsroom" },
  email: "editor@factdesk.example",
  password: "check-every-figure",
  name: "Demo Editor",
} as const;
