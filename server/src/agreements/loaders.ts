import DataLoader from "dataloader";
import { whereIn } from "../db/where-in";
import { Collaboration, CollaborationLevel } from "../collaborations/entities";
import type { LocalDate } from "../common/dates";
import { byId, childrenOf, type LoaderDefinition } from "../graphql/loaders";
import { registerNodeType } from "../graphql/node-registry";
import type { Context } from "../http/context";
import { agreementSchedule } from "./deadlines";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementParty, termsOf } from "./entities";
import { deadlinePolicy } from "./settings";
import { AgreementScheduleView } from "./types";

export const agreementById = byId(Agreement);
export const partiesByAgreement = childrenOf(AgreementParty, "agreementId", ["id"]);
export const applicationLinksByAgreement = childrenOf(AgreementApplication, "agreementId", ["id"]);
export const collaborationLinksByAgreement = childrenOf(AgreementCollaboration, "agreementId", ["id"]);

const MAX_BATCH = 5000;

/** SQL condition: agreement `a` covers collaboration `c`, directly or through the collaboration's application. */
export const COVERS_COLLABORATION =
  "(EXISTS (SELECT 1 FROM agreement_collaboration ac WHERE ac.agreement_id = a.id AND ac.collaboration_id = c.id)" +
  " OR EXISTS (SELECT 1 FROM agreement_application aa WHERE aa.agreement_id = a.id AND aa.application_id = c.application_id))";

/**
 * The highest current level (ordinal) of the collaborations an agreement covers, directly or through
 * their applications; null when it covers none. Decides the default procurement lead time.
 */
export const systemLevelByAgreement: LoaderDefinition<number, number | null> = (db) =>
  new DataLoader<number, number | null>(
    async (ids) => {
      const qb = db
        .getRepository(Agreement)
        .createQueryBuilder("a")
        .select("a.id", "agreementId")
        .addSelect("MAX(l.ordinal)", "level")
        .innerJoin(Collaboration, "c", COVERS_COLLABORATION)
        .innerJoin(CollaborationLevel, "l", "l.id = c.level_id")
        .groupBy("a.id");
      const rows = await whereIn(qb, "a.id", ids).getRawMany<{ agreementId: number; level: number }>();
      const levels = new Map(rows.map((r) => [Number(r.agreementId), Number(r.level)]));
      return ids.map((id) => levels.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

/** The agreements that cover a collaboration, directly or through its application, by name. */
export const agreementsByCollaboration: LoaderDefinition<number, Agreement[]> = (db) =>
  new DataLoader<number, Agreement[]>(
    async (collaborationIds) => {
      const qb = db
        .getRepository(Agreement)
        .createQueryBuilder("a")
        .innerJoin(Collaboration, "c", COVERS_COLLABORATION)
        .addSelect("c.id", "covered_collaboration_id")
        .orderBy("a.nameKey", "ASC")
        .addOrderBy("a.id", "ASC");
      const { raw, entities } = await whereIn(qb, "c.id", collaborationIds).getRawAndEntities();
      const byAgreement = new Map(entities.map((a) => [a.id, a]));
      const groups = new Map<number, Agreement[]>(collaborationIds.map((id) => [id, []]));
      for (const row of raw as { a_id: number; covered_collaboration_id: number }[]) {
        groups.get(Number(row.covered_collaboration_id))?.push(byAgreement.get(Number(row.a_id))!);
      }
      return collaborationIds.map((id) => groups.get(id)!);
    },
    { maxBatchSize: MAX_BATCH },
  );

/** An agreement's schedule on `asOf`, its lead time from the level of the systems it covers (batched per request). */
export async function scheduleOf(ctx: Context, agreement: Agreement, asOf: LocalDate): Promise<AgreementScheduleView> {
  const level = await ctx.loaders.get(systemLevelByAgreement).load(agreement.id);
  return AgreementScheduleView.of(agreement, agreementSchedule(termsOf(agreement), asOf, deadlinePolicy(agreement.procurementLeadTimeMonths, level)));
}

registerNodeType(Agreement, agreementById);
