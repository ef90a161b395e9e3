// Once per test run: the explorer's bundle (dist/explorer) for the page and browser tests, built
// only when missing or older than its sources (as `npm run build` would build it).
export default async function setup(): Promise<void> {
  const { buildExplorer, explorerUpToDate } = await import("../explorer/build.mjs");
  if (!explorerUpToDate()) await buildExplorer();
}
