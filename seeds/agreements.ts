import type { EntityManager } from "typeorm";
import { CostKeyKind } from "../server/src/agreements/cost-split";
import { PeriodUnit, RenewalKind, termProblems } from "../server/src/agreements/deadlines";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementKind, AgreementParty, termsOf } from "../server/src/agreements/entities";
import { GovernanceDocument } from "../server/src/governance/entities";
import { GovernanceDocumentKind } from "../server/src/governance/review";
import { RoleAssignment } from "../server/src/roles/entities";
import { ROLE_TARGETS, RoleKind } from "../server/src/roles/rules";
import { checkPeriodKeys, lookup, periodsOf, readOptionalSeedFile, type SeedPeriod, type SeedRefs } from "./refs";

interface SeedAgreement {
  name: string;
  kind: AgreementKind;
  referenceNumber?: string;
  vendor?: string;
  startDate: string;
  endDate: string;
  notice?: { amount: number; unit: PeriodUnit };
  renewal?: { kind: RenewalKind; termMonths: number; maxExtensions: number; extensionsCalled?: number };
  noticeGivenOn?: string;
  terminatedOn?: string;
  annualCostSek?: number;
  documentUrl?: string;
  procurementLeadTimeMonths?: number;
  note?: string;
  municipalities?: string[];
  itUnits?: string[];
  applications?: string[];
  collaborations?: string[];
  /** Parties (municipality code or IT-unit name) that are not parties for the whole agreement: their periods. */
  partyPeriods?: Record<string, SeedPeriod[]>;
  /** Samverkansavtal: the key; fixed shares by municipality code, in basis points. */
  costKey?: { kind: CostKeyKind; populationYear?: number; baseShareBasisPoints?: number; shares?: Record<string, number> };
}

/** agreements.json: agreements with their parties (municipality codes, IT-unit names) and covered applications and collaborations (names). */
export async function writeAgreements(em: EntityManager, refs: SeedRefs): Promise<void> {
  for (const a of readOptionalSeedFile<SeedAgreement[]>(refs.dir, "agreements.json") ?? []) {
    const agreement = Object.assign(new Agreement(), {
      kind: a.kind,
      name: a.name,
      referenceNumber: a.referenceNumber ?? null,
      vendorName: a.vendor ?? null,
      startDate: a.startDate,
      endDate: a.endDate,
      noticePeriodAmount: a.notice?.amount ?? null,
      noticePeriodUnit: a.notice?.unit ?? null,
      renewalKind: a.renewal?.kind ?? RenewalKind.NONE,
      renewalTermMonths: a.renewal?.termMonths ?? null,
      maxExtensions: a.renewal?.maxExtensions ?? null,
      expressExtensions: a.renewal?.extensionsCalled ?? 0,
      noticeGivenOn: a.noticeGivenOn ?? null,
      terminatedOn: a.terminatedOn ?? null,
      annualCostSek: a.annualCostSek ?? null,
      documentUrl: a.documentUrl ?? null,
      procurementLeadTimeMonths: a.procurementLeadTimeMonths ?? null,
      costKey: a.costKey?.kind ?? null,
      costKeyPopulationYear: a.costKey?.populationYear ?? null,
      costKeyBaseShareBasisPoints: a.costKey?.baseShareBasisPoints ?? null,
      note: a.note ?? null,
    });
    const problems = termProblems(termsOf(agreement));
    if (problems.length) throw new Error(`Seed agreement "${a.name}": ${problems.map((p) => `${p.field}: ${p.message}`).join(" ")}`);
    const saved = await em.save(agreement);
    checkPeriodKeys(a.partyPeriods, [...(a.municipalities ?? []), ...(a.itUnits ?? [])], `agreement "${a.name}"`);
    const party = async (key: string, link: Pick<AgreementParty, "municipalityId" | "itUnitId" | "costShareBasisPoints">) => {
      for (const [validFrom, validTo] of periodsOf(a.partyPeriods, key, [saved.startDate, null])) await em.insert(AgreementParty, { agreementId: saved.id, ...link, validFrom, validTo });
    };
    for (const code of a.municipalities ?? []) {
      await party(code, { municipalityId: lookup(refs.municipalities, code, "municipality").id, itUnitId: null, costShareBasisPoints: a.costKey?.shares?.[code] ?? null });
    }
    for (const unit of a.itUnits ?? []) await party(unit, { municipalityId: null, itUnitId: lookup(refs.itUnits, unit, "IT unit").id, costShareBasisPoints: null });
    for (const name of a.applications ?? [])
      await em.insert(AgreementApplication, { agreementId: saved.id, applicationId: lookup(refs.applications, name, "application").id, validFrom: saved.startDate });
    for (const name of a.collaborations ?? [])
      await em.insert(AgreementCollaboration, { agreementId: saved.id, collaborationId: lookup(refs.collaborations, name, "collaboration").id, validFrom: saved.startDate });
  }
}

interface SeedRole {
  kind: RoleKind;
  person: string;
  /** Exactly one target: "code:application" of a usage, a collaboration name or an IT-unit name. */
  usage?: string;
  collaboration?: string;
  itUnit?: string;
  from: string;
  to?: string;
  note?: string;
}

/** roles.json: role assignments by person name on a usage, collaboration or IT unit. */
export async function writeRoles(em: EntityManager, refs: SeedRefs): Promise<void> {
  for (const r of readOptionalSeedFile<SeedRole[]>(refs.dir, "roles.json") ?? []) {
    const targets = [r.usage && "applicationUsage", r.collaboration && "collaboration", r.itUnit && "itUnit"].filter((t): t is "applicationUsage" | "collaboration" | "itUnit" => Boolean(t));
    if (targets.length !== 1 || !ROLE_TARGETS[r.kind].includes(targets[0])) throw new Error(`Seed role ${r.kind} of "${r.person}" needs exactly one fitting target.`);
    await em.insert(RoleAssignment, {
      kind: r.kind,
      personId: lookup(refs.people, r.person, "person").id,
      applicationUsageId: r.usage ? lookup(refs.usages, r.usage, "usage").id : null,
      collaborationId: r.collaboration ? lookup(refs.collaborations, r.collaboration, "collaboration").id : null,
      itUnitId: r.itUnit ? lookup(refs.itUnits, r.itUnit, "IT unit").id : null,
      fromDate: r.from,
      toDate: r.to ?? null,
      note: r.note ?? null,
    });
  }
}

interface SeedGovernanceDocument {
  kind: GovernanceDocumentKind;
  title: string;
  municipality?: string;
  collaborationBody?: string;
  adoptedOn: string;
  lastReviewedOn?: string;
  reviewIntervalMonths: number;
  retiredOn?: string;
  decisionReference?: string;
  documentUrl?: string;
}

/** governance-documents.json: the IT-policy and each municipality's IT instructions with their review dates. */
export async function writeGovernanceDocuments(em: EntityManager, refs: SeedRefs): Promise<void> {
  for (const d of readOptionalSeedFile<SeedGovernanceDocument[]>(refs.dir, "governance-documents.json") ?? []) {
    await em.insert(GovernanceDocument, {
      kind: d.kind,
      title: d.title,
      municipalityId: d.municipality ? lookup(refs.municipalities, d.municipality, "municipality").id : null,
      collaborationBodyId: d.collaborationBody ? lookup(refs.bodies, d.collaborationBody, "collaboration body").id : null,
      adoptedOn: d.adoptedOn,
      lastReviewedOn: d.lastReviewedOn ?? null,
      reviewIntervalMonths: d.reviewIntervalMonths,
      retiredOn: d.retiredOn ?? null,
      decisionReference: d.decisionReference ?? null,
      documentUrl: d.documentUrl ?? null,
    });
  }
}
