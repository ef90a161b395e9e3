/**
 * The one reader of facts on a date. `FactsOn(date)` answers "what was in force / in use on D" for
 * every kind of dated fact, each kind loaded in one statement (at most a few), memoised for the
 * life of the instance, and returns the domain's own entities as they stood on D: the versioned
 * fields overlaid from the version covering D, period rows filtered with the one definition of a
 * period (`covers`). Status board, governance rules, competence risk, agreement schedules, the
 * recommendations and the annual report all read through it.
 *
 * What "on D" means, kind by kind:
 * - a versioned subject (usage, collaboration's host and operator, agreement terms, competence,
 *   planned leave, training plan, governance document) exists on D when one of its versions covers D;
 * - a collaboration has begun on D when it started on or before D;
 * - a period row (participation, role, network membership, agreement party or covered system) is in
 *   force when its period covers D; a level holds from its change date to the next change;
 * - an application usage is in use on D when it exists on D in phase PHASE_IN, ACTIVE or PHASE_OUT
 *   (`isInUsePhase`, applications/lifecycle.ts).
 */
import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementParty, termsOf } from "../agreements/entities";
import { agreementSchedule, inForceOn, type AgreementTerms } from "../agreements/deadlines";
import { deadlinePolicy } from "../agreements/settings";
import { Application, ApplicationUsage } from "../applications/entities";
import { isInUsePhase } from "../applications/lifecycle";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../collaborations/entities";
import { latestChange } from "../collaborations/rules";
import { groupBy } from "../common/collections";
import { addDays, swedishDate, yearOf, type LocalDate } from "../common/dates";
import { coversSql } from "../common/period";
import {
  Competence,
  CompetenceNetwork,
  CompetenceNetworkActivity,
  CompetenceNetworkCollaboration,
  CompetenceNetworkMember,
  TrainingActivity,
  TrainingActivityMunicipality,
  TrainingPlan,
} from "../competence/entities";
import { otherRequestsFirst } from "../common/event-loop";
import { jsonById, plainRows } from "../db/plain-rows";
import { whereIn } from "../db/where-in";
import { MAX_BATCH } from "../core/request-loaders";
import { GovernanceDocument } from "../governance/entities";
import { AuditEntryRow, AuditObjectRow } from "../audit/entities";
import { CollaborationBody, ItUnit, Membership, Municipality, PopulationFigure } from "../municipalities/entities";
import { BudgetCalendarRow, DecisionCostRow } from "../plans/entities";
import { ChangeFreeze, DecisionEffect, FreezeException, FreezeExceptionStatus, RecommendationDecision, TriggerSettings } from "../recommendations/entities";
import { PolicyGoal } from "../reports/entities";
import { Person } from "../people/entities";
import { RoleAssignment } from "../roles/entities";
import { FactVersion } from "./entities";
import {
  AGREEMENT_FACTS,
  COLLABORATION_FACTS,
  COMPETENCE_FACTS,
  factVersionsOf,
  GOVERNANCE_DOCUMENT_FACTS,
  rowsWritten,
  writtenName,
  PLANNED_LEAVE_FACTS,
  TRAINING_PLAN_FACTS,
  USAGE_FACTS,
  type VersionedSubject,
} from "./subjects";

/** The UTC instant at which `date` begins in Sweden (CET or CEST). */
function swedishMidnight(date: LocalDate): string {
  const utc = Date.parse(`${date}T00:00:00Z`);
  for (const hours of [2, 1]) {
    const instant = new Date(utc - hours * 3_600_000);
    if (swedishDate(instant) === date) return instant.toISOString();
  }
  return new Date(utc).toISOString();
}

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** An agreement as it stood on D: its terms then, and its parties and covered systems then. */
export interface AgreementOn {
  agreement: Agreement;
  terms: AgreementTerms;
  municipalityIds: number[];
  itUnitIds: number[];
  applicationIds: number[];
  collaborationIds: number[];
  /** Municipality id → fixed share in basis points (FIXED_SHARES). */
  shares: Map<number, number>;
  /** Begun and not ended on D (neither NOT_STARTED nor EXPIRED). */
  inForce: boolean;
}

/** What a kind of fact is read from: a table (its entity), a subject type's dated facts, or other kinds. */
type Source = EntityTarget<ObjectLiteral> | VersionedSubject | keyof typeof READS;

const isSubject = (source: Source): source is VersionedSubject => typeof source === "object" && source !== null && "typeName" in source;

/**
 * The reader's bulk loads (`plainRows`, `jsonById`), each after other requests have had their turn:
 * on SQLite a bulk statement, its parse and the rows built of it hold the event loop, and a first
 * evaluation reads dozens of them in one chain of promises, which would otherwise hold it for seconds.
 */
const readRows = async <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> => {
  await otherRequestsFirst();
  return plainRows(qb);
};
const readJson = async (qb: SelectQueryBuilder<ObjectLiteral>): Promise<Map<number, Record<string, unknown>>> => {
  await otherRequestsFirst();
  return jsonById(qb);
};

/**
 * What each kind of fact the reader gives is read from, so the registry knows which kinds (and which
 * evaluations built on them) a write leaves as they were (evaluations/registry.ts). A kind missing
 * here cannot be read: `FactsOn.readsOf` throws for it.
 */
const READS = {
  municipalities: [Municipality],
  applications: [Application],
  itUnits: [ItUnit],
  levels: [CollaborationLevel],
  people: [Person, PLANNED_LEAVE_FACTS],
  usages: [ApplicationUsage, USAGE_FACTS],
  usagesInUse: ["usages"],
  levelChanges: [LevelChange],
  lastLevelChange: ["levelChanges"],
  collaborations: [Collaboration, COLLABORATION_FACTS, "levelChanges"],
  levelOrdinals: ["collaborations", "levels"],
  participants: [CollaborationParticipant],
  collaborationsByApplication: ["collaborations"],
  roles: [RoleAssignment],
  rolesById: ["roles"],
  agreements: [Agreement, AgreementParty, AgreementApplication, AgreementCollaboration, AGREEMENT_FACTS],
  agreement: ["agreements"],
  agreementsById: ["agreements"],
  agreementSystemLevel: ["agreements", "collaborations", "levels"],
  agreementsByCollaboration: ["agreements", "collaborations"],
  agreementSystemLevels: ["agreementsByCollaboration", "levelOrdinals"],
  schedules: ["agreements", "agreementSystemLevels"],
  competences: [COMPETENCE_FACTS],
  trainingPlans: [TrainingPlan, TRAINING_PLAN_FACTS],
  governanceDocuments: [GovernanceDocument, GOVERNANCE_DOCUMENT_FACTS],
  governanceDocumentsById: ["governanceDocuments"],
  networks: [CompetenceNetwork, CompetenceNetworkCollaboration],
  // Joined by its table name, which has no entity of its own.
  trainingAttendance: [TrainingActivity, "training_activity_municipality"],
  networkMembers: [CompetenceNetworkMember],
  triggerSettings: [TriggerSettings],
  populationFigures: [PopulationFigure],
  changeFreezes: [ChangeFreeze],
  freezeExceptions: [FreezeException],
  lastAudited: [AuditEntryRow, AuditObjectRow],
  recommendationDecisions: [RecommendationDecision],
  collaborationBodies: [CollaborationBody],
  memberships: [Membership],
  budgetCalendars: [BudgetCalendarRow],
  decisionCosts: [DecisionCostRow],
  // As recorded now, whatever the date: what the annual report names, covers and splits costs by.
  recordedCollaborations: [Collaboration],
  recordedAgreements: [Agreement, AgreementParty, AgreementApplication, AgreementCollaboration],
  firstAgreementFacts: [AGREEMENT_FACTS],
  allPopulationFigures: [PopulationFigure],
  allMemberships: [Membership],
  allNetworks: [CompetenceNetwork, CompetenceNetworkCollaboration],
  policyGoals: [PolicyGoal],
  decisionEffects: [DecisionEffect],
  networkActivities: [CompetenceNetworkActivity],
  trainingActivities: [TrainingActivity, TrainingPlan, TrainingActivityMunicipality],
} satisfies Record<string, readonly (EntityTarget<ObjectLiteral> | VersionedSubject | string)[]>;

export type FactKind = keyof typeof READS;

/** What a kind read without arguments gives. */
export type FactValue<K extends keyof FactsOn> = FactsOn[K] extends () => Promise<infer T> ? T : never;

export class FactsOn {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly db: DataSource,
    readonly date: LocalDate,
  ) {}

  /** Kinds an earlier reader had read, to be brought up to date from it (by row) when first asked: see `carriedOver`. */
  private readonly patches = new Map<string, () => Promise<unknown>>();

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      const patch = this.patches.get(key);
      this.patches.delete(key);
      value = patch ? (patch() as Promise<T>) : load();
      this.memo.set(key, value);
      // A failed read is answered by the promise itself; only a value is remembered here.
      value.then(
        (loaded) => this.settled.set(key, loaded),
        () => undefined,
      );
    }
    return value;
  }

  /** The values of kinds read to the end (by key, as `memo`), for `loaded`. */
  private readonly settled = new Map<string, unknown>();

  /**
   * A kind's value if this reader has read it already, else undefined: for answers that look up
   * thousands of objects in one kind (a governance report's failures), each found at once rather
   * than through a promise of its own.
   */
  loaded<K extends FactKind>(kind: K): FactValue<K> | undefined {
    return this.settled.get(kind) as FactValue<K> | undefined;
  }

  /** Whether `name` is a kind of fact this reader gives (a method the registry tracks). */
  static isKind(name: string | symbol): name is FactKind {
    return typeof name === "string" && Object.hasOwn(READS, name);
  }

  /** What reading `kind` reads, as the change log names writes: table names and `fact_version:<type>`. */
  readsOf(kind: FactKind): ReadonlySet<string> {
    const known = FactsOn.reads.get(kind);
    if (known) return known;
    const names = new Set<string>();
    const visit = (source: Source | string) => {
      if (typeof source === "string") {
        if (FactsOn.isKind(source)) for (const s of READS[source]) visit(s as Source);
        else names.add(source);
      } else if (isSubject(source)) names.add(factVersionsOf(source));
      else names.add(this.db.getMetadata(source).tableName);
    };
    visit(kind);
    FactsOn.reads.set(kind, names);
    return names;
  }

  /** `readsOf` of each kind, worked out once (table names are the same for every data source). */
  private static readonly reads = new Map<FactKind, ReadonlySet<string>>();

  /**
   * A reader of the same date after a write of `written` (change-log names): it keeps every kind
   * already read whose sources the write left alone, re-reads only the rows written of a kind read
   * by row (`usages`: a usage's write re-reads that usage), and reads the others anew when asked.
   */
  carriedOver(written: ReadonlySet<string>): FactsOn {
    const next = new FactsOn(this.db, this.date);
    const touched = new Set([...written].map(writtenName));
    const earlier: [string, () => Promise<unknown>][] = [...[...this.memo].map(([key, value]): [string, () => Promise<unknown>] => [key, () => value]), ...this.patches];
    for (const [key, value] of earlier) {
      const kind = key.split(":")[0];
      if (!FactsOn.isKind(kind)) continue;
      const reads = [...this.readsOf(kind)];
      if (!reads.some((name) => touched.has(name))) {
        if (this.memo.has(key)) {
          next.memo.set(key, value());
          if (this.settled.has(key)) next.settled.set(key, this.settled.get(key));
        } else next.patches.set(key, value);
      } else if (kind === "usages") {
        const rows = reads.map((name) => rowsWritten(written, name));
        // Read when first asked: a reader no request asks for costs nothing.
        if (rows.every((ids) => ids !== null)) next.patches.set(key, () => next.usagesWith(value() as Promise<Map<number, ApplicationUsage>>, [...new Set(rows.flat() as number[])]));
      }
    }
    return next;
  }

  /** `usages` from an earlier reader's with the rows `ids` read again (two statements, as a whole read). */
  private async usagesWith(earlier: Promise<Map<number, ApplicationUsage>>, ids: number[]): Promise<Map<number, ApplicationUsage>> {
    const [before, rows, facts] = await Promise.all([earlier, readRows(whereIn(this.db.getRepository(ApplicationUsage).createQueryBuilder("e"), "e.id", ids)), this.versions(USAGE_FACTS, ids)]);
    const usages = new Map(before);
    let inOrder = true;
    // The highest id held, found once and only when a usage is new to this date (a new one goes last).
    let last: number | undefined;
    const fresh = new Map(rows.map((row) => [row.id, row]));
    for (const id of [...ids].sort((a, b) => a - b)) {
      const row = fresh.get(id);
      const on = facts.get(id);
      if (row && on) {
        if (!usages.has(id)) {
          if (last === undefined) {
            last = 0;
            for (const other of before.keys()) if (other > last) last = other;
          }
          if (id < last) inOrder = false;
          last = Math.max(last, id);
        }
        usages.set(id, Object.assign(row, on));
      } else usages.delete(id);
    }
    // By id, as a whole read orders them.
    return inOrder ? usages : new Map([...usages].sort((a, b) => a[0] - b[0]));
  }

  /**
   * The facts of each subject of one kind on D (one statement), by subject id; `ids` narrows the read.
   * Not memoised: each caller keeps what it builds from them, and at national scale a second copy of
   * every version would stay in memory for the life of the snapshot.
   */
  async versions(subject: VersionedSubject, ids?: readonly number[]): Promise<Map<number, Record<string, unknown>>> {
    const qb = this.db
      .getRepository(FactVersion)
      .createQueryBuilder("v")
      .select("v.subject_id", "id")
      .addSelect("v.facts", "json")
      .where("v.subject_type = :type", { type: subject.typeName })
      .andWhere(coversSql("v", "valid_from", "valid_to", "on"), { on: this.date });
    if (ids) whereIn(qb, "v.subject_id", ids);
    return readJson(qb);
  }

  /** Rows of `entity` that exist on D, with their versioned fields as they were on D. */
  private async overlaid<T extends ObjectLiteral & { id: number }>(subject: VersionedSubject, rows: T[]): Promise<Map<number, T>> {
    const facts = await this.versions(subject);
    const result = new Map<number, T>();
    for (const row of rows) {
      const on = facts.get(row.id);
      if (on) result.set(row.id, Object.assign(row, on));
    }
    return result;
  }

  // ---- reference data (not dated) ----
  municipalities = () => this.once("municipalities", async () => byId(await readRows(this.db.getRepository(Municipality).createQueryBuilder("e"))));
  applications = () => this.once("applications", async () => byId(await readRows(this.db.getRepository(Application).createQueryBuilder("e"))));
  itUnits = () => this.once("itUnits", async () => byId(await readRows(this.db.getRepository(ItUnit).createQueryBuilder("e"))));
  levels = () => this.once("levels", async () => byId(await this.db.getRepository(CollaborationLevel).find()));

  /** People, with their planned leave as recorded on D (personal data: callers decide who may see it). */
  people = () =>
    this.once("people", async () => {
      const [people, leave] = await Promise.all([readRows(this.db.getRepository(Person).createQueryBuilder("e")), this.versions(PLANNED_LEAVE_FACTS)]);
      for (const person of people) person.plannedLeaveMonth = (leave.get(person.id)?.plannedLeaveMonth as string | null | undefined) ?? null;
      return byId(people);
    });

  // ---- dated facts ----

  /** Application usages existing on D (any phase, RETIRED included), by id. */
  usages = () => this.once("usages", async () => this.overlaid(USAGE_FACTS, await readRows(this.db.getRepository(ApplicationUsage).createQueryBuilder("e").orderBy("e.id"))));

  /** Usages in use on D (see `isInUsePhase`). */
  usagesInUse = () => this.once("usagesInUse", async () => [...(await this.usages()).values()].filter((u) => isInUsePhase(u.lifecyclePhase)));

  /** Level changes up to D, by collaboration, in the order they took effect. */
  levelChanges = () =>
    this.once("levelChanges", async () =>
      groupBy(
        await readRows(
          this.db
            .getRepository(LevelChange)
            .createQueryBuilder("h")
            .where("h.changed_on <= :on", { on: this.date })
            .orderBy("h.changed_on", "ASC")
            .addOrderBy("h.recorded_at", "ASC")
            .addOrderBy("h.id", "ASC"),
        ),
        (h) => h.collaborationId,
      ),
    );

  /** Collaborations begun by D with host, operator and level as they were on D, by name. */
  collaborations = () =>
    this.once("collaborations", async () => {
      const [rows, history] = await Promise.all([
        readRows(
          this.db.getRepository(Collaboration).createQueryBuilder("c").where("(c.started_on IS NULL OR c.started_on <= :on)", { on: this.date }).orderBy("c.name_key", "ASC").addOrderBy("c.id", "ASC"),
        ),
        this.levelChanges(),
      ]);
      const facts = await this.versions(COLLABORATION_FACTS);
      const result = new Map<number, Collaboration>();
      for (const c of rows) {
        const levelId = latestChange(history.get(c.id) ?? [])?.toLevelId;
        if (levelId === undefined) continue;
        Object.assign(c, facts.get(c.id) ?? {}, { levelId });
        result.set(c.id, c);
      }
      return result;
    });

  /** The latest level change on or before D of each collaboration. */
  lastLevelChange = async (collaborationId: number) => latestChange((await this.levelChanges()).get(collaborationId) ?? []) ?? null;

  /** The level (ordinal) of each collaboration begun by D. */
  levelOrdinals = () =>
    this.once("levelOrdinals", async () => {
      const [collaborations, levels] = await Promise.all([this.collaborations(), this.levels()]);
      return new Map([...collaborations.values()].map((c) => [c.id, levels.get(c.levelId)!.ordinal]));
    });

  /** Participations in force on D, by collaboration. */
  participants = () =>
    this.once("participants", async () =>
      groupBy(
        await readRows(
          this.db
            .getRepository(CollaborationParticipant)
            .createQueryBuilder("p")
            .where(coversSql("p", "joined_on", "left_on", "on"), { on: this.date })
            .orderBy("p.id"),
        ),
        (p) => p.collaborationId,
      ),
    );

  /** Collaborations by application, for "which collaborations run this product" without scanning. */
  collaborationsByApplication = () => this.once("collaborationsByApplication", async () => groupBy([...(await this.collaborations()).values()], (c) => c.applicationId));

  /** Role assignments in force on D; an end recorded after D is not known on D. */
  roles = () =>
    this.once("roles", async () =>
      (
        await readRows(
          this.db
            .getRepository(RoleAssignment)
            .createQueryBuilder("r")
            .where(coversSql("r", "from_date", "to_date", "on"), { on: this.date })
            .orderBy("r.id"),
        )
      ).map((role) => (role.endRecordedOn !== null && role.endRecordedOn > this.date ? Object.assign(role, { toDate: null }) : role)),
    );

  /** The role assignments in force on D by id. */
  rolesById = () => this.once("rolesById", async () => byId(await this.roles()));

  /** Agreements recorded by D, with their terms, parties and covered systems on D, by name. */
  agreements = () =>
    this.once("agreements", async () => {
      const link = <T extends ObjectLiteral>(entity: EntityTarget<T>) =>
        readRows(
          this.db
            .getRepository(entity)
            .createQueryBuilder("l")
            .where(coversSql("l", "valid_from", "valid_to", "on"), { on: this.date }),
        );
      const [rows, parties, applications, collaborations] = await Promise.all([
        readRows(this.db.getRepository(Agreement).createQueryBuilder("e").orderBy("e.name_key", "ASC").addOrderBy("e.id", "ASC")),
        link(AgreementParty),
        link(AgreementApplication),
        link(AgreementCollaboration),
      ]);
      const agreements = await this.overlaid(AGREEMENT_FACTS, rows);
      return this.agreementsOn([...agreements.values()], parties, applications, collaborations);
    });

  /** The agreements recorded by D by id, from `agreements`: for many lookups when the whole list is read anyway. */
  agreementsById = () => this.once("agreementsById", async () => new Map((await this.agreements()).map((a) => [a.agreement.id, a])));

  /**
   * One agreement as it stood on D, batched by id (one statement each for versions and links), for
   * pages of agreements; null when it was not recorded yet on D.
   */
  agreement = (id: number) => this.agreementLoader.load(id);

  private readonly agreementLoader = new DataLoader<number, AgreementOn | null>(
    async (ids) => {
      const link = <T extends ObjectLiteral>(entity: EntityTarget<T>) =>
        whereIn(
          this.db
            .getRepository(entity)
            .createQueryBuilder("l")
            .where(coversSql("l", "valid_from", "valid_to", "on"), { on: this.date }),
          "l.agreement_id",
          ids,
        ).getMany();
      const [rows, versions, parties, applications, collaborations] = await Promise.all([
        whereIn(this.db.getRepository(Agreement).createQueryBuilder("a"), "a.id", ids).getMany(),
        this.versions(AGREEMENT_FACTS, ids),
        link(AgreementParty),
        link(AgreementApplication),
        link(AgreementCollaboration),
      ]);
      const found = new Map(rows.flatMap((row) => (versions.has(row.id) ? [[row.id, Object.assign(row, versions.get(row.id))] as const] : [])));
      const on = this.agreementsOn([...found.values()], parties, applications, collaborations);
      const byAgreement = new Map(on.map((a) => [a.agreement.id, a]));
      return ids.map((id) => byAgreement.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

  /** The highest level (ordinal) on D of the collaborations one agreement covers, batched; null when it covers none. */
  agreementSystemLevel = (id: number) => this.systemLevelLoader.load(id);

  private readonly systemLevelLoader = new DataLoader<number, number | null>(
    async (ids) => {
      const agreements = await this.agreementLoader.loadMany(ids);
      const direct = new Set<number>();
      const applicationIds = new Set<number>();
      for (const a of agreements) {
        if (!a || a instanceof Error) continue;
        for (const id of a.collaborationIds) direct.add(id);
        for (const id of a.applicationIds) applicationIds.add(id);
      }
      const collaborations = applicationIds.size
        ? await whereIn(this.db.getRepository(Collaboration).createQueryBuilder("c").select(["c.id", "c.applicationId"]), "c.application_id", [...applicationIds]).getMany()
        : [];
      const collaborationIds = [...new Set([...direct, ...collaborations.map((c) => c.id)])];
      const [changes, levels] = await Promise.all([
        collaborationIds.length
          ? whereIn(this.db.getRepository(LevelChange).createQueryBuilder("h").where("h.changed_on <= :on", { on: this.date }), "h.collaboration_id", collaborationIds)
              .orderBy("h.changed_on", "ASC")
              .addOrderBy("h.recorded_at", "ASC")
              .addOrderBy("h.id", "ASC")
              .getMany()
          : [],
        this.levels(),
      ]);
      const ordinal = new Map([...groupBy(changes, (h) => h.collaborationId)].map(([id, history]) => [id, levels.get(latestChange(history)!.toLevelId)!.ordinal]));
      const byApplication = groupBy(collaborations, (c) => c.applicationId);
      return agreements.map((a) => {
        if (!a || a instanceof Error) return null;
        const covered = [...a.collaborationIds, ...a.applicationIds.flatMap((id) => (byApplication.get(id) ?? []).map((c) => c.id))];
        const known = covered.flatMap((id) => (ordinal.has(id) ? [ordinal.get(id)!] : []));
        return known.length ? Math.max(...known) : null;
      });
    },
    { maxBatchSize: MAX_BATCH },
  );

  private agreementsOn(agreements: Agreement[], parties: AgreementParty[], applications: AgreementApplication[], collaborations: AgreementCollaboration[]): AgreementOn[] {
    const partiesOf = groupBy(parties, (p) => p.agreementId);
    const appsOf = groupBy(applications, (l) => l.agreementId);
    const collabsOf = groupBy(collaborations, (l) => l.agreementId);
    return agreements.map((agreement): AgreementOn => {
      const own = partiesOf.get(agreement.id) ?? [];
      return {
        agreement,
        terms: termsOf(agreement),
        municipalityIds: own.flatMap((p) => (p.municipalityId === null ? [] : [p.municipalityId])),
        itUnitIds: own.flatMap((p) => (p.itUnitId === null ? [] : [p.itUnitId])),
        applicationIds: (appsOf.get(agreement.id) ?? []).map((l) => l.applicationId),
        collaborationIds: (collabsOf.get(agreement.id) ?? []).map((l) => l.collaborationId),
        shares: new Map(own.flatMap((p) => (p.municipalityId !== null && p.costShareBasisPoints !== null ? [[p.municipalityId, p.costShareBasisPoints] as const] : []))),
        inForce: inForceOn(termsOf(agreement), this.date),
      };
    });
  }

  /** Agreements covering each collaboration on D, directly or through its application, by name. */
  agreementsByCollaboration = () =>
    this.once("agreementsByCollaboration", async () => {
      const [agreements, collaborations] = await Promise.all([this.agreements(), this.collaborations()]);
      const order = new Map(agreements.map((a, i) => [a, i]));
      const byApplication = new Map<number, AgreementOn[]>();
      const direct = new Map<number, AgreementOn[]>();
      const push = (map: Map<number, AgreementOn[]>, id: number, a: AgreementOn) => {
        const list = map.get(id);
        if (list) list.push(a);
        else map.set(id, [a]);
      };
      for (const a of agreements) {
        for (const id of a.applicationIds) push(byApplication, id, a);
        for (const id of a.collaborationIds) push(direct, id, a);
      }
      const result = new Map<number, AgreementOn[]>();
      for (const c of collaborations.values()) {
        const merged = [...new Set([...(direct.get(c.id) ?? []), ...(byApplication.get(c.applicationId) ?? [])])];
        result.set(
          c.id,
          merged.sort((x, y) => order.get(x)! - order.get(y)!),
        );
      }
      return result;
    });

  /** The highest level (ordinal) on D of the collaborations each agreement covers; absent when it covers none. */
  agreementSystemLevels = () =>
    this.once("agreementSystemLevels", async () => {
      const [byCollaboration, ordinals] = await Promise.all([this.agreementsByCollaboration(), this.levelOrdinals()]);
      const levels = new Map<number, number>();
      for (const [collaborationId, list] of byCollaboration) {
        const ordinal = ordinals.get(collaborationId);
        if (ordinal === undefined) continue;
        for (const a of list) levels.set(a.agreement.id, Math.max(levels.get(a.agreement.id) ?? ordinal, ordinal));
      }
      return levels;
    });

  /**
   * Each agreement's schedule on D, by agreement id: its terms then, with the procurement lead time
   * of its own or of the highest level on D of the systems it covers.
   */
  schedules = () =>
    this.once("schedules", async () => {
      const [agreements, levels] = await Promise.all([this.agreements(), this.agreementSystemLevels()]);
      return new Map(
        agreements.map((a) => [a.agreement.id, agreementSchedule(a.terms, this.date, deadlinePolicy(a.agreement.procurementLeadTimeMonths, levels.get(a.agreement.id) ?? null))] as const),
      );
    });

  /** Competences held on D (level and since as then). */
  competences = () => this.once("competences", async () => [...(await this.versions(COMPETENCE_FACTS)).entries()].map(([id, facts]) => Object.assign(new Competence(), facts, { id })));

  /** Training plans existing on D, with their last review as of D. */
  trainingPlans = () => this.once("trainingPlans", async () => [...(await this.overlaid(TRAINING_PLAN_FACTS, await readRows(this.db.getRepository(TrainingPlan).createQueryBuilder("e")))).values()]);

  /** Governance documents adopted by D, with reviews and retirement as recorded on D, by title. */
  governanceDocuments = () =>
    this.once("governanceDocuments", async () => [
      ...(await this.overlaid(GOVERNANCE_DOCUMENT_FACTS, await this.db.getRepository(GovernanceDocument).find({ order: { titleKey: "ASC", id: "ASC" } }))).values(),
    ]);

  /** The governance documents adopted by D by id. */
  governanceDocumentsById = () => this.once("governanceDocumentsById", async () => byId(await this.governanceDocuments()));

  /** Competence networks begun by D, with the collaborations they serve. */
  networks = () =>
    this.once("networks", () =>
      this.withCollaborations(this.db.getRepository(CompetenceNetwork).createQueryBuilder("n").where("(n.started_on IS NULL OR n.started_on <= :on)", { on: this.date }).orderBy("n.id").getMany()),
    );

  /** Networks, each with the collaborations it serves (by link id), in the order given. */
  private async withCollaborations(read: Promise<CompetenceNetwork[]>): Promise<{ network: CompetenceNetwork; collaborationIds: number[] }[]> {
    const [networks, links] = await Promise.all([read, this.db.getRepository(CompetenceNetworkCollaboration).find({ order: { id: "ASC" } })]);
    const linked = groupBy(links, (l) => l.networkId);
    return networks.map((network) => ({ network, collaborationIds: (linked.get(network.id) ?? []).map((l) => l.collaborationId) }));
  }

  /** Attendance at training activities held after `from` up to D: one row per activity and municipality taking part. */
  trainingAttendance = (from: LocalDate) =>
    this.once(`trainingAttendance:${from}`, async () =>
      (
        await this.db
          .getRepository(TrainingActivity)
          .createQueryBuilder("ta")
          .innerJoin("training_activity_municipality", "tm", "tm.activity_id = ta.id")
          .select("ta.plan_id", "planId")
          .addSelect("ta.held_on", "heldOn")
          .addSelect("tm.municipality_id", "municipalityId")
          .addSelect("tm.participant_count", "participantCount")
          .where("ta.held_on > :from AND ta.held_on <= :on", { from, on: this.date })
          .getRawMany<{ planId: number; heldOn: string; municipalityId: number; participantCount: number }>()
      ).map((t) => ({ planId: Number(t.planId), heldOn: t.heldOn, municipalityId: Number(t.municipalityId), participantCount: Number(t.participantCount) })),
    );

  /** The trigger settings (one row; the migration writes the defaults). */
  triggerSettings = () => this.once("triggerSettings", () => this.db.getRepository(TriggerSettings).createQueryBuilder("s").orderBy("s.id", "ASC").getOne());

  /** Population figures of the years before D's, by year. */
  populationFigures = () =>
    this.once("populationFigures", () =>
      this.db
        .getRepository(PopulationFigure)
        .createQueryBuilder("p")
        .select(["p.id", "p.municipalityId", "p.year", "p.population"])
        .where("p.year < :year", { year: yearOf(this.date) })
        .orderBy("p.year", "ASC")
        .getMany(),
    );

  /** The change freezes, as recorded now (not dated facts). */
  changeFreezes = () => this.once("changeFreezes", () => this.db.getRepository(ChangeFreeze).find({ order: { id: "ASC" } }));

  /** Exceptions from change freezes approved on or before D: they open their periods of a freeze. */
  freezeExceptions = () =>
    this.once("freezeExceptions", () =>
      this.db
        .getRepository(FreezeException)
        .createQueryBuilder("x")
        .where("x.status = :approved AND x.decided_on <= :on", { approved: FreezeExceptionStatus.APPROVED, on: this.date })
        .orderBy("x.id", "ASC")
        .getMany(),
    );

  /** The last audited change of each object up to the end of D (Swedish time), by global ID. */
  lastAudited = () =>
    this.once("lastAudited", async () =>
      (
        await this.db
          .getRepository(AuditObjectRow)
          .createQueryBuilder("o")
          .innerJoin(AuditEntryRow, "e", "e.id = o.entry_id")
          .select("o.object_id", "objectId")
          .addSelect("MAX(e.at)", "at")
          .where("e.at < :until", { until: swedishMidnight(addDays(this.date, 1)) })
          .groupBy("o.object_id")
          .getRawMany<{ objectId: string; at: string }>()
      ).map((a) => ({ objectId: a.objectId, on: swedishDate(new Date(a.at)) })),
    );

  /** The decisions on collaboration candidates, in the order they were taken (not dated facts). */
  recommendationDecisions = () => this.once("recommendationDecisions", () => this.db.getRepository(RecommendationDecision).find({ order: { id: "ASC" } }));

  /** The collaboration bodies (not dated facts). */
  collaborationBodies = () => this.once("collaborationBodies", async () => byId(await this.db.getRepository(CollaborationBody).find()));

  /** Memberships of collaboration bodies in force on D. */
  memberships = () =>
    this.once("memberships", () =>
      this.db
        .getRepository(Membership)
        .createQueryBuilder("m")
        .where(coversSql("m", "from_date", "to_date", "on"), { on: this.date })
        .orderBy("m.id")
        .getMany(),
    );

  /** Each municipality's budget calendar (the month its budget for the next year is decided), as recorded now. */
  budgetCalendars = () => this.once("budgetCalendars", () => this.db.getRepository(BudgetCalendarRow).find({ order: { id: "ASC" } }));

  /** The costs entered on decisions, as recorded now. */
  decisionCosts = () => this.once("decisionCosts", () => this.db.getRepository(DecisionCostRow).find({ order: { id: "ASC" } }));

  /** Competence-network memberships in force on D. */
  networkMembers = () =>
    this.once("networkMembers", () =>
      this.db
        .getRepository(CompetenceNetworkMember)
        .createQueryBuilder("m")
        .where(coversSql("m", "joined_on", "left_on", "on"), { on: this.date })
        .getMany(),
    );

  // ---- as recorded now (not dated facts), for the annual report ----

  /** Every collaboration as recorded now, begun or not, by name. */
  recordedCollaborations = () =>
    this.once("recordedCollaborations", () => readRows(this.db.getRepository(Collaboration).createQueryBuilder("c").orderBy("c.name_key", "ASC").addOrderBy("c.id", "ASC")));

  /** Every agreement as recorded now (its latest terms), with its latest links (those not closed), by name. */
  recordedAgreements = () =>
    this.once("recordedAgreements", async () => {
      const latest = <T extends ObjectLiteral>(entity: EntityTarget<T>) => readRows(this.db.getRepository(entity).createQueryBuilder("l").where("l.valid_to IS NULL").orderBy("l.id"));
      const [rows, parties, applications, collaborations] = await Promise.all([
        readRows(this.db.getRepository(Agreement).createQueryBuilder("e").orderBy("e.name_key", "ASC").addOrderBy("e.id", "ASC")),
        latest(AgreementParty),
        latest(AgreementApplication),
        latest(AgreementCollaboration),
      ]);
      return this.agreementsOn(rows, parties, applications, collaborations);
    });

  /** Each agreement's first recorded facts (its earliest version), by agreement id: what a date before it was on record answers with. */
  firstAgreementFacts = () =>
    this.once("firstAgreementFacts", () =>
      readJson(
        this.db
          .getRepository(FactVersion)
          .createQueryBuilder("v")
          .select("v.subject_id", "id")
          .addSelect("v.facts", "json")
          .where("v.subject_type = :type", { type: AGREEMENT_FACTS.typeName })
          .andWhere("v.valid_from = (SELECT MIN(w.valid_from) FROM fact_version w WHERE w.subject_type = v.subject_type AND w.subject_id = v.subject_id)"),
      ),
    );

  /** Every population figure on record, of any year, by year. */
  allPopulationFigures = () =>
    this.once("allPopulationFigures", () =>
      this.db.getRepository(PopulationFigure).createQueryBuilder("p").select(["p.id", "p.municipalityId", "p.year", "p.population"]).orderBy("p.year", "ASC").addOrderBy("p.id", "ASC").getMany(),
    );

  /** Every membership of a collaboration body, past, present and future. */
  allMemberships = () => this.once("allMemberships", () => this.db.getRepository(Membership).find({ order: { id: "ASC" } }));

  /** Every competence network as recorded now, begun or not, by name, with the collaborations it serves. */
  allNetworks = () =>
    this.once("allNetworks", () => this.withCollaborations(this.db.getRepository(CompetenceNetwork).createQueryBuilder("n").orderBy("n.name_key", "ASC").addOrderBy("n.id", "ASC").getMany()));

  /** The IT policy's goals with dates, by deadline. */
  policyGoals = () => this.once("policyGoals", () => this.db.getRepository(PolicyGoal).find({ order: { deadline: "ASC", id: "ASC" } }));

  /** The effects expected of decisions (förväntade effekter), by decision id. */
  decisionEffects = () => this.once("decisionEffects", async () => new Map((await this.db.getRepository(DecisionEffect).find({ order: { id: "ASC" } })).map((e) => [e.decisionId, e])));

  /** Competence networks' logged activities from `from` up to D, by date. */
  networkActivities = (from: LocalDate) =>
    this.once(`networkActivities:${from}`, () =>
      this.db
        .getRepository(CompetenceNetworkActivity)
        .createQueryBuilder("a")
        .where("a.occurred_on >= :from AND a.occurred_on <= :on", { from, on: this.date })
        .orderBy("a.occurred_on", "ASC")
        .addOrderBy("a.id", "ASC")
        .getMany(),
    );

  /**
   * Training activities held from `from` up to D, with their plan (as recorded now) and the
   * municipalities taking part: by the plan's name, then by date.
   */
  trainingActivities = (from: LocalDate) =>
    this.once(`trainingActivities:${from}`, async () => {
      const held = "ta.held_on >= :from AND ta.held_on <= :on";
      const [activities, municipalities] = await Promise.all([
        this.db
          .getRepository(TrainingActivity)
          .createQueryBuilder("ta")
          .innerJoin(TrainingPlan, "tp", "tp.id = ta.plan_id")
          .select("ta.id", "id")
          .addSelect("ta.title", "title")
          .addSelect("ta.held_on", "heldOn")
          .addSelect("ta.cost_ore", "costOre")
          .addSelect("tp.name", "planName")
          .addSelect("tp.collaboration_id", "collaborationId")
          .where(held, { from, on: this.date })
          .orderBy("tp.name_key", "ASC")
          .addOrderBy("tp.id", "ASC")
          .addOrderBy("ta.held_on", "ASC")
          .addOrderBy("ta.id", "ASC")
          .getRawMany<{ id: number; title: string; heldOn: LocalDate; costOre: number | string | null; planName: string; collaborationId: number | null }>(),
        this.db
          .getRepository(TrainingActivityMunicipality)
          .createQueryBuilder("tm")
          .innerJoin(TrainingActivity, "ta", "ta.id = tm.activity_id")
          .where(held, { from, on: this.date })
          .orderBy("tm.municipality_id", "ASC")
          .getMany(),
      ]);
      const taking = groupBy(municipalities, (m) => m.activityId);
      return activities.map((a) => ({
        id: Number(a.id),
        title: a.title,
        heldOn: a.heldOn,
        costOre: a.costOre === null ? null : Number(a.costOre),
        plan: a.planName,
        collaborationId: a.collaborationId === null ? null : Number(a.collaborationId),
        municipalities: (taking.get(Number(a.id)) ?? []).map((m) => ({ municipalityId: m.municipalityId, participantCount: m.participantCount })),
      }));
    });
}
