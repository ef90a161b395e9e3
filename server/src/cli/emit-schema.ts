import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { printedSchema } from "../app/schema";

const USAGE = `Usage: npm run schema [-- FILE]
Writes the GraphQL schema the code builds to FILE (default schema/schema.graphql).

Användning: npm run schema [-- FIL]
Skriver GraphQL-schemat som koden bygger till FIL (standard schema/schema.graphql).`;

/** Writes schema/schema.graphql from the code. `npm run schema`. */
async function main() {
  if (process.argv[2] === "--help" || process.argv[2] === "-h") return console.log(USAGE);
  const target = resolve(process.argv[2] ?? "schema/schema.graphql");
  writeFileSync(target, await printedSchema());
  console.log(`Skrev ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
