import { CORRECTION_REASON_DESCRIPTION, capped, MAX_CORRECTION_REASON } from "../common/text-limits";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { CostKeyKind } from "./cost-split";
import { PeriodUnit, RenewalKind } from "./deadlines";
import { AgreementKind } from "./entities";
import { ListField, MAX_LIST_ITEMS } from "../core/list-cap";

@InputType({ description: "A notice period (uppsägningstid)." })
export class NoticePeriodInput {
  @Field(() => Int, { description: "How many days or months; 0 means notice can be given up to the last day." }) amount: number;
  @Field(() => PeriodUnit, { description: "Days or months." }) unit: PeriodUnit;
}

@InputType({ description: "One municipality's fixed share, for the FIXED_SHARES cost key." })
export class CostShareInput {
  @Field(() => ID, { description: "The municipality (a party of the agreement)." }) municipalityId: string;
  @Field(() => Int, { description: "Its share in basis points (hundredths of a percent): 2 500 = 25 %. All shares add up to 10 000." }) shareBasisPoints: number;
}

@InputType({ description: "The cost key (fördelningsnyckel) of a samverkansavtal." })
export class CostKeyInput {
  @Field(() => CostKeyKind, { description: "How the cost is divided." }) kind: CostKeyKind;
  @Field(() => Int, {
    nullable: true,
    description:
      "POPULATION and BASE_PLUS_POPULATION: the year of the population figures (folkmängd) to use, exactly; null means the population on 31 December of the year before the year being split (budget year 2026 uses 2025's figures), or the latest earlier year on record when that is not yet published.",
  })
  populationYear?: number | null;
  @Field(() => Int, { nullable: true, description: "BASE_PLUS_POPULATION: the base part in basis points (3 000 = 30 %), split equally." }) baseShareBasisPoints?: number | null;
  @ListField(() => [CostShareInput], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "FIXED_SHARES: one share per municipal party, adding up to exactly 100 %." }) shares?:
    | CostShareInput[]
    | null;
}

/** The fields create and update share; on update, omitted fields stay as they are, null clears optional ones, and a list given replaces the whole list (null or omitted keeps it). */
@InputType({ description: "The facts of an agreement that create and update share." })
class AgreementFields {
  @Field(() => String, { nullable: true, description: capped("Reference number (avtalsnummer, diarienummer).", 100) }) referenceNumber?: string | null;
  @Field(() => String, { nullable: true, description: capped("The vendor party (leverantör); required for a leverantörsavtal.", 150) }) vendorName?: string | null;
  @Field(() => NoticePeriodInput, { nullable: true, description: "Notice period (uppsägningstid); null for none. Must be shorter than the initial term and the renewal term." })
  noticePeriod?: NoticePeriodInput | null;
  @Field(() => Int, { nullable: true, description: "Length of each renewal term in months; required when the agreement renews." }) renewalTermMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "Maximum number of renewals; required when the agreement renews." }) maxExtensions?: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "Annual cost (årskostnad) in öre (1 krona = 100 öre), a whole number of kronor." }) annualCostOre?: number | null;
  @Field(() => Int, { nullable: true, deprecationReason: "Use annualCostOre: money is öre (SafeInt) throughout the API.", description: "Annual cost in whole kronor (SEK)." }) annualCostSek?:
    | number
    | null;
  @Field(() => String, { nullable: true, description: capped("Link to the signed agreement (http or https).", 500) }) documentUrl?: string | null;
  @Field(() => Int, { nullable: true, description: "This agreement's own procurement lead time in months (0–60); null for the default by level." }) procurementLeadTimeMonths?: number | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Municipalities that are parties." }) municipalityIds?: string[] | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "IT units that are parties (the driftande IT-enhet of a driftavtal)." }) itUnitIds?: string[] | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Applications the agreement covers." }) applicationIds?: string[] | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Collaborations the agreement covers." }) collaborationIds?: string[] | null;
  @Field(() => CostKeyInput, { nullable: true, description: "Samverkansavtal only: the cost key; default POPULATION (the policy's rule)." }) costKey?: CostKeyInput | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) note?: string | null;
}

@InputType({ description: "A new agreement. At least one municipality or IT unit must be a party." })
export class AgreementCreateInput extends AgreementFields {
  @Field(() => AgreementKind, { description: "Kind of agreement." }) kind: AgreementKind;
  @Field(() => String, { description: capped("Name.", 200) }) name: string;
  @Field(() => LocalDateResolver, {
    description:
      "First day. A day before today is a late registration (efterregistrering): it needs no correctionReason, and the agreement's terms, parties and covered systems hold from this day, so every date from its start answers with all of them. An agreement starting later is on record from today.",
  })
  startDate: string;
  @Field(() => LocalDateResolver, { description: "Last day of the initial term; after the start date." }) endDate: string;
  @Field(() => RenewalKind, { nullable: true, description: "How it renews; default NONE." }) renewalKind?: RenewalKind | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    deprecationReason: "A new agreement holds from its startDate; effectiveFrom dates an amendment (agreementUpdate). Giving it here is refused.",
    description: "Refused on create: a new agreement's terms, parties and covered systems hold from its start date.",
  })
  effectiveFrom?: string | null;
  @Field(() => String, {
    nullable: true,
    description: capped(
      "Not needed: a start date before today registers an agreement that already existed (efterregistrering), which is not a correction. A reason given is recorded in the audit log.",
      MAX_CORRECTION_REASON,
    ),
  })
  correctionReason?: string | null;
}

@InputType({
  description:
    "Changes to an agreement: omitted fields stay as they are, null clears optional ones, a list given replaces the whole list. Extensions, notice and termination have their own mutations.",
})
export class AgreementUpdateInput extends AgreementFields {
  @Field(() => ID, { description: "The agreement." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Name.", 200) }) name?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "First day." }) startDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of the initial term." }) endDate?: string | null;
  @Field(() => RenewalKind, { nullable: true, description: "How it renews." }) renewalKind?: RenewalKind | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "From which day the terms, parties and covered systems given hold (an amendment, avtalsändring); default today, may lie ahead. Earlier dates keep the earlier terms. A day before today is a correction.",
  })
  effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "Calls the extension option(s) of an agreement with express renewal." })
export class AgreementExtendInput {
  @Field(() => ID, { description: "The agreement." }) id: string;
  @Field(() => Int, { defaultValue: 1, description: "How many renewal terms to add; default 1." }) extensions: number;
}

@InputType({ description: "Records that notice (uppsägning) was given." })
export class AgreementGiveNoticeInput {
  @Field(() => ID, { description: "The agreement." }) id: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When notice was given; default today, not after today. Answers for dates before today change only with a correctionReason." })
  givenOn?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "Records that an agreement was ended early (hävt, avslutat i förtid)." })
export class AgreementTerminateInput {
  @Field(() => ID, { description: "The agreement." }) id: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "The agreement's last day; default today, not after today. Answers for dates before today change only with a correctionReason." })
  terminatedOn?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}
