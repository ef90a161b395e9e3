import { compareNames } from "../common/names";
import { GraphQLError } from "graphql";
import { In, IsNull } from "typeorm";
import { yearOf } from "../common/dates";
import type { Context } from "../core/context";
import { Municipality, PopulationFigure } from "../municipalities/entities";
import { figureFor, missingPopulation } from "../municipalities/population";
import { allocateCost, CostKeyKind, CostSplitError, type CostKey, type CostShare } from "./cost-split";
import { Agreement, AgreementKind, AgreementParty } from "./entities";
import { CostAllocation, CostAllocationShare } from "./types";

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

/**
 * Splits a samverkansavtal's cost for `year` between its municipal parties (its latest parties) by
 * its cost key. Population keys use the key's named year of figures, exactly; without a named year,
 * the figure of the year before `year` (the population on 31 December, as SCB publishes it), or the
 * latest earlier one when that is not yet published. A party without such a figure is a Swedish
 * BAD_USER_INPUT naming the year looked for and the years on record.
 */
export async function allocateAgreementCost(ctx: Context, agreement: Agreement, year: number | null | undefined, totalOre: number | null | undefined): Promise<CostAllocation> {
  if (agreement.kind !== AgreementKind.SAMVERKANSAVTAL || agreement.costKey === null) throw badInput("Bara ett samverkansavtal har en fördelningsnyckel att fördela efter.", "agreement");
  const forYear = year ?? yearOf(ctx.today);
  if (!Number.isInteger(forYear) || forYear < 1900 || forYear > 2100) throw badInput("Året måste ligga mellan 1900 och 2100.", "year");
  const total = totalOre ?? (agreement.annualCostSek === null ? null : agreement.annualCostSek * 100);
  if (total === null) throw badInput("Avtalet har ingen årskostnad: ange `totalOre`.", "totalOre");
  if (total < 0) throw badInput("Summan får inte vara negativ.", "totalOre");

  const parties = (await ctx.db.getRepository(AgreementParty).findBy({ agreementId: agreement.id, validTo: IsNull() })).filter((p) => p.municipalityId !== null);
  const ids = parties.map((p) => p.municipalityId!);
  const municipalities = await ctx.db.getRepository(Municipality).findBy({ id: In(ids) });
  const usesPopulation = agreement.costKey === CostKeyKind.POPULATION || agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION;
  const populationYear = usesPopulation ? (agreement.costKeyPopulationYear ?? forYear - 1) : null;
  const figures = usesPopulation ? await ctx.db.getRepository(PopulationFigure).find({ where: { municipalityId: In(ids) }, order: { year: "ASC" } }) : [];
  const shareOf = new Map(parties.map((p) => [p.municipalityId!, p.costShareBasisPoints]));

  const participants = municipalities
    .sort((a, b) => compareNames(a.name, b.name))
    .map((municipality) => {
      const own = figures.filter((f) => f.municipalityId === municipality.id);
      const figure = populationYear === null ? null : agreement.costKeyPopulationYear !== null ? (own.find((f) => f.year === populationYear) ?? null) : figureFor(own, populationYear);
      if (populationYear !== null && !figure) throw badInput(missingPopulation(municipality.name, populationYear, agreement.costKeyPopulationYear !== null, own), "agreement");
      return { municipality, code: municipality.code, population: figure?.population ?? null, populationYear: figure?.year ?? null, shareBasisPoints: shareOf.get(municipality.id) ?? null };
    });
  const key: CostKey =
    agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION ? { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: agreement.costKeyBaseShareBasisPoints ?? 0 } : { kind: agreement.costKey };
  let shares: CostShare<(typeof participants)[number]>[];
  try {
    shares = allocateCost(total, participants, key);
  } catch (error) {
    if (error instanceof CostSplitError) throw badInput(error.message, "agreement");
    throw error;
  }
  return Object.assign(new CostAllocation(), {
    agreement,
    year: forYear,
    key: agreement.costKey,
    populationYear,
    baseShareBasisPoints: agreement.costKeyBaseShareBasisPoints,
    totalOre: total,
    shares: shares.map(({ participant: p, amountOre, fraction }) =>
      Object.assign(new CostAllocationShare(), {
        municipality: p.municipality,
        population: p.population,
        populationYear: p.populationYear,
        shareBasisPoints: agreement.costKey === CostKeyKind.FIXED_SHARES ? p.shareBasisPoints : null,
        fraction,
        amountOre,
      }),
    ),
  });
}
