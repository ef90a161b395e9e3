import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { CollaborationLevel } from "../../server/src/collaborations/entities";
import { decodeIdOf } from "../../server/src/core/global-id";
import { Membership } from "../../server/src/municipalities/entities";
import { type GraphQLResponse, ok, type StartOptions, startServer, TEST_NOW, type TestServer } from "../helpers/server";
import {
  type AgreementCreateInput,
  type AgreementKind,
  type ApplicationCategory,
  type ApplicationScope,
  type ItUnitKind,
  KitAgreementDocument,
  type KitAgreementMutation,
  KitApplicationDocument,
  type KitApplicationMutation,
  KitCollaborationDocument,
  KitCompetenceDocument,
  type CompetenceLevel,
  type ChangeFreezePeriodInput,
  KitChangeFreezeDocument,
  KitCollaborationBodyDocument,
  type KitCollaborationBodyMutation,
  KitLevelSetDocument,
  KitParticipantAddDocument,
  type RoleKind,
  KitRoleDocument,
  type KitRoleMutation,
  type CompetenceNetworkCreateInput,
  KitCompetenceNetworkDocument,
  type KitCompetenceNetworkMutation,
  type TrainingPlanCreateInput,
  KitTrainingPlanDocument,
  type KitTrainingPlanMutation,
  type TrainingActivityAddInput,
  KitTrainingActivityDocument,
  type KitTrainingActivityMutation,
  type KitChangeFreezeMutation,
  type LifecyclePhase,
  type KitCollaborationMutation,
  KitItUnitDocument,
  type KitItUnitMutation,
  type GovernanceDocumentKind,
  KitGovernanceDocumentDocument,
  type KitGovernanceDocumentMutation,
  KitLevelsDocument,
  type KitLevelsQuery,
  KitMunicipalityDocument,
  type KitMunicipalityMutation,
  KitPersonDocument,
  type KitPersonMutation,
  KitPlannedLeaveDocument,
  KitUsageDocument,
  type NoticePeriodInput,
  type RenewalKind,
  type TypedDocumentString,
} from "./generated/graphql";

export { graphql } from "./generated";

/**
 * The test kit: a real server on an empty database holding only the collaboration scale (levels
 * 0–5, the product's reference data, not the Dalsland demonstration data), and builders that make
 * the data a test needs through the API, with unique names, returning typed objects.
 *
 *     const kit = await startKit();
 *     const [a, b] = [await kit.municipality(), await kit.municipality()];
 *     const gis = await kit.collaboration({ level: 4, participants: [a, b] });
 *     await kit.agreement({ kind: "SAMVERKANSAVTAL", parties: [a, b], ends: "2027-02-28", notice: months(3) });
 *
 * A test's own queries are typed documents, `graphql(`...`)` from here (named operations, typed by
 * codegen into ./generated/ by `npm run sdk`, as the builders' in ./operations/ are), sent by
 * `kit.request` or `server.gql`; only documents meant to be invalid, or built at run time, are strings.
 */

// Root fields and mutation payloads are nullable (a denied field answers null beside the others' data).
export type Level = NonNullable<KitLevelsQuery["collaborationLevels"]>[number];
export type Municipality = NonNullable<NonNullable<KitMunicipalityMutation["municipalityCreate"]>["municipality"]>;
export type ItUnit = NonNullable<NonNullable<KitItUnitMutation["itUnitCreate"]>["itUnit"]>;
export type Application = NonNullable<NonNullable<KitApplicationMutation["applicationCreate"]>["application"]>;
export type Collaboration = NonNullable<NonNullable<KitCollaborationMutation["collaborationCreate"]>["collaboration"]>;
export type Agreement = NonNullable<NonNullable<KitAgreementMutation["agreementCreate"]>["agreement"]>;
export type Person = NonNullable<NonNullable<KitPersonMutation["personCreate"]>["person"]>;
export type CompetenceNetwork = NonNullable<NonNullable<KitCompetenceNetworkMutation["competenceNetworkCreate"]>["competenceNetwork"]>;
export type TrainingPlan = NonNullable<NonNullable<KitTrainingPlanMutation["trainingPlanCreate"]>["trainingPlan"]>;
export type TrainingActivity = NonNullable<NonNullable<KitTrainingActivityMutation["trainingActivityAdd"]>["trainingActivity"]>;
export type RoleAssignment = NonNullable<NonNullable<KitRoleMutation["roleAssign"]>["roleAssignment"]>;
export type CollaborationBody = NonNullable<NonNullable<KitCollaborationBodyMutation["collaborationBodyCreate"]>["collaborationBody"]>;
export type ChangeFreeze = NonNullable<NonNullable<KitChangeFreezeMutation["changeFreezeCreate"]>["changeFreeze"]>;
export type GovernanceDocument = NonNullable<NonNullable<KitGovernanceDocumentMutation["governanceDocumentCreate"]>["governanceDocument"]>;

/** A notice period (uppsägningstid) of `amount` months. */
export const months = (amount: number): NoticePeriodInput => ({ amount, unit: "MONTHS" });
/** A notice period of `amount` days. */
export const days = (amount: number): NoticePeriodInput => ({ amount, unit: "DAYS" });

const LEVEL_SCALE = join(__dirname, "..", "..", "seeds", "dalsland", "levels.json");

/** Writes the collaboration scale (levels 0–5, names and descriptions as shipped). */
export async function writeLevelScale(db: DataSource): Promise<void> {
  const levels = JSON.parse(readFileSync(LEVEL_SCALE, "utf8")) as { ordinal: number; name: string; description: string }[];
  await db.getRepository(CollaborationLevel).save(levels.map((level) => Object.assign(new CollaborationLevel(), level)));
}

export interface Kit {
  server: TestServer;
  /** Sends a typed document as the admin (or `token`); the answer is typed by the document. */
  request<R, V>(document: TypedDocumentString<R, V>, variables?: NoInfer<V>, options?: { token?: string | null }): Promise<GraphQLResponse<R>>;
  /** Sends a mutation of one payload with `input` as its `$input`, as the admin; fails on user errors, and answers the payload. */
  mutate<K extends string, P extends Payload, I>(document: TypedDocumentString<{ [key in K]: P | null }, { input: I }>, input: NoInfer<I>): Promise<P>;
  /** The level of the scale with this ordinal (0–5). */
  level(ordinal: number): Level;
  /** A municipality; `population` is its 2025 figure, `populations` figures of any years. */
  municipality(options?: { name?: string; code?: string; county?: string; population?: number; populations?: { year: number; population: number }[] }): Promise<Municipality>;
  itUnit(options: { municipality: Municipality; kind?: ItUnitKind; name?: string }): Promise<ItUnit>;
  application(options?: { name?: string; category?: ApplicationCategory; scope?: ApplicationScope; vendor?: string }): Promise<Application>;
  /** A municipality's use of an application (systeminnehav). */
  usage(options: {
    municipality: Municipality;
    application: Application;
    since?: string;
    users?: number;
    functionalFit?: number;
    technicalFit?: number;
    annualCostSek?: number;
    phase?: LifecyclePhase;
  }): Promise<{ id: string }>;
  /** A municipality's change freeze (förändringsstopp), for every system unless `category`. */
  changeFreeze(options: { municipality: Municipality; period: ChangeFreezePeriodInput; name?: string; category?: ApplicationCategory }): Promise<ChangeFreeze>;
  /**
   * A collaboration at `level` (default 1) around `application` (default a new one), hosted by the
   * first participant; `participants` default to two new municipalities.
   */
  collaboration(options?: {
    level?: number;
    participants?: Municipality[];
    application?: Application;
    startedOn?: string;
    name?: string;
    operator?: ItUnit;
    decisionReference?: string;
    body?: CollaborationBody;
  }): Promise<Collaboration>;
  /**
   * A collaboration body (samverkansorgan, e.g. a kommunalförbund) with `members` from `from` (default
   * 2000-01-01). The API has no mutation for memberships (they come with the reference data and
   * seeds), so the builder writes them as the seed does.
   */
  body(options: { members: (Municipality | { municipality: Municipality; from: string })[]; name?: string; shortName?: string; from?: string }): Promise<CollaborationBody>;
  /** A change of a collaboration's level (nivåändring) on `on` (default today). */
  levelChange(collaboration: Collaboration, level: number, options?: { on?: string; decisionReference?: string }): Promise<void>;
  /** A municipality joins a collaboration on `on` (default today). */
  join(collaboration: Collaboration, municipality: Municipality, on?: string): Promise<void>;
  /**
   * An agreement from `starts` (default a year before today) to `ends`, of `kind` (default
   * LEVERANTORSAVTAL with a vendor), with `parties` (default one new municipality).
   */
  agreement(options: {
    ends: string;
    starts?: string;
    kind?: AgreementKind;
    parties?: Municipality[];
    itUnits?: ItUnit[];
    notice?: NoticePeriodInput;
    renewal?: RenewalKind;
    collaborations?: Collaboration[];
    name?: string;
    more?: Partial<AgreementCreateInput>;
  }): Promise<Agreement>;
  person(options: { municipality: Municipality; name?: string; itUnit?: ItUnit; email?: string; phone?: string }): Promise<Person>;
  /**
   * A role (roll) of `person` on a usage, a collaboration or an IT unit, from `from` (default today)
   * to `to` (default open); a start before today is recorded with a correction reason.
   */
  role(options: { kind: RoleKind; person: Person; usage?: { id: string }; collaboration?: Collaboration; itUnit?: ItUnit; from?: string; to?: string }): Promise<RoleAssignment>;
  /**
   * A person's competence (kompetens) on an application, held since `since` (default: no date) and
   * in the dated facts from `from` (default today; an earlier day is recorded with a correction reason).
   */
  competence(options: { person: Person; application: Application; level?: CompetenceLevel; since?: string; from?: string }): Promise<{ id: string }>;
  /** A competence network (kompetensnätverk) coordinated by `coordinator`, who is a member with `members`. */
  network(options: { coordinator: Person; members?: Person[]; name?: string; more?: Partial<CompetenceNetworkCreateInput> }): Promise<CompetenceNetwork>;
  /**
   * A training plan (utbildningsplan) for exactly one target: an application usage, a collaboration,
   * or the IT staff (`itStaff`, admin); reviewed today unless `reviewedOn`, and existing from then.
   */
  trainingPlan(options: { usage?: { id: string }; collaboration?: Collaboration; itStaff?: boolean; reviewedOn?: string; name?: string }): Promise<TrainingPlan>;
  /** A training activity (utbildningstillfälle) of a plan; `municipalities` give participant counts. */
  trainingActivity(options: {
    plan: TrainingPlan;
    heldOn: string;
    title?: string;
    municipalities?: { municipality: Municipality; participants?: number }[];
    participants?: Person[];
    more?: Partial<TrainingActivityAddInput>;
  }): Promise<TrainingActivity>;
  /**
   * A governance document (styrdokument) of `municipality`, or of `body` (shared), adopted on
   * `adoptedOn` and last reviewed on `lastReviewedOn` (default: not since); kind IT-instruktioner
   * unless `kind`.
   */
  governanceDocument(options: {
    adoptedOn: string;
    kind?: GovernanceDocumentKind;
    municipality?: Municipality;
    body?: CollaborationBody;
    lastReviewedOn?: string;
    title?: string;
  }): Promise<GovernanceDocument>;
  /** A person's planned leave (planerad frånvaro), "YYYY-MM". */
  plannedLeave(person: Person, month: string): Promise<void>;
  close(): Promise<void>;
}

type Payload = { userErrors: unknown[] };

/** Fails with the mutation's user errors (or a null payload), if any; the created object otherwise. */
function created<P extends { userErrors: { field?: string[] | null; code: string; message: string }[] }, T>(payload: P | null, object: (payload: P) => T | null | undefined, what: string): T {
  const made = payload ? object(payload) : null;
  if (!payload || payload.userErrors.length > 0 || !made) throw new Error(`kit: ${what} refused: ${JSON.stringify(payload?.userErrors ?? null)}`);
  return made;
}

/** Starts a test server (options as `startServer`'s) with the scale only, and the builders over it. */
export async function startKit(options: Omit<StartOptions, "seed" | "prepare"> = {}): Promise<Kit> {
  const server = await startServer({ ...options, seed: false, prepare: writeLevelScale });
  const levels = ok(await server.gql(KitLevelsDocument)).collaborationLevels ?? [];
  const today = (options.now ?? TEST_NOW).toISOString().slice(0, 10);

  let sequence = 0;
  const next = () => ++sequence;

  const kit: Kit = {
    server,
    request: (document, variables, requestOptions) => server.gql(document, variables, requestOptions),
    async mutate<K extends string, P extends Payload, I>(document: TypedDocumentString<{ [key in K]: P | null }, { input: I }>, input: NoInfer<I>): Promise<P> {
      const [payload] = Object.values<P | null>(ok(await server.gql(document, { input })));
      if (!payload || payload.userErrors.length > 0) throw new Error(`kit: refused: ${JSON.stringify(payload?.userErrors ?? null)}\n${document}`);
      return payload;
    },
    level(ordinal) {
      const level = levels.find((l) => l.ordinal === ordinal);
      if (!level) throw new Error(`kit: no level ${ordinal} on the scale`);
      return level;
    },
    async municipality(o = {}) {
      const n = next();
      const input = {
        code: o.code ?? String(9000 + n),
        name: o.name ?? `Testkommun ${n}`,
        county: o.county ?? "Testlän",
        populations: [...(o.population === undefined ? [] : [{ year: 2025, population: o.population }]), ...(o.populations ?? [])],
      };
      const payload = ok(await kit.request(KitMunicipalityDocument, { input })).municipalityCreate;
      return created(payload, (p) => p.municipality, "municipalityCreate");
    },
    async itUnit(o) {
      const input = { municipalityId: o.municipality.id, kind: o.kind ?? ("ADMINISTRATION" as const), name: o.name ?? `IT-enhet ${next()}` };
      const payload = ok(await kit.request(KitItUnitDocument, { input })).itUnitCreate;
      return created(payload, (p) => p.itUnit, "itUnitCreate");
    },
    async application(o = {}) {
      const input = { name: o.name ?? `System ${next()}`, category: o.category ?? ("FINANCE" as const), scope: o.scope ?? ("BUSINESS_SPECIFIC" as const), vendor: o.vendor ?? "Leverantör AB" };
      const payload = ok(await kit.request(KitApplicationDocument, { input })).applicationCreate;
      return created(payload, (p) => p.application, "applicationCreate");
    },
    async usage(o) {
      const input = {
        municipalityId: o.municipality.id,
        applicationId: o.application.id,
        inUseSince: o.since ?? "2020-01-01",
        userCount: o.users ?? 10,
        functionalFit: o.functionalFit ?? 3,
        technicalFit: o.technicalFit ?? 3,
        annualCostSek: o.annualCostSek,
        lifecyclePhase: o.phase,
      };
      const payload = ok(await kit.request(KitUsageDocument, { input })).applicationUsageCreate;
      return created(payload, (p) => p.applicationUsage, "applicationUsageCreate");
    },
    async body(o) {
      const n = next();
      const input = { name: o.name ?? `Kommunalförbund ${n}`, shortName: o.shortName ?? `KF${n}` };
      const payload = ok(await kit.request(KitCollaborationBodyDocument, { input })).collaborationBodyCreate;
      const body = created(payload, (p) => p.collaborationBody, "collaborationBodyCreate");
      const bodyId = decodeIdOf(body.id, "CollaborationBody")!;
      await server.db.getRepository(Membership).insert(
        o.members.map((m) => {
          const [municipality, from] = "municipality" in m ? [m.municipality, m.from] : [m, o.from ?? "2000-01-01"];
          return { collaborationBodyId: bodyId, municipalityId: decodeIdOf(municipality.id, "Municipality")!, fromDate: from, toDate: null, note: null };
        }),
      );
      return body;
    },
    async levelChange(collaboration, level, o = {}) {
      const input = {
        collaborationId: collaboration.id,
        levelId: kit.level(level).id,
        changedOn: o.on,
        decisionReference: o.decisionReference,
        correctionReason: o.on && o.on < today ? "Testdata: nivåändring som skedde tidigare." : undefined,
      };
      const payload = ok(await kit.request(KitLevelSetDocument, { input })).collaborationLevelSet;
      created(payload, (p) => p.collaboration, "collaborationLevelSet");
    },
    async join(collaboration, municipality, on) {
      const input = { collaborationId: collaboration.id, municipalityId: municipality.id, joinedOn: on, correctionReason: on && on < today ? "Testdata: anslöt tidigare." : undefined };
      const payload = ok(await kit.request(KitParticipantAddDocument, { input })).collaborationParticipantAdd;
      created(payload, (p) => p.collaboration, "collaborationParticipantAdd");
    },
    async changeFreeze(o) {
      const input = { municipalityId: o.municipality.id, name: o.name ?? `Förändringsstopp ${next()}`, period: o.period, category: o.category };
      const payload = ok(await kit.request(KitChangeFreezeDocument, { input })).changeFreezeCreate;
      return created(payload, (p) => p.changeFreeze, "changeFreezeCreate");
    },
    async collaboration(o = {}) {
      const participants = o.participants ?? [await kit.municipality(), await kit.municipality()];
      if (participants.length === 0) throw new Error("kit: a collaboration needs a participant");
      const application = o.application ?? (await kit.application());
      const input = {
        name: o.name ?? `Samverkan ${next()}`,
        applicationId: application.id,
        hostMunicipalityId: participants[0].id,
        participantIds: participants.slice(1).map((m) => m.id),
        levelId: kit.level(o.level ?? 1).id,
        startedOn: o.startedOn,
        operatorItUnitId: o.operator?.id,
        collaborationBodyId: o.body?.id,
        decisionReference: o.decisionReference,
        correctionReason: o.startedOn ? "Testdata: samverkan som började tidigare." : undefined,
      };
      const payload = ok(await kit.request(KitCollaborationDocument, { input })).collaborationCreate;
      return created(payload, (p) => p.collaboration, "collaborationCreate");
    },
    async agreement(o) {
      const kind = o.kind ?? "LEVERANTORSAVTAL";
      const parties = o.parties ?? (o.itUnits ? [] : [await kit.municipality()]);
      const input: AgreementCreateInput = {
        kind,
        name: o.name ?? `Avtal ${next()}`,
        startDate: o.starts ?? "2025-06-15",
        endDate: o.ends,
        municipalityIds: parties.map((m) => m.id),
        itUnitIds: o.itUnits?.map((u) => u.id),
        collaborationIds: o.collaborations?.map((c) => c.id),
        vendorName: kind === "LEVERANTORSAVTAL" ? "Leverantör AB" : undefined,
        noticePeriod: o.notice,
        renewalKind: o.renewal,
        ...o.more,
      };
      const payload = ok(await kit.request(KitAgreementDocument, { input })).agreementCreate;
      return created(payload, (p) => p.agreement, "agreementCreate");
    },
    async person(o) {
      const input = { municipalityId: o.municipality.id, name: o.name ?? `Person ${next()}`, itUnitId: o.itUnit?.id, email: o.email, phone: o.phone };
      const payload = ok(await kit.request(KitPersonDocument, { input })).personCreate;
      return created(payload, (p) => p.person, "personCreate");
    },
    async competence(o) {
      const input = {
        personId: o.person.id,
        applicationId: o.application.id,
        level: o.level ?? ("SPECIALIST" as const),
        since: o.since,
        effectiveFrom: o.from,
        correctionReason: o.from && o.from < today ? "Testdata: kompetens sedan tidigare." : undefined,
      };
      const payload = ok(await kit.request(KitCompetenceDocument, { input })).competenceSet;
      return created(payload, (p) => p.competence, "competenceSet");
    },
    async role(o) {
      const input = {
        kind: o.kind,
        personId: o.person.id,
        applicationUsageId: o.usage?.id,
        collaborationId: o.collaboration?.id,
        itUnitId: o.itUnit?.id,
        fromDate: o.from,
        toDate: o.to,
        correctionReason: o.from && o.from < today ? "Testdata: roll som började tidigare." : undefined,
      };
      const payload = ok(await kit.request(KitRoleDocument, { input })).roleAssign;
      return created(payload, (p) => p.roleAssignment, "roleAssign");
    },
    async network(o) {
      const input: CompetenceNetworkCreateInput = {
        name: o.name ?? `Nätverk ${next()}`,
        coordinatorId: o.coordinator.id,
        memberIds: [o.coordinator, ...(o.members ?? [])].map((p) => p.id),
        ...o.more,
      };
      const payload = ok(await kit.request(KitCompetenceNetworkDocument, { input })).competenceNetworkCreate;
      return created(payload, (p) => p.competenceNetwork, "competenceNetworkCreate");
    },
    async trainingPlan(o) {
      const input: TrainingPlanCreateInput = {
        name: o.name ?? `Utbildningsplan ${next()}`,
        applicationUsageId: o.usage?.id,
        collaborationId: o.collaboration?.id,
        itStaff: o.itStaff,
        reviewedOn: o.reviewedOn,
        effectiveFrom: o.reviewedOn,
      };
      const payload = ok(await kit.request(KitTrainingPlanDocument, { input })).trainingPlanCreate;
      return created(payload, (p) => p.trainingPlan, "trainingPlanCreate");
    },
    async trainingActivity(o) {
      const input: TrainingActivityAddInput = {
        planId: o.plan.id,
        heldOn: o.heldOn,
        title: o.title ?? `Utbildning ${next()}`,
        municipalities: o.municipalities?.map((m) => ({ municipalityId: m.municipality.id, participantCount: m.participants })),
        participantIds: o.participants?.map((p) => p.id),
        ...o.more,
      };
      const payload = ok(await kit.request(KitTrainingActivityDocument, { input })).trainingActivityAdd;
      return created(payload, (p) => p.trainingActivity, "trainingActivityAdd");
    },
    async governanceDocument(o) {
      const input = {
        kind: o.kind ?? ("IT_INSTRUCTIONS" as const),
        title: o.title ?? `Styrdokument ${next()}`,
        municipalityId: o.municipality?.id,
        collaborationBodyId: o.body?.id,
        adoptedOn: o.adoptedOn,
        lastReviewedOn: o.lastReviewedOn,
      };
      const payload = ok(await kit.request(KitGovernanceDocumentDocument, { input })).governanceDocumentCreate;
      return created(payload, (p) => p.governanceDocument, "governanceDocumentCreate");
    },
    async plannedLeave(person, month) {
      const payload = ok(await kit.request(KitPlannedLeaveDocument, { input: { personId: person.id, plannedLeave: month } })).personPlannedLeaveSet;
      created(payload, (p) => p.person, "personPlannedLeaveSet");
    },
    close: () => server.close(),
  };
  return kit;
}
