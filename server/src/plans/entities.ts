import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { DecisionCostKind } from "./plan";

/** A cost entered on an accepted decision (omställningskostnad, investering, avvecklingskostnad, parallelldrift, or the annual cost after): one per decision and kind. */
@Entity("decision_cost")
@Index(["decisionId", "kind"], { unique: true })
export class DecisionCostRow {
  static readonly auditReferences = { decisionId: "RecommendationDecision" };
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) decisionId: number;
  @Column({ type: "varchar", length: 20 }) kind: DecisionCostKind;
  /** Öre. */
  @Column({ type: "integer" }) amountOre: number;
  @Column({ type: "varchar", length: 500, nullable: true }) note: string | null;
}

/** A municipality's budget calendar (budgetprocess): the month in which its budget for the next year is decided. Without a row: November. */
@Entity("budget_calendar")
export class BudgetCalendarRow {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: "integer" }) municipalityId: number;
  @Column({ type: "integer" }) decisionMonth: number;
  @Column({ type: "varchar", length: 500, nullable: true }) note: string | null;
}

/**
 * An issued implementation plan (utfärdad införandeplan): HTML and CSV exactly as issued, their
 * SHA-256, and a version per body and period. Issued versions are never changed; a plan whose
 * content changed is issued as the next version.
 */
@Entity("implementation_plan_issue")
export class PlanIssueRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) collaborationBodyId: number;
  @Column({ type: "varchar", length: 10 }) periodFrom: string;
  @Column({ type: "varchar", length: 10 }) periodTo: string;
  @Column({ type: "integer" }) version: number;
  /** SHA-256 of the plan's content (its JSON, without the date of issue): the same content is not issued twice. */
  @Column({ type: "varchar", length: 64 }) contentSha256: string;
  @Column({ type: "text" }) html: string;
  @Column({ type: "text" }) csv: string;
  /** Each municipality's budget notice as issued (JSON, `IssuedBudgetNotice[]`): what the digests send. */
  @Column({ type: "text" }) budgetNotices: string;
  /** SHA-256 of the HTML. */
  @Column({ type: "varchar", length: 64 }) sha256: string;
  @Column({ type: "varchar", length: 10 }) issuedOn: string;
  @Column({ type: "varchar", length: 30 }) issuedAt: string;
  @Column({ type: "integer", nullable: true }) issuedByTokenId: number | null;
  @Column({ type: "varchar", length: 200 }) issuedBy: string;
}

/**
 * A decision recorded on a what-if (beslut efter konsekvensanalys): the scenario (JSON), the summary
 * and SHA-256 of the answer it was based on, and the reason. Recording it changes no membership,
 * participation or agreement: those are recorded by their own mutations when the change happens.
 */
@Entity("what_if_decision")
export class WhatIfDecisionRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "varchar", length: 10 }) change: string;
  @Index() @Column({ type: "integer" }) municipalityId: number;
  @Column({ type: "integer", nullable: true }) collaborationBodyId: number | null;
  @Column({ type: "integer", nullable: true }) collaborationId: number | null;
  @Column({ type: "varchar", length: 10 }) fromDate: string;
  @Column({ type: "text" }) scenario: string;
  @Column({ type: "text" }) summary: string;
  @Column({ type: "varchar", length: 64 }) resultSha256: string;
  @Column({ type: "text" }) reason: string;
  @Column({ type: "varchar", length: 100, nullable: true }) decisionReference: string | null;
  @Column({ type: "varchar", length: 10 }) decidedOn: string;
  @Column({ type: "varchar", length: 30 }) decidedAt: string;
  @Column({ type: "varchar", length: 200 }) decidedBy: string;
}

export const planEntities = [DecisionCostRow, BudgetCalendarRow, PlanIssueRow, WhatIfDecisionRow];
