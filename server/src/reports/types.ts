import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { ReportFollowUps } from "./follow-up-types";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type * as report from "./annual-report";

/** GraphQL types of the annual report: the structure of annual-report.ts, field for field. */

@ObjectType({ description: "A level (samverkansnivå) as the report shows it." })
export class ReportLevel implements report.LevelFact {
  @Field(() => Int, { description: "Position on the scale." }) ordinal: number;
  @Field(() => String, { description: "Swedish name." }) name: string;
}

@ObjectType({ description: "A shared system (gemensamt system) at the start and end of the year." })
export class ReportSystem implements report.ReportSystem {
  @Field(() => ID, { description: "The collaboration's global ID; its page is /system/<id>." }) id: string;
  @Field(() => String, { description: "The collaboration's name." }) name: string;
  @Field(() => String, { description: "The shared application." }) application: string;
  @Field(() => String, { description: "The host municipality (värdkommun)." }) host: string;
  @Field(() => ReportLevel, { nullable: true, description: "Level on 1 January; null when it began during the year." }) levelStart: ReportLevel | null;
  @Field(() => ReportLevel, { nullable: true, description: "Level on 31 December." }) levelEnd: ReportLevel | null;
  @Field(() => Int, { description: "Participating municipalities on 1 January." }) participantsStart: number;
  @Field(() => Int, { description: "Participating municipalities on 31 December." }) participantsEnd: number;
}

@ObjectType({ description: "A level change (nivåförändring) during the year." })
export class ReportLevelChange implements report.ReportLevelChange {
  @Field(() => String, { description: "The collaboration's name." }) system: string;
  @Field(() => LocalDateResolver, { description: "When the new level took effect." }) changedOn: string;
  @Field(() => ReportLevel, { nullable: true, description: "The level before; null when the collaboration began." }) from: ReportLevel | null;
  @Field(() => ReportLevel, { description: "The level after." }) to: ReportLevel;
  @Field(() => String, { nullable: true, description: "Decision reference (beslutsreferens)." }) decisionReference: string | null;
  @Field(() => String, { nullable: true, description: "Why (motivering)." }) reason: string | null;
}

@ObjectType({ description: "Systems and municipalities per level." })
export class ReportLevelCount implements report.ReportLevelCount {
  @Field(() => ReportLevel, { description: "The level." }) level: ReportLevel;
  @Field(() => Int, { description: "Systems at this level on 1 January." }) systemsStart: number;
  @Field(() => Int, { description: "Systems at this level on 31 December." }) systemsEnd: number;
  @Field(() => Int, { description: "Municipalities taking part on 31 December in at least one system at this level." }) municipalitiesEnd: number;
}

@ObjectType({ description: "The report's summary (sammanfattning)." })
export class ReportSummary {
  @Field(() => [ReportSystem], { description: "Systems begun by 31 December, by name." }) systems: ReportSystem[];
  @Field(() => [ReportLevelChange], { description: "Level changes during the year, by date." }) changes: ReportLevelChange[];
  @Field(() => [ReportLevelCount], { description: "Per level of the scale, lowest first." }) perLevel: ReportLevelCount[];
}

@ObjectType({ description: "One municipality's row of the municipality × system matrix." })
export class ReportMatrixRow implements report.ReportMatrixRow {
  @Field(() => String, { description: "The municipality." }) municipality: string;
  @Field(() => String, { description: "Its four-digit code (kommunkod); its page is /kommun/<code>." }) code: string;
  @Field(() => [Int], { nullable: "items", description: "Per system (matrix order): the system's level where the municipality takes part on 31 December, else null." }) levels: (number | null)[];
}

@ObjectType({ description: "The municipality × shared-system matrix on 31 December, by level." })
export class ReportMatrix {
  @Field(() => [String], { description: "The columns: systems." }) systems: string[];
  @Field(() => [ReportMatrixRow], { description: "The rows: municipalities." }) rows: ReportMatrixRow[];
}

@ObjectType({ description: "Systems per level at the end of one year." })
export class ReportYearLevels implements report.ReportYearLevels {
  @Field(() => Int, { description: "The year." }) year: number;
  @Field(() => [Int], { description: "Systems per level, in the order of `levels`." }) systems: number[];
}

@ObjectType({ description: "Something that happened to, or falls due for, an agreement." })
export class ReportAgreementEvent implements report.ReportAgreementEvent {
  @Field(() => String, { description: "The agreement's name." }) agreement: string;
  @Field(() => String, { description: "Kind, in Swedish (avtalstyp)." }) kind: string;
  @Field(() => String, { nullable: true, description: "Reference number." }) referenceNumber: string | null;
  @Field(() => LocalDateResolver, { description: "The day it happened or falls due." }) date: string;
  @Field(() => String, { description: "What, in Swedish." }) detail: string;
}

@ObjectType({ description: "Agreements (avtal) in the year." })
export class ReportAgreements {
  @Field(() => [ReportAgreementEvent], { description: "Ended during the year." }) ended: ReportAgreementEvent[];
  @Field(() => [ReportAgreementEvent], { description: "Renewed during the year (förlängda)." }) renewed: ReportAgreementEvent[];
  @Field(() => [ReportAgreementEvent], { description: "Given notice during the year (uppsagda)." }) noticeGiven: ReportAgreementEvent[];
  @Field(() => [ReportAgreementEvent], { description: "Decision deadlines (beslutsdatum) in the 24 months after the year." }) upcomingDecisions: ReportAgreementEvent[];
}

@ObjectType({ description: "A municipality a recommendation names (kommun)." })
export class ReportMunicipalityRef implements report.MunicipalityRef {
  @Field(() => String, { description: "Its four-digit code (kommunkod); its page is /kommun/<code>." }) code: string;
  @Field(() => String, { description: "Its name." }) name: string;
}

@ObjectType({ description: "The shared system (gemensamt system) a recommendation concerns." })
export class ReportSystemRef {
  @Field(() => ID, { description: "The collaboration's global ID; its page is /system/<id>." }) id: string;
  @Field(() => String, { description: "The collaboration's name." }) name: string;
}

@ObjectType({ description: "A transition window (övergångsfönster)." })
export class ReportWindow {
  @Field(() => LocalDateResolver, { description: "First day." }) start: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day; null when open-ended." }) end: string | null;
}

@ObjectType({ description: "A collaboration candidate (samverkansförslag) standing on 31 December, or a decision (beslut) taken on one during the year." })
export class ReportRecommendation implements report.RecommendationFact {
  @Field(() => LocalDateResolver, { description: "When: 31 December for a candidate, the day of a decision." }) date: string;
  @Field(() => String, { description: 'The triggers (utlösare), in Swedish; "Beslut" for a decision.' }) trigger: string;
  @Field(() => String, { description: "The participants' names." }) subject: string;
  @Field(() => String, { description: "Explanation in Swedish." }) explanation: string;
  @Field(() => String, { nullable: true, description: "The decision taken, in Swedish, if any." }) decision: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "When the decision was taken; null without one." }) decidedOn: string | null;
  @Field(() => ID, { nullable: true, description: "The candidate's ID on 31 December (its page is /rekommendationer/<id>); null for a decision." }) candidateId: string | null;
  @Field(() => ReportSystemRef, { nullable: true, description: "The shared system it concerns; null when it proposes a new one." }) system: ReportSystemRef | null;
  @Field(() => [ReportMunicipalityRef], { description: "The participants (deltagare); all members of the report's body on the date." }) participants: ReportMunicipalityRef[];
  @Field(() => ReportLevel, { nullable: true, description: "The proposed level (föreslagen nivå); null for a decision." }) proposedLevel: ReportLevel | null;
  @Field(() => String, { nullable: true, description: "The proposed product (föreslagen produkt); null for a decision." }) proposedProduct: string | null;
  @Field(() => Int, { nullable: true, description: "Score (poäng) 0–100; null for a decision." }) score: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "The deadline that drives it (tidsgräns); null when none." }) deadline: string | null;
  @Field(() => ReportWindow, { nullable: true, description: "The transition window; null for a decision or when none was found." }) window: ReportWindow | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "The participants' combined annual cost today (årskostnad i dag), öre; null when unknown." }) annualCostOre: number | null;
  @Field(() => [ReportShare], { nullable: true, description: "The cost split by population (fördelning efter folkmängd); null when it cannot be split." }) costSplit: ReportShare[] | null;
}

@ObjectType({ description: "A competence network's activity in the year." })
export class ReportNetwork {
  @Field(() => String, { description: "The network (kompetensnätverk)." }) name: string;
  @Field(() => Int, { description: "Meetings." }) meetings: number;
  @Field(() => Int, { description: "Trainings." }) trainings: number;
  @Field(() => Int, { description: "Support cases." }) supportCases: number;
  @Field(() => Int, { description: "Members on 31 December." }) membersEnd: number;
}

@ObjectType({ description: "Training delivered (genomförd utbildning)." })
export class ReportTraining {
  @Field(() => String, { description: "Title." }) title: string;
  @Field(() => String, { description: "The training plan." }) plan: string;
  @Field(() => LocalDateResolver, { description: "When it was held." }) heldOn: string;
  @Field(() => Int, { description: "Participants from the municipalities in the report." }) participants: number;
  @Field(() => SafeIntResolver, { nullable: true, description: "Total cost in öre." }) costOre: number | null;
}

@ObjectType({ description: "A competence risk (kompetensrisk) open on 31 December." })
export class ReportRisk implements report.RiskFact {
  @Field(() => String, { description: "What is judged." }) label: string;
  @Field(() => String, { description: "MEDIUM or HIGH." }) level: string;
  @Field(() => Int, { description: "Score 0–100." }) score: number;
  @Field(() => [String], { description: "Reasons in Swedish." }) reasons: string[];
}

@ObjectType({ description: "Competence (kompetens) in the year." })
export class ReportCompetence {
  @Field(() => [ReportNetwork], { description: "Networks and their activity." }) networks: ReportNetwork[];
  @Field(() => [ReportTraining], { description: "Training held during the year." }) trainings: ReportTraining[];
  @Field(() => Int, { description: "Participants in all training." }) trainingParticipants: number;
  @Field(() => SafeIntResolver, { description: "Cost of all training, in öre." }) trainingCostOre: number;
  @Field(() => [ReportRisk], { description: "Medium and high risks on 31 December, highest first." }) risks: ReportRisk[];
}

@ObjectType({ description: "A municipality's share of a cost." })
export class ReportShare {
  @Field(() => String, { description: "The municipality." }) municipality: string;
  @Field(() => SafeIntResolver, { description: "Its share in öre." }) amountOre: number;
}

@ObjectType({ description: "A samverkansavtal's cost for the year, split by its cost key." })
export class ReportCostLine implements report.ReportCostLine {
  @Field(() => String, { description: "The agreement." }) agreement: string;
  @Field(() => String, { description: "The cost key (fördelningsnyckel), in Swedish." }) key: string;
  @Field(() => SafeIntResolver, { description: "The annual cost in öre." }) totalOre: number;
  @Field(() => [ReportShare], { description: "The shares; they add up exactly to the total." }) shares: ReportShare[];
}

@ObjectType({ description: "A municipality's shared costs, per inhabitant, and what its leaving would change." })
export class ReportMunicipalityCost implements report.ReportMunicipalityCost {
  @Field(() => String, { description: "The municipality." }) municipality: string;
  @Field(() => SafeIntResolver, { description: "Its shares of samverkansavtal, öre." }) agreementsOre: number;
  @Field(() => SafeIntResolver, { description: "Its shares of shared training, öre." }) trainingOre: number;
  @Field(() => SafeIntResolver, { description: "Both, öre." }) totalOre: number;
  @Field(() => Int, { nullable: true, description: "Population used." }) population: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "Shared IT cost per inhabitant (nyckeltal), öre." }) perInhabitantOre: number | null;
  @Field(() => SafeIntResolver, { description: "If it left: the costs the others would take over, öre." }) leavingShiftsOre: number;
  @Field(() => ReportShare, { nullable: true, description: "If it left: the largest increase for one remaining member." }) leavingLargestIncrease: ReportShare | null;
  @Field(() => [String], { description: "If it left: agreements with fixed shares that need a new agreement." }) leavingNeedsNewAgreement: string[];
}

@ObjectType({ description: "A cost that could not be split." })
export class ReportUnsplit {
  @Field(() => String, { description: "The agreement." }) agreement: string;
  @Field(() => String, { description: "Why." }) reason: string;
}

@ObjectType({ description: "Cost (kostnader) of the year." })
export class ReportCost {
  @Field(() => [ReportCostLine], { description: "Per samverkansavtal." }) lines: ReportCostLine[];
  @Field(() => [ReportMunicipalityCost], { description: "Per municipality." }) municipalities: ReportMunicipalityCost[];
  @Field(() => SafeIntResolver, { description: "All shared costs, öre: the municipalities' totals add up to it." }) totalOre: number;
  @Field(() => [ReportUnsplit], { description: "Samverkansavtal whose cost could not be split for the year, and why (e.g. no population figure)." }) unsplit: ReportUnsplit[];
}

@ObjectType({ description: "A governance rule's compliance at the end of the year and the year before." })
export class ReportRule {
  @Field(() => String, { description: "The rule's code." }) code: string;
  @Field(() => String, { description: "Swedish title." }) title: string;
  @Field(() => Int, { description: "Objects it applies to on 31 December." }) applicable: number;
  @Field(() => Int, { description: "Of those, compliant." }) compliant: number;
  @Field(() => Float, { description: "Compliance on 31 December, 0–1." }) complianceEnd: number;
  @Field(() => Float, { nullable: true, description: "Compliance a year earlier; null when the rule did not exist." }) compliancePrevious: number | null;
}

@ObjectType({ description: "A policy goal and its status on 31 December." })
export class ReportPolicyGoal implements report.PolicyGoalFact {
  @Field(() => String, { description: "The goal." }) title: string;
  @Field(() => LocalDateResolver, { description: "Deadline." }) deadline: string;
  @Field(() => String, { description: "ACHIEVED, ONGOING or OVERDUE on 31 December." }) status: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When reached." }) achievedOn: string | null;
}

@ObjectType({ description: "Governance (styrning) at the end of the year." })
export class ReportGovernance {
  @Field(() => Float, { description: "Compliance over all rules on 31 December." }) complianceEnd: number;
  @Field(() => Float, { description: "The same a year earlier." }) compliancePrevious: number;
  @Field(() => Int, { description: "Objects the rules applied to on 31 December; with none, complianceEnd states nothing." }) applicableEnd: number;
  @Field(() => Int, { description: "The same a year earlier." }) applicablePrevious: number;
  @Field(() => [ReportRule], { description: "Per rule." }) rules: ReportRule[];
  @Field(() => [ReportPolicyGoal], { description: "Policy goals (mål med datum)." }) policyGoals: ReportPolicyGoal[];
}

@ObjectType({ description: "The scope of a report: a collaboration body." })
export class ReportBody {
  @Field(() => String, { description: "Name." }) name: string;
  @Field(() => String, { nullable: true, description: "Short name." }) shortName: string | null;
}

@ObjectType({ description: "The annual collaboration report (årlig samverkansrapport) for a year, built from the facts as they stood on its dates." })
export class AnnualReport {
  @Field(() => Int, { description: "The year." }) year: number;
  @Field(() => LocalDateResolver, { description: "1 January." }) start: string;
  @Field(() => LocalDateResolver, { description: "31 December." }) end: string;
  @Field(() => Boolean, {
    description: "Whether anything was recorded for the year (a system begun, an agreement started, training, network activity, a recommendation); false for a year before the data starts.",
  })
  hasData: boolean;
  @Field(() => ReportBody, { nullable: true, description: "The collaboration body; null for every collaboration." }) body: ReportBody | null;
  @Field(() => [ReportLevel], { description: "The level scale, lowest first." }) levels: ReportLevel[];
  @Field(() => ReportSummary, { description: "Systems, changes and counts per level." }) summary: ReportSummary;
  @Field(() => ReportMatrix, { description: "Municipality × system matrix by level." }) matrix: ReportMatrix;
  @Field(() => [ReportYearLevels], { description: "Systems per level at the end of this and the four previous years." }) levelsByYear: ReportYearLevels[];
  @Field(() => ReportAgreements, { description: "Agreements." }) agreements: ReportAgreements;
  @Field(() => [ReportRecommendation], {
    description: "Decisions on collaboration candidates taken in the year, then the candidates standing on 31 December (only those whose participants are all members of the body).",
  })
  recommendations: ReportRecommendation[];
  @Field(() => ReportFollowUps, { description: "Nyttorealisering: accepted decisions' expected against realised values at +12 and +24 months, and the collaborations whose cost rose." })
  followUps: ReportFollowUps;
  @Field(() => ReportCompetence, { description: "Competence." }) competence: ReportCompetence;
  @Field(() => ReportCost, { description: "Cost." }) cost: ReportCost;
  @Field(() => ReportGovernance, { description: "Governance." }) governance: ReportGovernance;
}
