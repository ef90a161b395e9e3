// Lists my municipality's agreements whose decision deadline (beslutsdatum) falls within 12 months.
//   SAMVERKAN_URL=https://samverkan.example.se/graphql SAMVERKAN_TOKEN=svk_… node dist/agreement-deadlines.js
import { createSamverkanClient, paginate, SamverkanError } from "@samverkan/client-sdk";

const client = createSamverkanClient({ url: process.env.SAMVERKAN_URL ?? "http://localhost:4000/graphql", token: process.env.SAMVERKAN_TOKEN });

/** The date `months` months after an ISO date (clamped to the month's last day). */
function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

try {
  const viewer = await client.viewer();
  if (!viewer?.municipality) throw new Error("The token belongs to no municipality: use an EDITOR or READER token of one.");
  console.log(`Avtal för ${viewer.municipality.name} med beslutsdatum inom 12 månader:`);
  let count = 0;
  for await (const agreement of paginate(client.agreements, { municipality: viewer.municipality.id, first: 100 })) {
    const { asOf, decisionDeadline, status } = agreement.schedule;
    if (decisionDeadline < asOf || decisionDeadline > addMonths(asOf, 12)) continue;
    count++;
    console.log(`${decisionDeadline}\t${status}\t${agreement.name}${agreement.vendorName ? ` (${agreement.vendorName})` : ""}`);
  }
  if (count === 0) console.log("Inga.");
} catch (error) {
  console.error(error instanceof SamverkanError ? `${error.code}: ${error.message}` : error);
  process.exitCode = 1;
}
