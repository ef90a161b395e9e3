import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ApplicationCategory } from "../applications/entities";
import { encodeGlobalId } from "../core/global-id";
import { CandidateKind, type Candidate, type Contribution, type CostShareOfCandidate, type EvidenceItem } from "./candidates";
import { RecommendationDecision } from "./entities";
import { candidateGlobalId } from "./service";
import { Trigger } from "./triggers";

registerEnumType(Trigger, {
  name: "RecommendationTrigger",
  description: "The IT policy's four triggers: when collaboration should be considered (när ska samverkan övervägas).",
  valuesConfig: {
    AGREEMENT_EXPIRING: { description: "Avtal på väg ut: an agreement's decision deadline lies within the horizon, or has passed while the agreement still runs." },
    POOR_APPLICATION: { description: "Nuvarande applikation fungerar dåligt: functional or technical fit at or below the threshold, or being phased out." },
    COMPETENCE_RISK: { description: "Svårigheter att upprätthålla kompetens: a competence-risk score at or above the threshold." },
    SAME_APPLICATION: { description: "Flera kommuner använder redan samma applikation: outside a collaboration, or inside one below the joint level." },
  },
});

registerEnumType(CandidateKind, {
  name: "CollaborationCandidateKind",
  description: "What a collaboration candidate groups municipalities around.",
  valuesConfig: {
    APPLICATION: { description: "One product the participants all run, outside a collaboration at the joint level." },
    CATEGORY: { description: "One business area where the participants' products differ; one product is proposed." },
    COLLABORATION: { description: "An existing collaboration at the joint level or above: to raise its level, or for others running its product to join." },
  },
});

@ObjectType({ description: "One input behind a trigger's contribution (underlag): the object, the values used and when that input last changed." })
export class RecommendationEvidence {
  item: EvidenceItem;
  @Field(() => Trigger, { description: "The trigger it supports." }) trigger: Trigger;
  @Field(() => String, { description: "The object's type: Agreement, ApplicationUsage or Collaboration." }) objectType: string;
  @Field(() => String, { description: 'Human label, e.g. "Dals-Ed – Procapita VoO" or an agreement\'s name.' }) label: string;
  @Field(() => String, { description: "The values used, in Swedish (dates, fits, scores)." }) detail: string;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "When the input last changed: the audit log's latest change on or before asOf, else the object's own latest date (in use since, signed, level changed).",
  })
  lastChangedOn: string | null;

  @Field(() => ID, { description: "Global ID of the object (fetch it with node(id:))." })
  get objectId(): string {
    return encodeGlobalId(this.item.objectType, this.item.objectId);
  }

  static of(item: EvidenceItem): RecommendationEvidence {
    return Object.assign(new RecommendationEvidence(), { item, trigger: item.trigger, objectType: item.objectType, label: item.label, detail: item.detail, lastChangedOn: item.lastChangedOn });
  }
}

@ObjectType({ description: "A trigger's visible contribution to a candidate's score: its weight, the points it gives and the evidence." })
export class TriggerContribution {
  @Field(() => Trigger, { description: "The trigger." }) trigger: Trigger;
  @Field(() => Int, { description: "Its weight (triggerSettings): the points at full strength." }) weight: number;
  @Field(() => Int, { description: "Points given: the weight times the strength, rounded." }) points: number;
  @Field(() => String, { description: "Why it fires, in Swedish." }) explanation: string;
  @Field(() => [RecommendationEvidence], { description: "The inputs behind it." }) evidence: RecommendationEvidence[];

  static of(c: Contribution): TriggerContribution {
    return Object.assign(new TriggerContribution(), { trigger: c.trigger, weight: c.weight, points: c.points, explanation: c.explanation, evidence: c.evidence.map(RecommendationEvidence.of) });
  }
}

@ObjectType({
  description:
    "The suggested transition window (övergångsfönster): the first period of the configured length, from the decision plus the procurement lead time on, that avoids every participant's change freezes for the business area.",
})
export class TransitionWindow {
  @Field(() => LocalDateResolver, { description: "The decision date assumed: the driving deadline when it lies ahead, else asOf." }) decisionOn: string;
  @Field(() => Int, { description: "Procurement lead time (upphandlingstid) in months, by the target level." }) procurementLeadTimeMonths: number;
  @Field(() => LocalDateResolver, { description: "The earliest start: decisionOn plus the lead time." }) earliestStart: string;
  @Field(() => Int, { description: "Length in days." }) lengthDays: number;
  @Field(() => LocalDateResolver, { nullable: true, description: "First day; null when no window without freezes was found within five years." }) start: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day." }) end: string | null;
  @Field(() => [String], { description: "The freezes that pushed the window later, by name." }) avoidedFreezes: string[];
}

@ObjectType({ description: "One participant's part of the combined annual cost, split by population (the policy's default key), as a preview." })
export class CandidateCostShare {
  share: CostShareOfCandidate;
  @Field(() => Int, { description: "The population figure used (the year before asOf, or the latest earlier one)." }) population: number;
  @Field(() => SafeIntResolver, { description: "The part in öre; the parts add up exactly to the combined cost." }) amountOre: number;
}

@ObjectType({
  description:
    "A collaboration candidate (samverkansförslag): municipalities grouped around one product, one business area or an existing collaboration, with a score that is the sum of the triggers' visible contributions, the evidence, the driving deadline, today's cost, a transition window and a Swedish explanation. Its identity (id, key) is stable across evaluations while the subject and the participants stay the same.",
})
export class CollaborationCandidate {
  candidate: Candidate;
  decisionRows: Map<number, RecommendationDecision>;

  @Field(() => String, { description: "Stable key: the subject (application:<id> or category:<CODE>) and the sorted participant ids." }) key: string;
  @Field(() => CandidateKind, { description: "What it groups around." }) kind: CandidateKind;
  @Field(() => ApplicationCategory, { description: "The business area." }) category: ApplicationCategory;
  @Field(() => LocalDateResolver, { description: "The date it was evaluated for." }) asOf: string;
  @Field(() => Int, { description: "The score: the sum of the contributions' points." }) score: number;
  @Field(() => [TriggerContribution], { description: "Each trigger that fires, with weight, points and evidence." })
  get contributions(): TriggerContribution[] {
    return this.candidate.contributions.map(TriggerContribution.of);
  }
  @Field(() => [RecommendationEvidence], { description: "All evidence, once per trigger and object." })
  get evidence(): RecommendationEvidence[] {
    return this.candidate.evidence.map(RecommendationEvidence.of);
  }
  @Field(() => String, { description: "Why, in one Swedish sentence: who already runs what, and the deadline that drives it." })
  get summary(): string {
    return this.candidate.summary;
  }
  @Field(() => [String], { description: "Why, in full (svenska): each trigger, the product proposed, the level proposed, the window and any decision." })
  get explanation(): string[] {
    return this.candidate.explanation;
  }
  @Field(() => String, { nullable: true, description: "CATEGORY: why the proposed product (best fit, then most users)." })
  get proposalReason(): string | null {
    return this.candidate.proposalReason;
  }
  @Field(() => String, { description: "Why the target level." })
  get targetLevelReason(): string {
    return this.candidate.targetLevelReason;
  }
  @Field(() => LocalDateResolver, { nullable: true, description: "The deadline that drives it: the earliest decision deadline among the agreements concerning the participants." })
  drivingDeadline: string | null;
  @Field(() => Int, {
    nullable: true,
    deprecationReason: "Use combinedAnnualCostOre: money is öre (SafeInt) throughout the API.",
    description: "The participants' combined annual cost today (SEK) for the systems concerned; null when none is known.",
  })
  combinedAnnualCostSek: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "The participants' combined annual cost today in öre (1 krona = 100 öre) for the systems concerned; null when none is known." })
  get combinedAnnualCostOre(): number | null {
    return this.combinedAnnualCostSek === null ? null : this.combinedAnnualCostSek * 100;
  }
  @Field(() => [CandidateCostShare], { nullable: true, description: "The combined cost split by population; null when a population figure or the cost is missing." })
  get costSplit(): CandidateCostShare[] | null {
    return this.candidate.costSplit?.map((share) => Object.assign(new CandidateCostShare(), { share, population: share.population, amountOre: share.amountOre })) ?? null;
  }
  @Field(() => TransitionWindow, { description: "The suggested transition window." })
  get transitionWindow(): TransitionWindow {
    const window = this.candidate.window;
    return Object.assign(new TransitionWindow(), {
      decisionOn: window.decisionOn,
      procurementLeadTimeMonths: window.leadMonths,
      earliestStart: window.earliestStart,
      lengthDays: window.lengthDays,
      start: window.start,
      end: window.end,
      avoidedFreezes: window.avoided,
    });
  }
  @Field(() => Boolean, { description: "Whether its latest decision hides it (rejected, or deferred until a later date, with unchanged evidence)." }) hidden: boolean;
  @Field(() => [String], { description: "What changed since its latest decision, in Swedish; empty when nothing did or it was never decided." })
  get changesSinceDecision(): string[] {
    return this.candidate.changesSinceDecision;
  }

  @Field(() => ID, { description: "Opaque ID, stable while the key is; pass it to recommendationDecide." })
  get id(): string {
    return candidateGlobalId(this.candidate.key);
  }

  /** The candidate as the API shows it; its sentences, evidence, window and cost split are read only when asked for. */
  static of(candidate: Candidate, decisionRows: Map<number, RecommendationDecision>): CollaborationCandidate {
    return Object.assign(new CollaborationCandidate(), {
      candidate,
      decisionRows,
      key: candidate.key,
      kind: candidate.kind,
      category: candidate.category as ApplicationCategory,
      asOf: candidate.asOf,
      score: candidate.score,
      drivingDeadline: candidate.drivingDeadline,
      combinedAnnualCostSek: candidate.combinedAnnualCostSek,
      hidden: candidate.hidden,
    });
  }
}

@ObjectType({ description: "A period a change freeze covers." })
export class FreezePeriod {
  @Field(() => LocalDateResolver, { description: "First day." }) from: string;
  @Field(() => LocalDateResolver, { description: "Last day." }) to: string;
}
