import { IsNull, LessThanOrEqual, MoreThanOrEqual, type DataSource } from "typeorm";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementParty, termsOf } from "../agreements/entities";
import { inForceOn } from "../agreements/deadlines";
import { deadlinePolicy } from "../agreements/settings";
import { Application, ApplicationUsage } from "../applications/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../collaborations/entities";
import { levelOn, participatesOn } from "../collaborations/rules";
import { groupBy } from "../common/collections";
import type { LocalDate } from "../common/dates";
import { ItUnit, Municipality } from "../municipalities/entities";
import { Person } from "../people/entities";
import { RoleAssignment } from "../roles/entities";
import type { SharedReads } from "./rule";

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * What the policy rules read on `asOf`: each table at most once, in one statement, and only when a
 * rule asks for it, so a rule runs a fixed number of statements whatever the size of the data.
 * One instance per evaluation (`governanceData`), so the rules share the reads.
 */
export class GovernanceData {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly db: DataSource,
    readonly asOf: LocalDate,
  ) {}

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.memo.set(key, value);
    }
    return value;
  }

  municipalities = () => this.once("municipalities", async () => byId(await this.db.getRepository(Municipality).find()));
  applications = () => this.once("applications", async () => byId(await this.db.getRepository(Application).find()));
  itUnits = () => this.once("itUnits", async () => byId(await this.db.getRepository(ItUnit).find()));
  people = () => this.once("people", async () => byId(await this.db.getRepository(Person).find()));
  usages = () => this.once("usages", async () => byId(await this.db.getRepository(ApplicationUsage).find({ order: { id: "ASC" } })));
  collaborations = () => this.once("collaborations", async () => byId(await this.db.getRepository(Collaboration).find({ order: { nameKey: "ASC", id: "ASC" } })));
  levels = () => this.once("levels", async () => byId(await this.db.getRepository(CollaborationLevel).find()));

  /** Participations in force on asOf, by collaboration. */
  participants = () =>
    this.once("participants", async () => groupBy((await this.db.getRepository(CollaborationParticipant).find()).filter((p) => participatesOn(p, this.asOf)), (p) => p.collaborationId));

  /** The level (ordinal) of each collaboration on asOf, from the dated history; absent before it began. */
  levelOrdinals = () =>
    this.once("levelOrdinals", async () => {
      const [changes, levels] = await Promise.all([this.db.getRepository(LevelChange).find({ order: { changedOn: "ASC", recordedAt: "ASC", id: "ASC" } }), this.levels()]);
      const ordinals = new Map<number, number>();
      for (const [collaborationId, history] of groupBy(changes, (c) => c.collaborationId)) {
        const levelId = levelOn(history, this.asOf);
        if (levelId !== null) ordinals.set(collaborationId, levels.get(levelId)!.ordinal);
      }
      return ordinals;
    });

  /** Role assignments in force on asOf. */
  roles = () =>
    this.once("roles", () =>
      this.db.getRepository(RoleAssignment).find({
        where: [
          { fromDate: LessThanOrEqual(this.asOf), toDate: IsNull() },
          { fromDate: LessThanOrEqual(this.asOf), toDate: MoreThanOrEqual(this.asOf) },
        ],
        order: { id: "ASC" },
      }),
    );

  /** Every agreement with its parties and covered systems, and whether it is in force on asOf. */
  agreements = () =>
    this.once("agreements", async () => {
      const [agreements, parties, applications, collaborations] = await Promise.all([
        this.db.getRepository(Agreement).find({ order: { nameKey: "ASC", id: "ASC" } }),
        this.db.getRepository(AgreementParty).find(),
        this.db.getRepository(AgreementApplication).find(),
        this.db.getRepository(AgreementCollaboration).find(),
      ]);
      const partiesOf = groupBy(parties, (p) => p.agreementId);
      const appsOf = groupBy(applications, (l) => l.agreementId);
      const collabsOf = groupBy(collaborations, (l) => l.agreementId);
      // In force does not depend on the lead time, so any policy will do.
      const policy = deadlinePolicy(null, null);
      return agreements.map((agreement) => ({
        agreement,
        inForce: inForceOn(termsOf(agreement), this.asOf, policy),
        municipalityIds: (partiesOf.get(agreement.id) ?? []).flatMap((p) => (p.municipalityId === null ? [] : [p.municipalityId])),
        itUnitIds: (partiesOf.get(agreement.id) ?? []).flatMap((p) => (p.itUnitId === null ? [] : [p.itUnitId])),
        applicationIds: (appsOf.get(agreement.id) ?? []).map((l) => l.applicationId),
        collaborationIds: (collabsOf.get(agreement.id) ?? []).map((l) => l.collaborationId),
      }));
    });
}

export type AgreementFacts = Awaited<ReturnType<GovernanceData["agreements"]>>[number];

/** Whether an agreement covers a collaboration, directly or through the collaboration's application. */
export function coversCollaboration(a: AgreementFacts, c: Collaboration): boolean {
  return a.collaborationIds.includes(c.id) || a.applicationIds.includes(c.applicationId);
}

/** The evaluation's GovernanceData for `asOf`, shared by every rule of it. */
export function governanceData(reads: SharedReads, db: DataSource, asOf: LocalDate): GovernanceData {
  return reads.get(`governance-data:${asOf}`, () => new GovernanceData(db, asOf));
}
