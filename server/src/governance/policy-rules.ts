/**
 * The IT-policy's rules on roles, agreements and governance documents as checks: pure judgements of
 * the facts on a date that the governance report reads once for every rule (GovernanceInput).
 */
import { Agreement, AgreementKind } from "../agreements/entities";
import { ApplicationUsage, LifecyclePhase } from "../applications/entities";
import { Collaboration } from "../collaborations/entities";
import { encodeGlobalId } from "../core/global-id";
import { ItUnit } from "../municipalities/entities";
import { RoleAssignment } from "../roles/entities";
import { groupBy } from "../common/collections";
import { usageLabel as labelOf } from "../common/names";
import type { AgreementOn as AgreementFacts } from "../history/reader";
import { GovernanceDocument } from "./entities";
import { documentInForce, nextReviewDue, reviewOverdue } from "./review";
import { type GovernanceInput as GovernanceData, type GovernanceRule, type RuleFailure, roleTargetKey, type UsagePlace } from "./rule";

const ROLES = "IT-policy Dalsland 2008: roller (systemägare, systemansvarig)";
const AGREEMENTS = "IT-policy Dalsland 2008: drift- och supportavtal, avtal med leverantör; LOU (inga tidsobegränsade avtal)";

/** Level 3, Gemensam drift: from here an IT unit operates the system for all under a driftavtal. */
const OPERATED_LEVEL = 3;
/** Level 1, Erfarenhetsutbyte: from here a collaboration is a shared system. */
const SHARED_LEVEL = 1;

const collaborationGid = (id: number) => encodeGlobalId(Collaboration.typeName, id);

/**
 * Needs a systemägare on asOf: the policy makes the systemägare responsible from the decision to
 * introduce a system (PLAN) until it is retired.
 */
function needsOwner(usage: UsagePlace): boolean {
  return usage.lifecyclePhase !== LifecyclePhase.RETIRED;
}

/** The collaborations around a usage's application that its municipality takes part in on asOf. */
function collaborationsOf(data: GovernanceData, usage: UsagePlace): Collaboration[] {
  const [byApplication, participants] = [data.collaborationsByApplication, data.participants];
  return (byApplication.get(usage.applicationId) ?? []).filter((c) => (participants.get(c.id) ?? []).some((p) => p.municipalityId === usage.municipalityId));
}

function usageLabel(data: GovernanceData, usage: UsagePlace): string {
  const [municipalities, applications] = [data.municipalities, data.applications];
  return labelOf(`${municipalities.get(usage.municipalityId)?.name}`, `${applications.get(usage.applicationId)?.name}`);
}

/** The target of a role assignment: its global ID, a label, and the collaborations it concerns. */
function roleTarget(data: GovernanceData, role: RoleAssignment): { id: string; label: string; related: string[] } {
  if (role.collaborationId !== null) {
    return { id: collaborationGid(role.collaborationId), label: data.collaborations.get(role.collaborationId)?.name ?? "", related: [] };
  }
  if (role.applicationUsageId !== null) {
    const usage = data.usagePlaces.get(role.applicationUsageId)!;
    return {
      id: usage.globalId,
      label: usageLabel(data, usage),
      related: collaborationsOf(data, usage).map((c) => c.globalId),
    };
  }
  return { id: encodeGlobalId(ItUnit.typeName, role.itUnitId!), label: data.itUnits.get(role.itUnitId!)?.name ?? "", related: [] };
}

const usageHasSystemOwner: GovernanceRule = {
  code: "USAGE_HAS_SYSTEM_OWNER",
  title: "Varje applikationsanvändning har en systemägare",
  source: ROLES,
  reads: ["ownedSystems", "usagePlaces", "collaborationsByApplication", "participants", "applications", "municipalities"],
  judge(data) {
    const { usageIds: ownedUsages, collaborationIds: ownedCollaborations } = data.ownedSystems;
    const usages = [...data.usagePlaces.values()].filter(needsOwner);
    const failures: RuleFailure[] = [];
    for (const usage of usages) {
      if (ownedUsages.has(usage.id)) continue;
      // A shared system's systemägare (on the collaboration) owns every participant's use of it.
      const collaborations = collaborationsOf(data, usage);
      if (collaborations.some((c) => ownedCollaborations.has(c.id))) continue;
      failures.push({
        object: { type: ApplicationUsage.typeName, id: usage.id },
        label: usageLabel(data, usage),
        reason: collaborations.length ? "Ingen systemägare, varken för användningen eller för samverkan kring systemet." : "Ingen systemägare utsedd.",
        relatedObjectIds: collaborations.map((c) => c.globalId),
      });
    }
    return { applicable: usages.length, failures };
  },
};

const systemOwnerHasSystemansvarig: GovernanceRule = {
  code: "SYSTEM_OWNER_HAS_SYSTEMANSVARIG",
  title: "Varje systemägare har utsett en systemansvarig",
  source: ROLES,
  reads: ["systemOwners", "systemansvarigTargets", "people", "collaborations", "usagePlaces", "itUnits", "applications", "municipalities", "collaborationsByApplication", "participants"],
  judge(data) {
    const owners = data.systemOwners;
    const responsible = data.systemansvarigTargets;
    const people = data.people;
    const failures: RuleFailure[] = [];
    for (const owner of owners.filter((r) => !responsible.has(roleTargetKey(r)))) {
      const target = roleTarget(data, owner);
      failures.push({
        object: { type: RoleAssignment.typeName, id: owner.id },
        label: `${people.get(owner.personId)?.name}, systemägare för ${target.label}`,
        reason: "Ingen systemansvarig utsedd för systemet.",
        relatedObjectIds: [target.id, ...target.related],
      });
    }
    return { applicable: owners.length, failures };
  },
};

/** Collaborations begun by asOf whose level on asOf is at least `minOrdinal`. */
function collaborationsAtLevel(data: GovernanceData, minOrdinal: number): { collaboration: Collaboration; ordinal: number }[] {
  const [collaborations, ordinals] = [data.collaborations, data.levelOrdinals];
  return [...collaborations.values()].flatMap((collaboration) => {
    const ordinal = ordinals.get(collaboration.id);
    return ordinal !== undefined && ordinal >= minOrdinal ? [{ collaboration, ordinal }] : [];
  });
}

function inForceCovering(covering: Map<number, AgreementFacts[]>, kind: AgreementKind, c: Collaboration): AgreementFacts[] {
  return (covering.get(c.id) ?? []).filter((a) => a.agreement.kind === kind && a.inForce);
}

const level3HasDriftavtal: GovernanceRule = {
  code: "LEVEL3_HAS_DRIFTAVTAL",
  title: "Varje samverkan på nivå 3 eller högre har ett driftavtal med sin driftande IT-enhet",
  source: AGREEMENTS,
  reads: ["collaborations", "levelOrdinals", "agreementsByCollaboration", "itUnits"],
  judge(data) {
    const [applicable, agreements, itUnits] = [collaborationsAtLevel(data, OPERATED_LEVEL), data.agreementsByCollaboration, data.itUnits];
    const failures: RuleFailure[] = [];
    for (const { collaboration: c, ordinal } of applicable) {
      const operator = c.operatorItUnitId === null ? null : itUnits.get(c.operatorItUnitId);
      const ok = operator && inForceCovering(agreements, AgreementKind.DRIFTAVTAL, c).some((a) => a.itUnitIds.includes(operator.id));
      if (ok) continue;
      failures.push({
        object: { type: Collaboration.typeName, id: c.id },
        label: c.name,
        reason: operator
          ? `Nivå ${ordinal}: inget gällande driftavtal med den driftande IT-enheten (${operator.name}).`
          : `Nivå ${ordinal}: ingen driftande IT-enhet angiven, och därmed inget driftavtal.`,
      });
    }
    return { applicable: applicable.length, failures };
  },
};

const sharedSystemHasVendorAgreement: GovernanceRule = {
  code: "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT",
  title: "Varje gemensamt system har ett leverantörsavtal",
  source: AGREEMENTS,
  reads: ["collaborations", "levelOrdinals", "agreementsByCollaboration", "applications"],
  judge(data) {
    const [applicable, agreements, applications] = [collaborationsAtLevel(data, SHARED_LEVEL), data.agreementsByCollaboration, data.applications];
    const failures: RuleFailure[] = applicable
      .filter(({ collaboration: c }) => inForceCovering(agreements, AgreementKind.LEVERANTORSAVTAL, c).length === 0)
      .map(({ collaboration: c }) => ({
        object: { type: Collaboration.typeName, id: c.id },
        label: c.name,
        reason: `Inget gällande leverantörsavtal för ${applications.get(c.applicationId)?.name}.`,
      }));
    return { applicable: applicable.length, failures };
  },
};

const agreementInForceWhileInUse: GovernanceRule = {
  code: "AGREEMENT_IN_FORCE_WHILE_IN_USE",
  title: "Inget avtal saknar slutdatum eller har löpt ut medan applikationen fortfarande används",
  source: AGREEMENTS,
  reads: ["agreements", "usagePlacesInUse", "collaborations", "collaborationsByApplication", "itUnits", "applications"],
  judge(data) {
    // Every agreement has an end date by construction (the column is required), so the check is
    // whether one has expired while a party still uses what it covers, with no successor of the
    // same kind in force for the same system.
    const [agreements, usages, collaborations, byApplication, itUnits, applications] = [
      data.agreements,
      data.usagePlacesInUse,
      data.collaborations,
      data.collaborationsByApplication,
      data.itUnits,
      data.applications,
    ];
    const started = agreements.filter((a) => a.agreement.startDate <= data.asOf);
    const coveredApplications = (a: AgreementFacts) => new Set([...a.applicationIds, ...a.collaborationIds.flatMap((id) => collaborations.get(id)?.applicationId ?? [])]);
    const usagesByApplication = groupBy(usages, (u) => u.applicationId);
    const inForceByKindAndApplication = new Set(started.filter((a) => a.inForce).flatMap((a) => [...coveredApplications(a)].map((id) => `${a.agreement.kind}:${id}`)));
    // Each collaboration's place in the list (by name), so a failure's related ones keep that order without a scan of them all.
    const place = new Map([...collaborations.values()].map((c, i) => [c, i]));
    const failures: RuleFailure[] = [];
    for (const facts of started.filter((a) => !a.inForce)) {
      const apps = coveredApplications(facts);
      const parties = new Set([...facts.municipalityIds, ...facts.itUnitIds.flatMap((id) => itUnits.get(id)?.municipalityId ?? [])]);
      const stillUsed = [...apps].flatMap((id) => usagesByApplication.get(id) ?? []).filter((u) => parties.has(u.municipalityId));
      if (stillUsed.length === 0) continue;
      // A successor: another agreement of the same kind in force for one of the same systems.
      if ([...apps].some((id) => inForceByKindAndApplication.has(`${facts.agreement.kind}:${id}`))) continue;
      const names = [...new Set(stillUsed.map((u) => applications.get(u.applicationId)?.name))].join(", ");
      const users = new Set(stillUsed.map((u) => u.municipalityId)).size;
      const related = new Set([...[...apps].flatMap((id) => byApplication.get(id) ?? []), ...facts.collaborationIds.flatMap((id) => collaborations.get(id) ?? [])]);
      failures.push({
        object: { type: Agreement.typeName, id: facts.agreement.id },
        label: facts.agreement.name,
        reason: `Avtalet har löpt ut men ${names} används fortfarande av ${users} ${users === 1 ? "kommun" : "kommuner"}; inget nytt avtal finns.`,
        relatedObjectIds: [...related]
          .filter((c) => place.has(c))
          .sort((a, b) => place.get(a)! - place.get(b)!)
          .map((c) => c.globalId),
      });
    }
    return { applicable: started.length, failures };
  },
};

const governanceDocumentReviewed: GovernanceRule = {
  code: "GOVERNANCE_DOCUMENT_REVIEWED",
  title: "Styrdokument revideras i tid (IT-policyn vart 5:e år, IT-instruktioner vart 3–5:e år)",
  source: "IT-policy Dalsland 2008: policyn gäller i fem år, IT-instruktionerna i tre till fem år",
  reads: ["governanceDocuments", "municipalities"],
  judge(data) {
    const [all, municipalities] = [data.governanceDocuments, data.municipalities];
    const documents = all.filter((d) => documentInForce(d, data.asOf));
    const failures: RuleFailure[] = documents
      .filter((d) => reviewOverdue(d, data.asOf))
      .map((d) => ({
        object: { type: GovernanceDocument.typeName, id: d.id },
        label: d.municipalityId === null ? d.title : `${d.title} (${municipalities.get(d.municipalityId)?.name})`,
        reason: `Skulle ha reviderats senast ${nextReviewDue(d)} (${d.lastReviewedOn ? `senast reviderad ${d.lastReviewedOn}` : `antagen ${d.adoptedOn}, aldrig reviderad`}).`,
      }));
    return { applicable: documents.length, failures };
  },
};

/** The policy's rules on roles, agreements and governance documents, in the order the report lists them. */
export const POLICY_RULES: readonly GovernanceRule[] = [
  usageHasSystemOwner,
  systemOwnerHasSystemansvarig,
  level3HasDriftavtal,
  sharedSystemHasVendorAgreement,
  agreementInForceWhileInUse,
  governanceDocumentReviewed,
];
