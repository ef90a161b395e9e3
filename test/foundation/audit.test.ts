import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditReferencesOf } from "../../server/src/audit/diff";
import { AuditEntryRow, AuditObjectRow } from "../../server/src/audit/entities";
import { ApiToken } from "../../server/src/access/entities";
import { FactVersion } from "../../server/src/history/entities";
import { nodeLoaderFor } from "../../server/src/graphql/node-registry";
import { ok } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";
import { AnnualReportIssueRow } from "../../server/src/reports/entities";
import { WebhookDeliveryRow } from "../../server/src/reminders/entities";
import { PlanIssueRow } from "../../server/src/plans/entities";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(async () => kit.close());

describe("audit log values", () => {
  it("every foreign-key column of an audited entity maps to a Node type, so no row number leaks", () => {
    // Fact versions are written with their subject, whose change the audit log records; an issued
    // report is its own record of who issued it (and is never changed), like a token; the webhook
    // delivery log is written by the reminder scheduler, not by mutations, and is its own record; an
    // issued implementation plan, like an issued report, is its own record of who issued it.
    const notAudited = new Set<Function>([AuditEntryRow, AuditObjectRow, ApiToken, FactVersion, AnnualReportIssueRow, WebhookDeliveryRow, PlanIssueRow]);
    const unmapped: string[] = [];
    for (const metadata of kit.server.db.entityMetadatas) {
      const target = metadata.target as Function;
      if (notAudited.has(target)) continue;
      const references = auditReferencesOf(target);
      for (const column of metadata.columns) {
        const name = column.propertyName;
        if (!/[a-z]Id$/.test(name)) continue;
        if (!references[name] || !nodeLoaderFor(references[name])) unmapped.push(`${target.name}.${name}`);
      }
    }
    expect(unmapped).toEqual([]);
  });

  it("shows foreign keys as global IDs", async () => {
    const server = kit.server;
    const gis = (await kit.collaboration({ level: 2, startedOn: "2025-01-01", application: await kit.application({ category: "GIS" }) })).id;
    const level3 = kit.level(3).id;
    const level2 = kit.level(2).id;
    ok(
      await server.gql(
        graphql(
          `mutation AuditCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: "2026-01-01", correctionReason: "Beslutet glömdes bort" }) { userErrors { code } } }`,
        ),
        { c: gis, l: level3 },
      ),
    );
    const entry = ok(
      await server.gql(
        graphql(`query AuditAuditLog($id: ID!) { auditLog(objectId: $id, operation: "collaborationLevelSet") { nodes { correctionReason changes { objectType fields { field before after } } } } }`),
        {
          id: gis,
        },
      ),
    ).auditLog!.nodes[0];
    expect(entry.correctionReason).toBe("Beslutet glömdes bort");
    const collaboration = entry.changes.find((c: any) => c.objectType === "Collaboration");
    expect(collaboration!.fields).toEqual([{ field: "levelId", before: level2, after: level3 }]);
    const history = entry.changes.find((c: any) => c.objectType === "LevelChange");
    expect(history!.fields).toContainEqual({ field: "collaborationId", before: null, after: gis });
    const node = ok(await server.gql(graphql(`query AuditNode($id: ID!) { node(id: $id) { ... on CollaborationLevel { ordinal } } }`), { id: String(collaboration!.fields[0].after) })).node;
    expect(node).toEqual({ ordinal: 3 });
  });
});
