import type { DataSource, EntityManager } from "typeorm";
import { agreementSettings } from "../agreements/settings";
import { groupBy } from "../common/collections";
import { yearOf, type LocalDate } from "../common/dates";
import type { ApplicationUsage } from "../applications/entities";
import { type RiskAssessment, RiskSubjectKind } from "../competence/risk";
import { competenceRisk } from "../competence/risk-data";
import { decodeGlobalId } from "../core/global-id";
import { type EvaluationSource, keptPerRow } from "../evaluations/evaluation";
import { figureFor } from "../municipalities/population";
import { freezeRuleOf, TriggerSettings } from "./entities";
import type { FactAgreement, FactCollaboration, FactCompetenceRisk, FactUsage, RecommendationFacts, UsagePhase } from "./facts";
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
  const { keep } = source;
  const facts = source.facts(asOf);
  const [settingsRow, applicationRows, municipalityRows, populations, usageRows, levelRows, collaborationRows, participants, history, onRecord, schedules, freezes, exceptions, audit, itUnits] =
    await Promise.all([
      facts.triggerSettings(),
      facts.applications(),
      facts.municipalities(),
      facts.populationFigures(),
      facts.usages(),
      facts.levels(),
      facts.collaborations(),
      facts.participants(),
      facts.levelChanges(),
      facts.agreements(),
      facts.schedules(),
      facts.changeFreezes(),
      facts.freezeExceptions(),
      facts.lastAudited(),
      facts.itUnits(),
    ]);
  const settings = keep("settings", [settingsRow], () => settingsValues(withDefaults(settingsRow)));
  const levels = keep("levels", [levelRows], () => [...levelRows.values()]);

  // By type and id: decoding the audited objects' IDs once costs less than encoding one for every usage, collaboration and agreement.
  const audited = keep("audited", [audit], () => {
    const byType = new Map<string, Map<number, LocalDate>>();
    for (const a of audit) {
      const object = decodeGlobalId(a.objectId);
      if (!object) continue;
      if (!byType.has(object.type)) byType.set(object.type, new Map());
      byType.get(object.type)!.set(object.id, a.on);
    }
    return byType;
  });
  // Every write is audited, so the audit log changes with every write: each fact is first made
  // without it (kept while what it is made of is the same) and then moved to its last audited change
  // where that is later, so only the audited few are new objects after a write.
  const withAudited = <T extends { lastChangedOn: LocalDate | null }>(type: string, id: number, fact: T): T => {
    const on = audited.get(type)?.get(id) ?? null;
    return on !== null && (fact.lastChangedOn === null || on > fact.lastChangedOn) ? { ...fact, lastChangedOn: on } : fact;
  };

  const collaborationsBeforeAudit = keep("collaborations", [collaborationRows, participants, history, levels], (): FactCollaboration[] => {
    const ordinals = new Map(levels.map((l) => [l.id, l.ordinal]));
    return [...collaborationRows.values()].map((c) => {
      const participations = participants.get(c.id) ?? [];
      const participationDates = participations.flatMap((p) => [p.joinedOn, p.leftOn]).filter((d): d is string => d !== null && d <= asOf);
      return {
        id: c.id,
        name: c.name,
        applicationId: c.applicationId,
        participantIds: [...new Set(participations.map((p) => p.municipalityId))],
        levelOrdinal: ordinals.get(c.levelId) ?? null,
        lastChangedOn: latest((history.get(c.id) ?? []).at(-1)?.changedOn, ...participationDates),
      };
    });
  });
  const collaborations = collaborationsBeforeAudit.map((c) => withAudited("Collaboration", c.id, c));
  // A usage's fact is made once per row: the reader gives a usage no write touched as the same row.
  const usageFact = keptPerRow(
    keep,
    "usageFacts",
    (u: ApplicationUsage): FactUsage => ({
      id: Number(u.id),
      municipalityId: Number(u.municipalityId),
      applicationId: Number(u.applicationId),
      phase: u.lifecyclePhase as UsagePhase,
      functionalFit: u.functionalFit === null ? null : Number(u.functionalFit),
      technicalFit: u.technicalFit === null ? null : Number(u.technicalFit),
      userCount: u.userCount === null ? null : Number(u.userCount),
      annualCostSek: u.annualCostSek === null ? null : Number(u.annualCostSek),
      lastChangedOn: latest(u.inUseSince),
    }),
  );
  const usages = [...usageRows.values()].map((u) => withAudited("ApplicationUsage", Number(u.id), usageFact(u)));

  const agreementsBeforeAudit = keep("agreements", [onRecord, schedules, itUnits], () =>
    onRecord.map(({ agreement: a, applicationIds, collaborationIds, municipalityIds, itUnitIds }): FactAgreement => {
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
          a.startDate <= asOf ? a.startDate : null,
          a.noticeGivenOn !== null && a.noticeGivenOn <= asOf ? a.noticeGivenOn : null,
          a.terminatedOn !== null && a.terminatedOn <= asOf ? a.terminatedOn : null,
        ),
      };
    }),
  );
  const factAgreements = agreementsBeforeAudit.map((a) => withAudited("Agreement", a.agreementId, a));

  // A risk's fact is made once per assessment: a unit the write left alone keeps its assessments.
  const riskFact = keptPerRow(
    keep,
    "riskFacts",
    (r: RiskAssessment): FactCompetenceRisk => ({
      kind: r.kind === RiskSubjectKind.COLLABORATION ? "COLLABORATION" : "APPLICATION_USAGE",
      applicationUsageId: r.applicationUsageId,
      collaborationId: r.collaborationId,
      applicationId: r.applicationId,
      municipalityIds: r.municipalityIds,
      label: r.label,
      score: r.score,
      band: r.level,
    }),
  );
  const competenceRisks = (await source.ask(competenceRisk, asOf, { horizonMonths: settings.competenceHorizonMonths, leave: "ALL" })).map(riskFact);

  return {
    asOf,
    municipalities: keep("municipalities", [municipalityRows, populations], () => {
      const figures = groupBy(populations, (p) => p.municipalityId);
      return [...municipalityRows.values()].map((m) => ({
        id: m.id,
        name: m.name,
        code: m.code,
        county: m.county,
        population: figureFor(figures.get(m.id) ?? [], yearOf(asOf) - 1)?.population ?? null,
      }));
    }),
    applications: keep("applications", [applicationRows], () => [...applicationRows.values()].map((a) => ({ id: a.id, name: a.name, category: a.category }))),
    usages,
    collaborations,
    levels: keep("levelFacts", [levels], () => levels.map((l) => ({ ordinal: l.ordinal, name: l.name }))),
    agreements: factAgreements,
    competenceRisks,
    freezes: keep("freezes", [freezes, exceptions], () => {
      const exceptionsOf = groupBy(exceptions, (x) => x.freezeId);
      return freezes
        .filter((f) => f.kind !== "DATES" || f.toDate! >= asOf)
        .map((f) => ({
          id: f.id,
          municipalityId: f.municipalityId,
          name: f.name,
          category: f.category,
          rule: freezeRuleOf(f),
          exceptions: (exceptionsOf.get(f.id) ?? []).map((x) => ({ from: x.fromDate, to: x.toDate })),
        }));
    }),
    settings,
    leadTimes: agreementSettings,
  };
}
