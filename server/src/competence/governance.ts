/**
 * The competence chapter's governance rules, registered at import time (the competence resolver
 * imports this module, so the schema does). Both judge one competence-risk assessment per
 * evaluation: a fixed number of statements whatever the size of the data.
 */
import { compareNames } from "../common/names";
import { Application, ApplicationUsage } from "../applications/entities";
import { Collaboration } from "../collaborations/entities";
import type { DataSource } from "typeorm";
import type { LocalDate } from "../common/dates";
import type { SharedReads } from "../common/shared-reads";
import { registerGovernanceRule, type RuleFailure } from "../governance/rule";
import { encodeGlobalId } from "../graphql/global-id";
import { factsOn } from "../history/reader";
import { assessedRisk } from "./risk-data";
import { RiskSubjectKind, subjectId, type RiskAssessment } from "./risk";

const SOURCE = "IT-policy Dalsland 2008, kap. 2 (Mål: Kompetens) och kap. 5 Kompetens";

/** A failing usage or collaboration (as the reader holds it on the date); related: its application and, for a shared usage, its collaboration. */
function failure(a: RiskAssessment, reason: string, subjects: Subjects): RuleFailure {
  const usage = a.kind === RiskSubjectKind.APPLICATION_USAGE;
  const related = [encodeGlobalId(Application.typeName, a.applicationId)];
  if (usage && a.collaborationId !== null) related.push(encodeGlobalId(Collaboration.typeName, a.collaborationId));
  const object = usage ? subjects.usages.get(subjectId(a)) : subjects.collaborations.get(subjectId(a));
  return { object: object!, label: a.label, reason, relatedObjectIds: related };
}

interface Subjects {
  usages: Map<number, ApplicationUsage>;
  collaborations: Map<number, Collaboration>;
}

/** Both rules judge the same assessment (computed once per evaluation), and report the usages and collaborations it judged as the reader holds them. */
async function riskOn(reads: SharedReads, db: DataSource, asOf: LocalDate): Promise<{ assessments: RiskAssessment[]; subjects: Subjects }> {
  const facts = factsOn(reads, db, asOf);
  const [assessments, usages, collaborations] = await Promise.all([assessedRisk(reads, db, asOf, 0), facts.usages(), facts.collaborations()]);
  return { assessments, subjects: { usages, collaborations } };
}

const byLabel = (a: RiskAssessment, b: RiskAssessment) => compareNames(a.label, b.label);

registerGovernanceRule({
  code: "BUSINESS_SYSTEM_HAS_TRAINING_PLAN",
  title: "Varje verksamhetssystem har en utbildningsplan",
  source: SOURCE,
  async evaluate(db, asOf, reads) {
    const { assessments, subjects } = await riskOn(reads, db, asOf);
    const usages = assessments.filter((a) => a.kind === RiskSubjectKind.APPLICATION_USAGE && a.businessSpecific);
    return {
      applicable: usages.length,
      failures: usages
        .filter((a) => a.trainingPlanId === null)
        .sort(byLabel)
        .map((a) => failure(a, a.shared ? "Ingen utbildningsplan, varken för användningen eller för samverkan kring systemet." : "Ingen utbildningsplan för systemets användare.", subjects)),
    };
  },
});

registerGovernanceRule({
  code: "SHARED_SYSTEM_HAS_SPECIALIST",
  title: "Varje gemensamt system har specialistkompetens",
  source: SOURCE,
  async evaluate(db, asOf, reads) {
    const { assessments, subjects } = await riskOn(reads, db, asOf);
    const collaborations = assessments.filter((a) => a.kind === RiskSubjectKind.COLLABORATION);
    return {
      applicable: collaborations.length,
      failures: collaborations
        .filter((a) => a.specialistCount === 0)
        .sort(byLabel)
        .map((a) => failure(a, "Ingen specialist på systemet hos någon av de deltagande kommunerna.", subjects)),
    };
  },
});
