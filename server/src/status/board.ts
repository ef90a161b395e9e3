/**
 * The status board (statustavla) as evaluations: one row per collaboration begun on the date, and the
 * governance failures indexed by the objects they concern, so each row finds its open gaps.
 */
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Agreement } from "../agreements/entities";
import { AgreementScheduleView } from "../agreements/types";
import { Collaboration, LevelChange } from "../collaborations/entities";
import { latestChange } from "../collaborations/rules";
import { groupBy } from "../common/collections";
import { isLocalDate, type LocalDate } from "../common/dates";
import { Node } from "../core/node";
import { evaluation } from "../evaluations/evaluation";
import { type GovernanceFailure, governanceReport } from "../governance/report";
import { RoleAssignment } from "../roles/entities";
import { RoleKind } from "../roles/rules";
import { DeadlineKind, upcomingDeadlines } from "./deadlines";

registerEnumType(DeadlineKind, {
  name: "DeadlineKind",
  description: "What falls due on a deadline.",
  valuesConfig: {
    DECISION: { description: "An agreement's decision deadline (beslutsdatum): decide between renewing and procuring anew." },
    NOTICE: { description: "An agreement's notice deadline (sista dag för uppsägning, or for calling an extension)." },
    TERM_END: { description: "An agreement's current term ends (avtalet löper ut eller förlängs)." },
    ROLE_END: { description: "A role assignment ends (systemägare, systemansvarig … lämnar)." },
  },
});

@ObjectType({ description: "A dated deadline of a shared system." })
export class Deadline {
  @Field(() => LocalDateResolver, { description: "The day it falls due." }) date: string;
  @Field(() => DeadlineKind, { description: "What falls due." }) kind: DeadlineKind;
  @Field(() => Int, { description: "Days from the board's asOf; 0 on the day." }) daysLeft: number;
  @Field(() => Agreement, { nullable: true, description: "The agreement, for agreement deadlines." }) agreement: Agreement | null;
  @Field(() => RoleAssignment, { nullable: true, description: "The role assignment, for ROLE_END." }) roleAssignment: RoleAssignment | null;
}

@ObjectType({
  description:
    "One shared system on the status board (statustavla): level and its last change, participants, host, operator, systemägare and systemansvarig, agreements with deadlines and status, the next deadline, and open governance gaps — all on the board's date.",
  implements: Node,
})
export class SharedSystemStatus {
  /** Its GraphQL type name (node(id:) and the Node interface's type resolution read it). */
  static readonly typeName = "SharedSystemStatus";
  @Field(() => ID, {
    description:
      "Stable opaque identity of the row: the same collaboration on the same asOf always has the same id, so a client cache (Apollo, urql) normalises rows and `Collaboration.statusBoardRow` refreshes them. Refetch the row on its date with `node(id:)`.",
  })
  get id(): string {
    return Buffer.from(`${SharedSystemStatus.typeName}:${this.collaboration.id}:${this.asOf}`, "utf8").toString("base64url");
  }
  @Field(() => LocalDateResolver, { description: "The date the row describes." }) asOf: string;
  @Field(() => Collaboration, { description: "The collaboration (the shared system)." }) collaboration: Collaboration;
  @Field(() => LevelChange, { nullable: true, description: "The latest level change on or before asOf (its date is when the level took effect)." }) lastLevelChange: LevelChange | null;
  @Field(() => [RoleAssignment], { description: "The systemägare on asOf (roles on the collaboration)." }) systemOwners: RoleAssignment[];
  @Field(() => [RoleAssignment], { description: "The systemansvarig on asOf (roles on the collaboration)." }) systemResponsibles: RoleAssignment[];
  @Field(() => [AgreementScheduleView], { description: "Agreements covering it, directly or through its application, each with its dates and status on asOf; by current term end." })
  agreements: AgreementScheduleView[];
  @Field(() => Deadline, { nullable: true, description: "The next deadline of any kind on or after asOf (agreement decision, notice or term end; a role's last day); null when none." })
  nextDeadline: Deadline | null;
  levelId: number | null;
  participantIds: number[];
}

/** Every board row on a date, by collaboration name, from the facts on that date. */
/** The collaboration and the date a row's id names; null for any other text. */
export function boardRowIdParts(globalId: string): { collaborationId: number; asOf: LocalDate } | null {
  if (typeof globalId !== "string" || globalId.length > 200) return null;
  const match = /^SharedSystemStatus:([1-9]\d{0,15}):(\d{4}-\d{2}-\d{2})$/.exec(Buffer.from(globalId, "base64url").toString("utf8"));
  return match && isLocalDate(match[2]) ? { collaborationId: Number(match[1]), asOf: match[2] } : null;
}

export const boardRows = evaluation({
  name: "board-rows",
  async read(source, date) {
    const facts = source.facts(date);
    const [collaborations, participants, roles, covering, schedules, levelChanges] = await Promise.all([
      facts.collaborations(),
      facts.participants(),
      facts.roles(),
      facts.agreementsByCollaboration(),
      facts.schedules(),
      facts.levelChanges(),
    ]);
    return { date, collaborations, participants, roles, covering, schedules, levelChanges };
  },
  evaluate({ date, collaborations, participants, roles, covering, schedules, levelChanges }): SharedSystemStatus[] {
    const rolesOf = groupBy(
      roles.filter((r) => r.collaborationId !== null),
      (r) => r.collaborationId!,
    );
    const rows: SharedSystemStatus[] = [];
    for (const c of collaborations.values()) {
      const current = rolesOf.get(c.id) ?? [];
      const views = (covering.get(c.id) ?? [])
        .map((a) => AgreementScheduleView.of(a.agreement, schedules.get(a.agreement.id)!))
        .sort((x, y) => (x.currentTermEnd === y.currentTermEnd ? x.agreement.id - y.agreement.id : x.currentTermEnd < y.currentTermEnd ? -1 : 1));
      const next = upcomingDeadlines(date, views, current)[0];
      rows.push(
        Object.assign(new SharedSystemStatus(), {
          asOf: date,
          collaboration: c,
          levelId: c.levelId,
          lastLevelChange: latestChange(levelChanges.get(c.id) ?? []) ?? null,
          participantIds: (participants.get(c.id) ?? []).map((p) => p.municipalityId),
          systemOwners: current.filter((r) => r.kind === RoleKind.SYSTEMAGARE),
          systemResponsibles: current.filter((r) => r.kind === RoleKind.SYSTEMANSVARIG),
          agreements: views,
          nextDeadline: next ? Object.assign(new Deadline(), { ...next, agreement: next.agreement?.agreement ?? null }) : null,
        }),
      );
    }
    return rows;
  },
});

/** The governance failures on a date by the global ID of each object they concern, so each board row finds its gaps without scanning every failure. */
export const governanceGaps = evaluation({
  name: "governance-gaps",
  async read(source, date) {
    return source.ask(governanceReport, date, undefined);
  },
  evaluate(report): Map<string, GovernanceFailure[]> {
    const index = new Map<string, GovernanceFailure[]>();
    for (const failure of report.rules.flatMap((r) => r.failures)) {
      for (const id of new Set([failure.objectId, ...failure.relatedObjectIds])) {
        const list = index.get(id);
        if (list) list.push(failure);
        else index.set(id, [failure]);
      }
    }
    return index;
  },
});
