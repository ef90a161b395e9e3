import type { DataSource, EntityManager } from "typeorm";
import { agreementSchedule } from "../agreements/deadlines";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementParty, termsOf } from "../agreements/entities";
import { agreementSettings, deadlinePolicy } from "../agreements/settings";
import { ApplicationUsage } from "../applications/entities";
import { AuditEntryRow, AuditObjectRow } from "../audit/entities";
import { CollaborationLevel, LevelChange } from "../collaborations/entities";
import { levelOn, participatesOn } from "../collaborations/rules";
import { groupBy } from "../common/collections";
import { addDays, swedishDate, yearOf, type LocalDate } from "../common/dates";
import { assessCompetenceRisk, RiskSubjectKind } from "../competence/risk";
import { loadRiskInput } from "../competence/risk-data";
import { encodeGlobalId } from "../graphql/global-id";
import { Municipality, PopulationFigure } from "../municipalities/entities";
import { figureFor } from "../municipalities/population";
import { ChangeFreeze, freezeRuleOf, TriggerSettings } from "./entities";
import type { FactAgreement, FactCollaboration, FactUsage, RecommendationFacts, UsagePhase } from "./facts";
import type { TriggerSettingsValues } from "./settings";
import { DEFAULT_TRIGGER_SETTINGS } from "./settings";

/** The stored trigger settings (the migration writes the defaults). */
export async function loadTriggerSettings(db: DataSource | EntityManager): Promise<TriggerSettings> {
  const row = await db.getRepository(TriggerSettings).createQueryBuilder("s").orderBy("s.id", "ASC").getOne();
  return row ?? Object.assign(new TriggerSettings(), { id: 0, ...DEFAULT_TRIGGER_SETTINGS });
}

function settingsValues(row: TriggerSettings): TriggerSettingsValues {
  const values = { ...DEFAULT_TRIGGER_SETTINGS };
  for (const key of Object.keys(values) as (keyof TriggerSettingsValues)[]) values[key] = row[key];
  return values;
}

/** The UTC instant at which `date` begins in Sweden (CET or CEST). */
function swedishMidnight(date: LocalDate): string {
  const utc = Date.parse(`${date}T00:00:00Z`);
  for (const hours of [2, 1]) {
    const instant = new Date(utc - hours * 3_600_000);
    if (swedishDate(instant) === date) return instant.toISOString();
  }
  return new Date(utc).toISOString();
}

const latest = (...dates: (LocalDate | null | undefined)[]): LocalDate | null => dates.reduce<LocalDate | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/**
 * Everything the recommendations read, as it stood on `asOf`, in a fixed number of statements
 * (the settings, then 22 in parallel: the competence-risk input's 11, and municipalities,
 * populations, usages, the level scale and history, agreements with their parties and covered
 * systems, freezes and the audit log's latest change per object), whatever the size of the data.
 * The one place that turns stored rows into RecommendationFacts.
 */
export async function loadRecommendationFacts(db: DataSource, asOf: LocalDate): Promise<RecommendationFacts> {
  const settings = settingsValues(await loadTriggerSettings(db));
  const [riskInput, municipalities, populations, usageRows, levels, changes, agreements, parties, agreementApplications, agreementCollaborations, freezes, audit] = await Promise.all([
    loadRiskInput(db, asOf, settings.competenceHorizonMonths),
    db.getRepository(Municipality).createQueryBuilder("m").select(["m.id", "m.name", "m.code", "m.county"]).getMany(),
    db
      .getRepository(PopulationFigure)
      .createQueryBuilder("p")
      .select(["p.id", "p.municipalityId", "p.year", "p.population"])
      .where("p.year < :year", { year: yearOf(asOf) })
      .orderBy("p.year", "ASC")
      .getMany(),
    db
      .getRepository(ApplicationUsage)
      .createQueryBuilder("u")
      .select("u.id", "id")
      .addSelect("u.municipality_id", "municipalityId")
      .addSelect("u.application_id", "applicationId")
      .addSelect("u.in_use_since", "inUseSince")
      .addSelect("u.lifecycle_phase", "phase")
      .addSelect("u.functional_fit", "functionalFit")
      .addSelect("u.technical_fit", "technicalFit")
      .addSelect("u.user_count", "userCount")
      .addSelect("u.annual_cost_sek", "annualCostSek")
      .getRawMany<{ id: number; municipalityId: number; applicationId: number; inUseSince: string | null; phase: UsagePhase; functionalFit: number | null; technicalFit: number | null; userCount: number | null; annualCostSek: number | null }>(),
    db.getRepository(CollaborationLevel).createQueryBuilder("l").select(["l.id", "l.ordinal", "l.name"]).getMany(),
    db
      .getRepository(LevelChange)
      .createQueryBuilder("h")
      .select(["h.id", "h.collaborationId", "h.toLevelId", "h.changedOn"])
      .where("h.changed_on <= :asOf", { asOf })
      .orderBy("h.changed_on", "ASC")
      .addOrderBy("h.recorded_at", "ASC")
      .addOrderBy("h.id", "ASC")
      .getMany(),
    db.getRepository(Agreement).find(),
    db
      .getRepository(AgreementParty)
      .createQueryBuilder("p")
      .leftJoin("it_unit", "u", "u.id = p.it_unit_id")
      .select("p.agreement_id", "agreementId")
      .addSelect("COALESCE(p.municipality_id, u.municipality_id)", "municipalityId")
      .getRawMany<{ agreementId: number; municipalityId: number | null }>(),
    db.getRepository(AgreementApplication).createQueryBuilder("x").select(["x.id", "x.agreementId", "x.applicationId"]).getMany(),
    db.getRepository(AgreementCollaboration).createQueryBuilder("x").select(["x.id", "x.agreementId", "x.collaborationId"]).getMany(),
    db.getRepository(ChangeFreeze).find({ order: { id: "ASC" } }),
    db
      .getRepository(AuditObjectRow)
      .createQueryBuilder("o")
      .innerJoin(AuditEntryRow, "e", "e.id = o.entry_id")
      .select("o.object_id", "objectId")
      .addSelect("MAX(e.at)", "at")
      .where("e.at < :until", { until: swedishMidnight(addDays(asOf, 1)) })
      .groupBy("o.object_id")
      .getRawMany<{ objectId: string; at: string }>(),
  ]);

  const audited = new Map(audit.map((a) => [a.objectId, swedishDate(new Date(a.at))]));
  const auditedOn = (type: string, id: number) => audited.get(encodeGlobalId(type, id)) ?? null;
  const ordinals = new Map(levels.map((l) => [l.id, l.ordinal]));

  const historyOf = groupBy(changes, (c) => c.collaborationId);
  const participationsOf = groupBy(riskInput.participations, (p) => p.collaborationId);
  const collaborations: FactCollaboration[] = riskInput.collaborations.map((c) => {
    const history = historyOf.get(c.id) ?? [];
    const participations = participationsOf.get(c.id) ?? [];
    const levelId = levelOn(history, asOf);
    const participationDates = participations.flatMap((p) => [p.joinedOn, p.leftOn]).filter((d): d is string => d !== null && d <= asOf);
    return {
      id: c.id,
      name: c.name,
      applicationId: c.applicationId,
      participantIds: [...new Set(participations.filter((p) => participatesOn(p, asOf)).map((p) => p.municipalityId))],
      levelOrdinal: levelId === null ? null : (ordinals.get(levelId) ?? null),
      lastChangedOn: latest(auditedOn("Collaboration", c.id), history.at(-1)?.changedOn, ...participationDates),
    };
  });
  const collaborationsByApplication = groupBy(collaborations, (c) => c.applicationId);
  const levelOfCollaboration = new Map(collaborations.map((c) => [c.id, c.levelOrdinal]));

  const usages: FactUsage[] = usageRows
    .filter((u) => u.inUseSince === null || u.inUseSince <= asOf)
    .map((u) => ({
      id: Number(u.id),
      municipalityId: Number(u.municipalityId),
      applicationId: Number(u.applicationId),
      phase: u.phase,
      functionalFit: u.functionalFit === null ? null : Number(u.functionalFit),
      technicalFit: u.technicalFit === null ? null : Number(u.technicalFit),
      userCount: u.userCount === null ? null : Number(u.userCount),
      annualCostSek: u.annualCostSek === null ? null : Number(u.annualCostSek),
      lastChangedOn: latest(auditedOn("ApplicationUsage", Number(u.id)), u.inUseSince),
    }));

  const partiesOf = groupBy(parties, (p) => Number(p.agreementId));
  const applicationsOf = groupBy(agreementApplications, (x) => x.agreementId);
  const collaborationsOf = groupBy(agreementCollaborations, (x) => x.agreementId);
  const factAgreements: FactAgreement[] = agreements.map((a) => {
    const applicationIds = (applicationsOf.get(a.id) ?? []).map((x) => x.applicationId);
    const collaborationIds = (collaborationsOf.get(a.id) ?? []).map((x) => x.collaborationId);
    // The lead time follows the highest level, on asOf, of the systems the agreement covers.
    const covered = [...collaborationIds.map((id) => levelOfCollaboration.get(id) ?? null), ...applicationIds.flatMap((id) => (collaborationsByApplication.get(id) ?? []).map((c) => c.levelOrdinal))];
    const known = covered.filter((l): l is number => l !== null);
    const schedule = agreementSchedule(termsOf(a), asOf, deadlinePolicy(a.procurementLeadTimeMonths, known.length ? Math.max(...known) : null));
    return {
      agreementId: a.id,
      name: a.name,
      applicationIds,
      collaborationIds,
      partyMunicipalityIds: [...new Set((partiesOf.get(a.id) ?? []).flatMap((p) => (p.municipalityId === null ? [] : [Number(p.municipalityId)])))],
      decisionDeadline: schedule.decisionDeadline,
      noticeDeadline: schedule.noticeDeadline,
      currentTermEnd: schedule.currentTermEnd,
      status: schedule.status,
      lastChangedOn: latest(auditedOn("Agreement", a.id), a.startDate <= asOf ? a.startDate : null, a.noticeGivenOn !== null && a.noticeGivenOn <= asOf ? a.noticeGivenOn : null, a.terminatedOn !== null && a.terminatedOn <= asOf ? a.terminatedOn : null),
    };
  });

  const usageChanged = new Map(usages.map((u) => [u.id, u.lastChangedOn]));
  const collaborationChanged = new Map(collaborations.map((c) => [c.id, c.lastChangedOn]));
  const competenceRisks = assessCompetenceRisk(riskInput).map((r) => ({
    kind: r.kind === RiskSubjectKind.COLLABORATION ? ("COLLABORATION" as const) : ("APPLICATION_USAGE" as const),
    applicationUsageId: r.applicationUsageId,
    collaborationId: r.collaborationId,
    applicationId: r.applicationId,
    municipalityIds: r.municipalityIds,
    label: r.label,
    score: r.score,
    band: r.level,
    lastChangedOn: r.kind === RiskSubjectKind.COLLABORATION ? (collaborationChanged.get(r.collaborationId!) ?? null) : (usageChanged.get(r.applicationUsageId!) ?? null),
  }));

  const figures = groupBy(populations, (p) => p.municipalityId);
  return {
    asOf,
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name, code: m.code, county: m.county, population: figureFor(figures.get(m.id) ?? [], yearOf(asOf) - 1)?.population ?? null })),
    applications: riskInput.applications.map((a) => ({ id: a.id, name: a.name, category: a.category })),
    usages,
    collaborations,
    levels: levels.map((l) => ({ ordinal: l.ordinal, name: l.name })),
    agreements: factAgreements,
    competenceRisks,
    freezes: freezes
      .filter((f) => f.kind !== "DATES" || f.toDate! >= asOf)
      .map((f) => ({ id: f.id, municipalityId: f.municipalityId, name: f.name, category: f.category, rule: freezeRuleOf(f) })),
    settings,
    leadTimes: agreementSettings,
  };
}
