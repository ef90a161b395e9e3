/**
 * The layers of server/src, bottom up (README, "Map of the code"). A file may import from its own
 * layer and the ones below it; `npm run lint` fails on a wrong-way import or a cycle.
 *   common/, config.ts       plain helpers and configuration
 *   db/                      the database layer (data source, naming, plain rows, migrations)
 *   core/                    what every domain builds on: the request context, the mutation runner
 *                            (transaction, audit, change log), Node and global IDs, user errors, loaders
 *   domains                  each domain's entities, inputs, services and pure logic; the one reader
 *                            of dated facts (history/); the evaluations and their registry (evaluations/)
 *   API                      graphql/ and each domain's resolver.ts, loaders.ts, arguments.ts
 *   delivery                 http/, pages/, cli/ and each domain's http.ts (its routes)
 *   composition roots        app/ (schema assembly, server, entity list and database), main.ts, cli/
 * Migrations import no live code (only each other's column builders and npm packages): they must run
 * the same way forever, so a migration that needs a helper carries a frozen copy of it.
 */
const DOMAINS = "access|agreements|applications|audit|cache|collaborations|competence|core|evaluations|governance|history|municipalities|people|recommendations|reminders|render|reports|roles|spreadsheets|status|vocabularies";
const API_FILE = `^server/src/(${DOMAINS})/(resolver|[a-z-]+-resolver|loaders|arguments)\\.ts$`;
const DELIVERY_FILE = `^server/src/(${DOMAINS})/http\\.ts$`;

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "Import cycles make load order and layering fragile.", from: { path: "^server/src" }, to: { circular: true } },
    {
      name: "common-imports-only-common",
      severity: "error",
      comment: "common/ and config.ts are the bottom layer.",
      from: { path: "^server/src/(common/|config\\.ts)" },
      to: { path: "^server/src/", pathNot: "^server/src/(common/|config\\.ts)" },
    },
    {
      name: "migrations-import-no-live-code",
      severity: "error",
      comment: "A migration must run the same way forever: it may not depend on today's entities, services or helpers.",
      from: { path: "^server/src/db/migrations/" },
      to: { path: "^(server|seeds)/", pathNot: "^server/src/db/migrations/" },
    },
    {
      name: "db-below-domains",
      severity: "error",
      comment: "The database layer serves the domains; it does not know them.",
      from: { path: "^server/src/db/" },
      to: { path: `^server/src/(${DOMAINS}|graphql|http|pages|cli|app)/` },
    },
    {
      name: "domains-below-api",
      severity: "error",
      comment: "Entities, services, the reader and the evaluations know nothing of GraphQL plumbing, HTTP, pages, CLIs or the composition roots.",
      from: { path: `^server/src/(${DOMAINS})/`, pathNot: [API_FILE, DELIVERY_FILE] },
      to: { path: ["^server/src/(graphql|http|pages|cli|app)/", "^server/src/main\\.ts$", API_FILE, DELIVERY_FILE] },
    },
    {
      name: "api-below-delivery",
      severity: "error",
      comment: "GraphQL types and resolvers are used by HTTP, pages and CLIs, not the other way round.",
      from: { path: ["^server/src/graphql/", API_FILE] },
      to: { path: ["^server/src/(http|pages|cli|app)/", "^server/src/main\\.ts$", DELIVERY_FILE] },
    },
    {
      name: "delivery-below-roots",
      severity: "error",
      comment: "Only composition roots (main.ts, app/, the CLIs' entry points) assemble the application.",
      from: { path: ["^server/src/(http|pages)/", DELIVERY_FILE] },
      to: { path: ["^server/src/(app|cli)/", "^server/src/main\\.ts$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    parser: "swc",
    exclude: { path: "^(dist|node_modules)" },
  },
};
