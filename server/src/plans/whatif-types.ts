import { capped } from "../common/text-limits";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { WhatIfChange, type WhatIfResult } from "./whatif";

registerEnumType(WhatIfChange, {
  name: "WhatIfChange",
  description: "What a what-if (konsekvensanalys) supposes.",
  valuesConfig: {
    JOIN: { description: "The municipality joins (ansluter)." },
    LEAVE: { description: "The municipality leaves (lämnar, utträder)." },
  },
});

@InputType({ description: "A what-if: a municipality joins or leaves a collaboration body (its collaborations) or one collaboration, from a date. Give `body` or `collaboration`." })
export class WhatIfInput {
  @Field(() => WhatIfChange, { description: "JOIN or LEAVE." }) change: WhatIfChange;
  @Field(() => ID, { description: "The municipality (global ID or four-digit code)." }) municipality: string;
  @Field(() => ID, { nullable: true, description: "The collaboration body." }) body?: string | null;
  @Field(() => ID, { nullable: true, description: "The collaboration." }) collaboration?: string | null;
  @Field(() => LocalDateResolver, { description: "From this day." }) from: string;
}

@ObjectType({ description: "One municipality's part of a cost split before and after (andel före och efter)." })
export class WhatIfShareType {
  @Field(() => String, { description: "Municipality code." }) code: string;
  @Field(() => String, { description: "Municipality name." }) name: string;
  @Field(() => SafeIntResolver, { description: "Öre per year before." }) beforeOre: number;
  @Field(() => SafeIntResolver, { description: "Öre per year after." }) afterOre: number;
  @Field(() => SafeIntResolver, { description: "After minus before." }) changeOre: number;
}

@ObjectType({ description: "A samverkansavtal's cost split that would move (kostnadsfördelning)." })
export class WhatIfCostSplitType {
  @Field(() => ID, { description: "The agreement (Agreement global ID)." }) agreementId: string;
  @Field(() => String, { description: "The agreement's name." }) agreement: string;
  @Field(() => String, { description: "The cost key, in Swedish." }) key: string;
  @Field(() => SafeIntResolver, { description: "The annual cost split, öre." }) totalOre: number;
  @Field(() => [WhatIfShareType], { nullable: true, description: "Before and after per municipality, by name; null when the key cannot split without a new agreement." }) shares:
    | WhatIfShareType[]
    | null;
  @Field(() => String, { nullable: true, description: "Why it cannot be split as is." }) problem: string | null;
}

@ObjectType({ description: "An agreement whose parties would change, with its deadlines." })
export class WhatIfAgreementType {
  @Field(() => ID, { description: "The agreement (Agreement global ID)." }) agreementId: string;
  @Field(() => String, { description: "Its name." }) agreement: string;
  @Field(() => String, { description: "AgreementKind value." }) kind: string;
  @Field(() => String, { nullable: true, description: "Avtalsnummer." }) referenceNumber: string | null;
  @Field(() => String, { description: "What changes, in Swedish." }) change: string;
  @Field(() => LocalDateResolver, { description: "Notice deadline (uppsägning senast)." }) noticeDeadline: string;
  @Field(() => LocalDateResolver, { description: "Decision deadline (beslutsdatum)." }) decisionDeadline: string;
  @Field(() => LocalDateResolver, { description: "End of the current term." }) currentTermEnd: string;
  @Field(() => Boolean, { description: "Whether the notice deadline lies before the date of the change." }) noticeDeadlinePassed: boolean;
}

@ObjectType({ description: "A shared system the change touches, and what it would lose." })
export class WhatIfSystemType {
  @Field(() => ID, { description: "The collaboration (global ID)." }) collaborationId: string;
  @Field(() => String, { description: "Its name." }) collaboration: string;
  @Field(() => String, { description: "The product." }) application: string;
  @Field(() => Int, { description: "Its level (ordinal)." }) level: number;
  @Field(() => String, { description: "The level's name." }) levelName: string;
  @Field(() => Int, { description: "Participants before." }) participantsBefore: number;
  @Field(() => Int, { description: "Participants after." }) participantsAfter: number;
  @Field(() => Boolean, { description: "True when it would no longer meet what its level requires (a host, an operating IT unit, two participants)." }) fallsBelowLevel: boolean;
  @Field(() => [String], { description: "What happens, in Swedish." }) consequences: string[];
  @Field(() => Int, { description: "Specialists on its product among its participants, before." }) specialistsBefore: number;
  @Field(() => Int, { description: "And after." }) specialistsAfter: number;
  @Field(() => [String], { description: "Specialists lost, by name." }) specialistsLost: string[];
  @Field(() => [String], { description: "Roles on it lost (role kind and person)." }) rolesLost: string[];
}

@ObjectType({ description: "A transition window clear of the participants' freezes." })
export class WhatIfWindowType {
  @Field(() => LocalDateResolver, { description: "First day." }) start: string;
  @Field(() => LocalDateResolver, { description: "Last day." }) end: string;
  @Field(() => [String], { description: "Freezes avoided." }) avoidedFreezes: string[];
}

@ObjectType({ description: "The answer of a what-if (konsekvensanalys): what would move, before anyone decides. Nothing is changed by asking." })
export class WhatIfResultType {
  @Field(() => WhatIfChange, { description: "JOIN or LEAVE." }) change: WhatIfChange;
  @Field(() => String, { description: "The municipality's code." }) municipalityCode: string;
  @Field(() => String, { description: "The municipality's name." }) municipalityName: string;
  @Field(() => String, { description: "What is joined or left." }) scope: string;
  @Field(() => LocalDateResolver, { description: "From." }) from: string;
  @Field(() => String, { description: "In one Swedish sentence." }) summary: string;
  @Field(() => [WhatIfCostSplitType], { description: "Cost splits that move." }) costSplits: WhatIfCostSplitType[];
  @Field(() => [WhatIfAgreementType], { description: "Agreements whose parties change." }) agreements: WhatIfAgreementType[];
  @Field(() => [WhatIfSystemType], { description: "Systems touched." }) systems: WhatIfSystemType[];
  @Field(() => WhatIfWindowType, { nullable: true, description: "A transition window from the date on; null when none within five years." }) window: WhatIfWindowType | null;
}

export function whatIfOf(result: WhatIfResult, globalId: (type: string, id: number) => string): WhatIfResultType {
  return Object.assign(new WhatIfResultType(), {
    change: result.change,
    municipalityCode: result.municipality.code,
    municipalityName: result.municipality.name,
    scope: result.scope.name,
    from: result.from,
    summary: result.summary,
    costSplits: result.costSplits.map((s) =>
      Object.assign(new WhatIfCostSplitType(), { ...s, agreementId: globalId("Agreement", s.agreementId), shares: s.shares?.map((x) => Object.assign(new WhatIfShareType(), x)) ?? null }),
    ),
    agreements: result.agreements.map((a) => Object.assign(new WhatIfAgreementType(), { ...a, agreementId: globalId("Agreement", a.agreementId) })),
    systems: result.systems.map((s) => Object.assign(new WhatIfSystemType(), { ...s, collaborationId: globalId("Collaboration", s.collaborationId), level: s.level.ordinal, levelName: s.level.name })),
    window: result.window ? Object.assign(new WhatIfWindowType(), { start: result.window.start, end: result.window.end, avoidedFreezes: result.window.avoided }) : null,
  });
}

@ObjectType({ description: "A decision recorded on a what-if (beslut efter konsekvensanalys), with the scenario and the answer it was based on." })
export class WhatIfDecision {
  @Field(() => ID, { description: "Opaque ID." }) id: string;
  @Field(() => WhatIfChange, { description: "JOIN or LEAVE." }) change: WhatIfChange;
  @Field(() => LocalDateResolver, { description: "From." }) from: string;
  @Field(() => String, { description: "The scenario as asked (JSON)." }) scenario: string;
  @Field(() => String, { description: "The answer's summary when decided." }) summary: string;
  @Field(() => String, { description: "SHA-256 of the answer it was based on." }) resultSha256: string;
  @Field(() => String, { description: "Why (motivering)." }) reason: string;
  @Field(() => String, { nullable: true, description: "The decision's reference (diarienummer)." }) decisionReference: string | null;
  @Field(() => LocalDateResolver, { description: "When." }) decidedOn: string;
  @Field(() => String, { description: "Who (token name)." }) decidedBy: string;
}

@InputType({ description: "Records a decision taken on a what-if, with its scenario." })
export class WhatIfDecisionRecordInput {
  @Field(() => WhatIfInput, { description: "The scenario; its answer is computed again and stored with the decision." }) scenario: WhatIfInput;
  @Field(() => String, { description: capped("Why (motivering); required.", 2000) }) reason: string;
  @Field(() => String, { nullable: true, description: capped("The decision's reference (diarienummer), up to 100 characters.", 100) }) decisionReference?: string | null;
}
