import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { RoleKind } from "./rules";

registerEnumType(RoleKind, {
  name: "RoleKind",
  description: "A role in the management of systems and IT (roll), as the IT-policy and other municipalities' practice name them.",
  valuesConfig: {
    SYSTEMAGARE: {
      description: "Systemägare: owns the system from the decision to introduce it to its decommissioning; budgets, signs the driftavtal and vendor agreements, appoints the systemansvarig.",
    },
    SYSTEMANSVARIG: { description: "Systemansvarig: knows and uses the system daily, administers rights, trains users, collects change requests, keeps routine documentation." },
    SYSTEMFORVALTARE: { description: "Systemförvaltare: manages the system's förvaltning (maintenance and development) for the systemägare." },
    SYSTEMADMINISTRATOR: { description: "Systemadministratör: administers the system (users, configuration)." },
    SYSTEMTEKNIKER: { description: "Systemtekniker: the technical side of running the system (servers, integrations, upgrades)." },
    IT_CHEF: { description: "IT-chef: heads an IT unit." },
    IT_CHEFSGRUPPEN: { description: "Member of IT-chefsgruppen: on an IT unit, its representative in the group; on a collaboration, the member responsible for that shared system." },
  },
});

@ObjectType({
  implements: Node,
  description:
    "A person's role (rolltilldelning) on exactly one target — an application usage, a collaboration or an IT unit — with dates. Ended assignments are kept, so any past year's roles can be shown.",
})
@Entity("role_assignment")
export class RoleAssignment extends Node {
  static readonly typeName = "RoleAssignment";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => RoleKind, { description: "The role." })
  @Index()
  @Column({ type: "varchar", length: 30 })
  kind: RoleKind;

  @Index() @Column({ type: "integer" }) personId: number;
  @Index() @Column({ type: "integer", nullable: true }) applicationUsageId: number | null;
  @Index() @Column({ type: "integer", nullable: true }) collaborationId: number | null;
  @Index() @Column({ type: "integer", nullable: true }) itUnitId: number | null;

  @Field(() => LocalDateResolver, { description: "First day in the role." })
  @Column({ type: "varchar", length: 10 })
  fromDate: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day in the role; null while it lasts." })
  @Column({ type: "varchar", length: 10, nullable: true })
  toDate: string | null;

  /** When an end was put on the assignment (roleEnd): answers for earlier dates show it open, as it was then. Null when known from the start or corrected. */
  @Column({ type: "varchar", length: 10, nullable: true })
  endRecordedOn: string | null;

  @Field(() => String, { nullable: true, description: "Free text, e.g. the decision appointing the person." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}

export const roleEntities = [RoleAssignment];
