// Pushes fit scores (funktionell och teknisk lämplighet, 1–4) from a CSV file into my municipality's
// application usages. The CSV has a header row and the columns application;functionalFit;technicalFit
// (comma or semicolon separated; the application by name, as in the catalogue).
//   SAMVERKAN_URL=… SAMVERKAN_TOKEN=svk_… node dist/push-fit-scores.js scores.csv
import { readFileSync } from "node:fs";
import { createSamverkanClient, paginate, SamverkanError } from "@samverkan/client-sdk";

const client = createSamverkanClient({ url: process.env.SAMVERKAN_URL ?? "http://localhost:4000/graphql", token: process.env.SAMVERKAN_TOKEN });

function readScores(path: string): { application: string; functionalFit: number | null; technicalFit: number | null }[] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
  const separator = lines[0].includes(";") ? ";" : ",";
  const header = lines[0].split(separator).map((h) => h.trim());
  const column = (name: string) => header.indexOf(name);
  const score = (text: string | undefined) => (text === undefined || text.trim() === "" ? null : Number(text));
  return lines.slice(1).map((line) => {
    const cells = line.split(separator);
    return { application: cells[column("application")].trim(), functionalFit: score(cells[column("functionalFit")]), technicalFit: score(cells[column("technicalFit")]) };
  });
}

try {
  const path = process.argv[2];
  if (!path) throw new Error("Usage: node dist/push-fit-scores.js scores.csv");
  const viewer = await client.viewer();
  if (!viewer?.municipality) throw new Error("The token belongs to no municipality: use an EDITOR token of yours.");
  const usages = new Map<string, string>();
  for await (const usage of paginate(client.applicationUsages, { municipality: viewer.municipality.id, first: 100 })) usages.set(usage.application.name, usage.id);
  for (const row of readScores(path)) {
    const id = usages.get(row.application);
    if (!id) {
      console.log(`${row.application}: används inte av ${viewer.municipality.name}, hoppas över`);
      process.exitCode = 1;
      continue;
    }
    const { userErrors } = await client.applicationUsageUpdate({ id, functionalFit: row.functionalFit, technicalFit: row.technicalFit });
    if (userErrors.length === 0) console.log(`${row.application}: uppdaterad`);
    else {
      console.log(`${row.application}: ${userErrors.map((e) => `${e.field?.join(".")}: ${e.message} (${e.code})`).join("; ")}`);
      process.exitCode = 1;
    }
  }
} catch (error) {
  console.error(error instanceof SamverkanError ? `${error.code}: ${error.message}` : error);
  process.exitCode = 1;
}
