import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Municipality } from "../municipalities/entities";
import { CostKeyKind } from "./cost-split";
import { AgreementStatus, type AgreementSchedule } from "./deadlines";
import { Agreement } from "./entities";

@ObjectType("AgreementSchedule", {
  description:
    "An agreement's computed dates and status on a date (`asOf`). Term ends count renewal terms from the initial end date; a date on the last day of a month stays on the last day of a month (31 Jan + 1 month = 28/29 Feb).",
})
export class AgreementScheduleView {
  @Field(() => Agreement, { description: "The agreement." }) agreement: Agreement;
  @Field(() => LocalDateResolver, { description: "The date the values are computed for." }) asOf: string;
  @Field(() => LocalDateResolver, { description: "First day of the current term (the initial term or the latest binding renewal)." }) currentTermStart: string;
  @Field(() => LocalDateResolver, {
    description:
      "Last day of the term the agreement is committed to on asOf (avtalets nuvarande slutdatum): the initial end date plus every binding renewal — tacit renewals roll forward the day after a notice deadline passes without notice, until the extensions run out — or the termination date.",
  })
  currentTermEnd: string;
  @Field(() => LocalDateResolver, {
    description:
      "Last day to give notice (uppsägning) for the agreement to end at the current term end: the term end minus the notice period (the term end itself without one). For express renewal, also the last day to call the extension.",
  })
  noticeDeadline: string;
  @Field(() => LocalDateResolver, { description: "Last day to decide between renewing and procuring anew (beslutsdatum): the notice deadline minus the procurement lead time." })
  decisionDeadline: string;
  @Field(() => AgreementStatus, { description: "Status on asOf; see AgreementStatus for the thresholds." }) status: AgreementStatus;
  @Field(() => Int, { description: "Days from asOf to the current term end: 0 on its last day, negative once it has ended." }) daysLeft: number;
  @Field(() => Int, { description: "Binding renewals so far: express extensions called, or tacit renewals whose notice deadline passed without notice." }) extensionsUsed: number;
  @Field(() => Int, { description: "Renewals still allowed by the maximum number of extensions." }) extensionsRemaining: number;
  @Field(() => LocalDateResolver, { description: "The latest the agreement can run: the current term end when its end is settled, else the end of the last possible renewal." })
  latestPossibleEnd: string;
  @Field(() => Boolean, { description: "Whether it renews by itself unless notice is given (tacit renewal, renewals left, no notice, not terminated)." }) renewsAutomatically: boolean;
  @Field(() => Int, { description: "The procurement lead time used (upphandlingstid, months): the agreement's own, else 18 for systems at level 3 or higher, 12 otherwise (configurable)." })
  procurementLeadTimeMonths: number;

  static of(agreement: Agreement, schedule: AgreementSchedule): AgreementScheduleView {
    return Object.assign(new AgreementScheduleView(), schedule, { agreement });
  }
}

@ObjectType({ description: "One municipality's fixed share of a FIXED_SHARES cost key." })
export class CostKeyShare {
  @Field(() => Municipality, { description: "The municipality." }) municipality: Municipality;
  @Field(() => Int, { description: "Its share in basis points (2 500 = 25 %)." }) shareBasisPoints: number;
}

@ObjectType({ description: "The cost key (fördelningsnyckel) of a samverkansavtal." })
export class CostKey {
  @Field(() => CostKeyKind, { description: "How the cost is divided." }) kind: CostKeyKind;
  @Field(() => Int, {
    nullable: true,
    description:
      "The year of population figures (folkmängd) the key names; null means the population on 31 December of the year before the year being split (budget year 2026 uses 2025's figures), or the latest earlier year on record when that is not yet published.",
  })
  populationYear: number | null;
  @Field(() => Int, { nullable: true, description: "BASE_PLUS_POPULATION: the base part in basis points, split equally." }) baseShareBasisPoints: number | null;
  @Field(() => [CostKeyShare], { description: "FIXED_SHARES: the agreed shares; empty for other keys." }) shares: CostKeyShare[];
}

@ObjectType({ description: "One municipality's part of a cost allocation." })
export class CostAllocationShare {
  @Field(() => Municipality, { description: "The municipality." }) municipality: Municipality;
  @Field(() => Int, { nullable: true, description: "The population figure used; null when the key does not use population." }) population: number | null;
  @Field(() => Int, { nullable: true, description: "The year of that figure." }) populationYear: number | null;
  @Field(() => Int, { nullable: true, description: "FIXED_SHARES: the agreed share in basis points." }) shareBasisPoints: number | null;
  @Field(() => Float, { description: "The exact, unrounded fraction of the total (0–1)." }) fraction: number;
  @Field(() => SafeIntResolver, { description: "This municipality's part in öre; the parts add up exactly to the total." }) amountOre: number;
}

@ObjectType({
  description:
    "A samverkansavtal's cost divided between its municipalities (kostnadsfördelning), in öre, by largest remainder: each gets the floor of its exact share, and the öre left over go one each to the largest remainders (ties: larger share, then larger population, then lower municipality code).",
})
export class CostAllocation {
  @Field(() => Agreement, { description: "The samverkansavtal." }) agreement: Agreement;
  @Field(() => Int, { description: "The year the cost is for." }) year: number;
  @Field(() => CostKeyKind, { description: "The cost key used." }) key: CostKeyKind;
  @Field(() => Int, {
    nullable: true,
    description: "The population year asked for: the key's named year, else the year before `year` (the latest earlier figure is used when that year is not published).",
  })
  populationYear: number | null;
  @Field(() => Int, { nullable: true, description: "BASE_PLUS_POPULATION: the base part in basis points." }) baseShareBasisPoints: number | null;
  @Field(() => SafeIntResolver, { description: "The total split, in öre." }) totalOre: number;
  @Field(() => [CostAllocationShare], { description: "One share per municipal party, by municipality name." }) shares: CostAllocationShare[];
}
