import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { printedSchema } from "../app/schema";

/** Writes schema/schema.graphql from the code. `npm run schema`. */
async function main() {
  const target = resolve(process.argv[2] ?? "schema/schema.graphql");
  writeFileSync(target, await printedSchema());
  console.log(`Wrote ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
