import DataLoader from "dataloader";
import { whereIn } from "../db/where-in";
import type { LocalDate } from "../common/dates";
import { coversSql } from "../common/period";
import { byId, childrenOf, type LoaderDefinition, MAX_BATCH } from "../core/request-loaders";
import { registerNodeType } from "../graphql/node-registry";
import type { Context } from "../core/context";
import { agreementSchedule } from "./deadlines";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementParty, termsOf } from "./entities";
import { deadlinePolicy } from "./settings";
import { AgreementScheduleView } from "./types";

/** The latest recorded links (parties, covered systems): those not closed. Past ones are read through the fact reader. */
const LATEST = "e.valid_to IS NULL";

export const agreementById = byId(Agreement);
export const partiesByAgreement = childrenOf(AgreementParty, "agreementId", ["id"], LATEST);
export const applicationLinksByAgreement = childrenOf(AgreementApplication, "agreementId", ["id"], LATEST);
export const collaborationLinksByAgreement = childrenOf(AgreementCollaboration, "agreementId", ["id"], LATEST);

type LinkKind = "municipalityIds" | "itUnitIds" | "applicationIds" | "collaborationIds";

const LATEST_LINK_IDS: Record<LinkKind, (ctx: Context, agreementId: number) => Promise<number[]>> = {
  municipalityIds: async (ctx, id) => (await ctx.loaders.get(partiesByAgreement).load(id)).flatMap((p) => (p.municipalityId === null ? [] : [p.municipalityId])),
  itUnitIds: async (ctx, id) => (await ctx.loaders.get(partiesByAgreement).load(id)).flatMap((p) => (p.itUnitId === null ? [] : [p.itUnitId])),
  applicationIds: async (ctx, id) => (await ctx.loaders.get(applicationLinksByAgreement).load(id)).map((l) => l.applicationId),
  collaborationIds: async (ctx, id) => (await ctx.loaders.get(collaborationLinksByAgreement).load(id)).map((l) => l.collaborationId),
};

/** The ids an agreement links to, of one kind: the links in force on `asOf` (the one reader), or its latest links without a date. */
export async function linkedIds(ctx: Context, agreementId: number, kind: LinkKind, asOf?: LocalDate | null): Promise<number[]> {
  if (asOf) return (await ctx.evaluations.facts(asOf).agreement(agreementId))?.[kind] ?? [];
  return LATEST_LINK_IDS[kind](ctx, agreementId);
}

/**
 * SQL condition: agreement `a` covers collaboration `c` by links in force on the date in parameter
 * `param`, directly or through the collaboration's application. Only for a single `c`.
 */
export function coversCollaborationSql(param: string): string {
  return (
    `(EXISTS (SELECT 1 FROM agreement_collaboration ac WHERE ac.agreement_id = a.id AND ac.collaboration_id = c.id AND ${coversSql("ac", "valid_from", "valid_to", param)})` +
    ` OR EXISTS (SELECT 1 FROM agreement_application aa WHERE aa.agreement_id = a.id AND aa.application_id = c.application_id AND ${coversSql("aa", "valid_from", "valid_to", param)}))`
  );
}

/**
 * The agreements that cover a collaboration by their latest links, directly or through its
 * application, by name. A UNION of two indexed joins: an OR of two EXISTS would compare every
 * agreement with every collaboration.
 */
export const agreementsByCollaboration: LoaderDefinition<number, Agreement[]> = (db) =>
  new DataLoader<number, Agreement[]>(
    async (collaborationIds) => {
      const ids = JSON.stringify(collaborationIds);
      const postgres = db.options.type === "postgres";
      const list = postgres ? "= ANY($1)" : "IN (SELECT value FROM json_each(?))";
      const pairs: { collaboration_id: number; agreement_id: number }[] = await db.query(
        `SELECT ac.collaboration_id AS collaboration_id, ac.agreement_id AS agreement_id FROM agreement_collaboration ac WHERE ac.valid_to IS NULL AND ac.collaboration_id ${list}` +
          ` UNION SELECT c.id, aa.agreement_id FROM collaboration c JOIN agreement_application aa ON aa.application_id = c.application_id AND aa.valid_to IS NULL WHERE c.id ${list.replace("$1", "$1")}`,
        postgres ? [collaborationIds] : [ids, ids],
      );
      const agreements = pairs.length
        ? await whereIn(db.getRepository(Agreement).createQueryBuilder("a"), "a.id", [...new Set(pairs.map((p) => Number(p.agreement_id)))])
            .orderBy("a.nameKey", "ASC")
            .addOrderBy("a.id", "ASC")
            .getMany()
        : [];
      const covering = new Map<number, Set<number>>();
      for (const p of pairs) covering.set(Number(p.collaboration_id), (covering.get(Number(p.collaboration_id)) ?? new Set()).add(Number(p.agreement_id)));
      return collaborationIds.map((id) => agreements.filter((a) => covering.get(id)?.has(a.id)));
    },
    { maxBatchSize: MAX_BATCH },
  );

/**
 * An agreement's schedule on `asOf` from its terms on that date (the latest terms when it was not
 * recorded yet then), its lead time from the level on that date of the systems it covers.
 */
export async function scheduleOf(ctx: Context, agreement: Agreement, asOf: LocalDate): Promise<AgreementScheduleView> {
  const facts = ctx.evaluations.facts(asOf);
  const [on, level] = await Promise.all([facts.agreement(agreement.id), facts.agreementSystemLevel(agreement.id)]);
  const terms = on?.terms ?? termsOf(agreement);
  return AgreementScheduleView.of(agreement, agreementSchedule(terms, asOf, deadlinePolicy(on ? on.agreement.procurementLeadTimeMonths : agreement.procurementLeadTimeMonths, level)));
}

registerNodeType(Agreement, agreementById);
