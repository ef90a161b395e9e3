import type { DataSource, EntityManager } from "typeorm";
import { agreementSettings } from "../agreements/settings";
import { groupBy } from "../common/collections";
import { yearOf, type LocalDate } from "../common/dates";
import { RiskSubjectKind } from "../competence/risk";
import { competenceRisk } from "../competence/risk-data";
import { decodeGlobalId } from "../core/global-id";
import type { EvaluationSource } from "../evaluations/evaluation";
import { figureFor } from "../municipalities/population";
import { freezeRuleOf, TriggerSettings } from "./entities";
import type { FactAgreement, FactCollaboration, FactUsage, RecommendationFacts, UsagePhase } from "./facts";
import type { TriggerSettingsValues } from "./settings";
import { DEFAULT_TRIGGER_SETTINGS } from "./settings";

/** The stored trigger settings (the migration writes the defaults). */
export async function loadTriggerSettings(db: DataSource | EntityManager): Promise<TriggerSettings> {
  return withDefaults(await db.getRepository(TriggerSettings).createQueryBuilder("s").orderBy("s.id", "ASC").getOne());
}

function withDefaults(row: TriggerSettings | null): TriggerSettings {
  return row ?? Object.assign(new TriggerSettings(), { id: 0, ...DEFAULT_TRIGGER_SETTINGS });
}

function settingsValues(row: TriggerSettings): TriggerSettingsValues {
  const values = { ...DEFAULT_TRIGGER_SETTINGS };
  for (const key of Object.keys(values) as (keyof TriggerSettingsValues)[]) values[key] = row[key];
  return values;
}

const latest = (...dates: (LocalDate | null | undefined)[]): LocalDate | null => dates.reduce<LocalDate | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/**
 * Everything the recommendations read, as it stood on `asOf`, through the one reader of facts on
 * that date (usages, collaborations, levels, participations, agreements with their terms and links
 * then, the competence-risk assessments), plus the settings, population figures, freezes and the audit
 * log's latest change per object: a fixed number of statements whatever the size of the data.
 * The one place that turns stored rows into RecommendationFacts.
 */
export async function loadRecommendationFacts(source: EvaluationSource, asOf: LocalDate): Promise<RecommendationFacts> {
  const facts = source.facts(asOf);
  const settings = settingsValues(withDefaults(await facts.triggerSettings()));
  const [applicationRows, municipalityRows, populations, usageRows, levelRows, collaborationRows, participants, onRecord, schedules, freezes, exceptions, audit] = await Promise.all([
    facts.applications(),
    facts.municipalities(),
    facts.populationFigures(),
    facts.usages(),
    facts.levels(),
    facts.collaborations(),
    facts.participants(),
    facts.agreements(),
    facts.schedules(),
    facts.changeFreezes(),
    facts.freezeExceptions(),
    facts.lastAudited(),
  ]);
  const municipalities = [...municipalityRows.values()];
  const levels = [...levelRows.values()];
  const changes = [...(await facts.levelChanges()).values()].flat();

  // By type and id: decoding the audited objects' IDs once costs less than encoding one for every usage, collaboration and agreement.
  const audited = new Map<string, Map<number, LocalDate>>();
  for (const a of audit) {
    const object = decodeGlobalId(a.objectId);
    if (!object) continue;
    if (!audited.has(object.type)) audited.set(object.type, new Map());
    audited.get(object.type)!.set(object.id, a.on);
  }
  const auditedOn = (type: string, id: number) => audited.get(type)?.get(id) ?? null;
  const ordinals = new Map(levels.map((l) => [l.id, l.ordinal]));

  const historyOf = groupBy(changes, (c) => c.collaborationId);
  const collaborations: FactCollaboration[] = [...collaborationRows.values()].map((c) => {
    const history = historyOf.get(c.id) ?? [];
    const participations = participants.get(c.id) ?? [];
    const participationDates = participations.flatMap((p) => [p.joinedOn, p.leftOn]).filter((d): d is string => d !== null && d <= asOf);
    return {
      id: c.id,
      name: c.name,
      applicationId: c.applicationId,
      participantIds: [...new Set(participations.map((p) => p.municipalityId))],
      levelOrdinal: ordinals.get(c.levelId) ?? null,
      lastChangedOn: latest(auditedOn("Collaboration", c.id), history.at(-1)?.changedOn, ...participationDates),
    };
  });
  const usages: FactUsage[] = [...usageRows.values()].map((u) => ({
    id: Number(u.id),
    municipalityId: Number(u.municipalityId),
    applicationId: Number(u.applicationId),
    phase: u.lifecyclePhase as UsagePhase,
    functionalFit: u.functionalFit === null ? null : Number(u.functionalFit),
    technicalFit: u.technicalFit === null ? null : Number(u.technicalFit),
    userCount: u.userCount === null ? null : Number(u.userCount),
    annualCostSek: u.annualCostSek === null ? null : Number(u.annualCostSek),
    lastChangedOn: latest(auditedOn("ApplicationUsage", Number(u.id)), u.inUseSince),
  }));

  const itUnits = await facts.itUnits();
  const factAgreements: FactAgreement[] = onRecord.map(({ agreement: a, applicationIds, collaborationIds, municipalityIds, itUnitIds }) => {
    const schedule = schedules.get(a.id)!;
    return {
      agreementId: a.id,
      name: a.name,
      applicationIds,
      collaborationIds,
      partyMunicipalityIds: [...new Set([...municipalityIds, ...itUnitIds.flatMap((id) => itUnits.get(id)?.municipalityId ?? [])])],
      decisionDeadline: schedule.decisionDeadline,
      noticeDeadline: schedule.noticeDeadline,
      currentTermEnd: schedule.currentTermEnd,
      status: schedule.status,
      lastChangedOn: latest(
        auditedOn("Agreement", a.id),
        a.startDate <= asOf ? a.startDate : null,
        a.noticeGivenOn !== null && a.noticeGivenOn <= asOf ? a.noticeGivenOn : null,
        a.terminatedOn !== null && a.terminatedOn <= asOf ? a.terminatedOn : null,
      ),
    };
  });

  const usageChanged = new Map(usages.map((u) => [u.id, u.lastChangedOn]));
  const collaborationChanged = new Map(collaborations.map((c) => [c.id, c.lastChangedOn]));
  const competenceRisks = (await source.ask(competenceRisk, asOf, { horizonMonths: settings.competenceHorizonMonths, leave: "ALL" })).map((r) => ({
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
  const exceptionsOf = groupBy(exceptions, (x) => x.freezeId);
  return {
    asOf,
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name, code: m.code, county: m.county, population: figureFor(figures.get(m.id) ?? [], yearOf(asOf) - 1)?.population ?? null })),
    applications: [...applicationRows.values()].map((a) => ({ id: a.id, name: a.name, category: a.category })),
    usages,
    collaborations,
    levels: levels.map((l) => ({ ordinal: l.ordinal, name: l.name })),
    agreements: factAgreements,
    competenceRisks,
    freezes: freezes
      .filter((f) => f.kind !== "DATES" || f.toDate! >= asOf)
      .map((f) => ({
        id: f.id,
        municipalityId: f.municipalityId,
        name: f.name,
        category: f.category,
        rule: freezeRuleOf(f),
        exceptions: (exceptionsOf.get(f.id) ?? []).map((x) => ({ from: x.fromDate, to: x.toDate })),
      })),
    settings,
    leadTimes: agreementSettings,
  };
}
