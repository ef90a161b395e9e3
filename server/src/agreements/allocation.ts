import { GraphQLError } from "graphql";
import { In, IsNull } from "typeorm";
import { yearOf } from "../common/dates";
import type { Context } from "../core/context";
import { Municipality, PopulationFigure } from "../municipalities/entities";
import { CostKeyKind, splitAgreementCost } from "./cost-split";
import { type Agreement, AgreementParty } from "./entities";
import { CostAllocation, CostAllocationShare } from "./types";

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

/** `costAllocation`: the agreement's latest parties and their population figures, split by `splitAgreementCost`; a problem is BAD_USER_INPUT. */
export async function allocateAgreementCost(ctx: Context, agreement: Agreement, year: number | null | undefined, totalOre: number | null | undefined): Promise<CostAllocation> {
  const forYear = year ?? yearOf(ctx.today);
  const parties = (await ctx.db.getRepository(AgreementParty).findBy({ agreementId: agreement.id, validTo: IsNull() })).filter((p) => p.municipalityId !== null);
  const ids = parties.map((p) => p.municipalityId!);
  const municipalities = await ctx.db.getRepository(Municipality).findBy({ id: In(ids) });
  const usesPopulation = agreement.costKey === CostKeyKind.POPULATION || agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION;
  const figures = usesPopulation ? await ctx.db.getRepository(PopulationFigure).find({ where: { municipalityId: In(ids) }, order: { year: "ASC" } }) : [];
  const shareOf = new Map(parties.map((p) => [p.municipalityId!, p.costShareBasisPoints]));
  const split = splitAgreementCost(
    agreement,
    forYear,
    totalOre,
    municipalities.map((municipality) => ({ municipality, shareBasisPoints: shareOf.get(municipality.id) ?? null })),
    (id) => figures.filter((f) => f.municipalityId === id),
  );
  if ("problem" in split) throw badInput(split.problem, split.argumentName);
  return Object.assign(new CostAllocation(), {
    ...split,
    agreement,
    year: forYear,
    shares: split.shares.map((share) => Object.assign(new CostAllocationShare(), share)),
  });
}
