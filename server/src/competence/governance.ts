/**
 * The competence chapter's governance rules: both judge the competence-risk assessment the
 * governance report reads once for every rule (GovernanceInput.competenceRisk).
 */
import { compareNames } from "../common/names";
import { Application, ApplicationUsage } from "../applications/entities";
import { Collaboration } from "../collaborations/entities";
import type { GovernanceRule, RiskForRules, RuleFailure } from "../governance/rule";
import { encodeGlobalId } from "../core/global-id";
import { RiskSubjectKind, subjectId } from "./risk";

const SOURCE = "IT-policy Dalsland 2008, kap. 2 (Mål: Kompetens) och kap. 5 Kompetens";

/** A failing usage or collaboration; related: its application and, for a shared usage, its collaboration. */
function failure(a: RiskForRules, reason: string): RuleFailure {
  const usage = a.kind === RiskSubjectKind.APPLICATION_USAGE;
  const related = [encodeGlobalId(Application.typeName, a.applicationId)];
  if (usage && a.collaborationId !== null) related.push(encodeGlobalId(Collaboration.typeName, a.collaborationId));
  return { object: { type: usage ? ApplicationUsage.typeName : Collaboration.typeName, id: subjectId(a) }, label: a.label, reason, relatedObjectIds: related };
}

const byLabel = (a: RiskForRules, b: RiskForRules) => compareNames(a.label, b.label);

const businessSystemHasTrainingPlan: GovernanceRule = {
  code: "BUSINESS_SYSTEM_HAS_TRAINING_PLAN",
  title: "Varje verksamhetssystem har en utbildningsplan",
  source: SOURCE,
  reads: ["competenceRisk"],
  judge(input) {
    const assessments = input.competenceRisk;
    const usages = assessments.filter((a) => a.kind === RiskSubjectKind.APPLICATION_USAGE && a.businessSpecific);
    return {
      applicable: usages.length,
      failures: usages
        .filter((a) => a.trainingPlanId === null)
        .sort(byLabel)
        .map((a) => failure(a, a.shared ? "Ingen utbildningsplan, varken för användningen eller för samverkan kring systemet." : "Ingen utbildningsplan för systemets användare.")),
    };
  },
};

const sharedSystemHasSpecialist: GovernanceRule = {
  code: "SHARED_SYSTEM_HAS_SPECIALIST",
  title: "Varje gemensamt system har specialistkompetens",
  source: SOURCE,
  reads: ["competenceRisk"],
  judge(input) {
    const assessments = input.competenceRisk;
    const collaborations = assessments.filter((a) => a.kind === RiskSubjectKind.COLLABORATION);
    return {
      applicable: collaborations.length,
      failures: collaborations
        .filter((a) => a.specialistCount === 0)
        .sort(byLabel)
        .map((a) => failure(a, "Ingen specialist på systemet hos någon av de deltagande kommunerna.")),
    };
  },
};

/** The competence chapter's rules, in the order the report lists them. */
export const COMPETENCE_RULES: readonly GovernanceRule[] = [businessSystemHasTrainingPlan, sharedSystemHasSpecialist];
