import type { EntityManager } from "typeorm";
import { PeriodUnit, RenewalKind, termProblems } from "../server/src/agreements/deadlines";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementKind, AgreementParty, newAgreement, termsOf } from "../server/src/agreements/entities";
import { Person } from "../server/src/people/entities";
import { RoleAssignment } from "../server/src/roles/entities";
import { RoleKind } from "../server/src/roles/rules";
import { insertRows, insertRowsReturningIds } from "./bulk";
import type { SyntheticCollaboration } from "./synthetic";

/** The term columns of a generated agreement. */
export type SyntheticTerms = Pick<
  Agreement,
  "startDate" | "endDate" | "noticePeriodAmount" | "noticePeriodUnit" | "renewalKind" | "renewalTermMonths" | "maxExtensions" | "expressExtensions" | "noticeGivenOn" | "annualCostSek"
>;

/** The same terms for every agreement: 2022–2025, three months' notice, tacit renewal by a year, at most twice. */
export const FIXED_TERMS: SyntheticTerms = {
  startDate: "2022-01-01",
  endDate: "2025-12-31",
  noticePeriodAmount: 3,
  noticePeriodUnit: PeriodUnit.MONTHS,
  renewalKind: RenewalKind.TACIT,
  renewalTermMonths: 12,
  maxExtensions: 2,
  expressExtensions: 0,
  noticeGivenOn: null,
  annualCostSek: null,
};

export interface SyntheticAgreementOptions {
  /** Terms of the agreement of `kind` for the collaboration at `index`; default `FIXED_TERMS`. */
  terms?: (index: number, kind: AgreementKind) => SyntheticTerms;
}

/**
 * For each synthetic collaboration: a systemägare (a person of its own in the host municipality,
 * on the collaboration since 2020), a driftavtal (host and operating IT unit as parties, covering
 * the collaboration) and a leverantörsavtal (host as party, covering the application). Bulk inserts
 * on the caller's transaction.
 */
export async function writeSyntheticAgreementsAndRoles(em: EntityManager, collaborations: SyntheticCollaboration[], options: SyntheticAgreementOptions = {}): Promise<void> {
  const terms = options.terms ?? (() => FIXED_TERMS);
  const ownerIds = await insertRowsReturningIds(
    em,
    Person,
    collaborations.map((c) => ({ name: `Systemägare ${c.name}`, title: null, municipalityId: c.hostMunicipalityId, itUnitId: null, email: null, phone: null, plannedLeaveMonth: null })),
  );
  await insertRows(
    em,
    RoleAssignment,
    collaborations.map((c, i) => ({
      kind: RoleKind.SYSTEMAGARE,
      personId: ownerIds[i],
      applicationUsageId: null,
      collaborationId: c.id,
      itUnitId: null,
      fromDate: "2020-01-01",
      toDate: null,
      note: null,
    })),
  );

  const kinds = [AgreementKind.DRIFTAVTAL, AgreementKind.LEVERANTORSAVTAL];
  const planned = collaborations.flatMap((c, index) => kinds.map((kind) => ({ c, kind, index })));
  const rows = planned.map(({ c, kind, index }) => {
    const row = newAgreement({
      kind,
      name: `${kind} ${c.name}`,
      vendorName: kind === AgreementKind.LEVERANTORSAVTAL ? "Syntetisk leverantör" : null,
      ...terms(index, kind),
    });
    const problems = termProblems(termsOf(row));
    if (problems.length) throw new Error(`Synthetic agreement "${row.name}": ${problems.map((p) => `${p.field}: ${p.message}`).join(" ")}`);
    return row;
  });
  const agreementIds = await insertRowsReturningIds(em, Agreement, rows);

  const party = (agreementId: number, municipalityId: number | null, itUnitId: number | null) => ({ agreementId, municipalityId, itUnitId, costShareBasisPoints: null });
  await insertRows(
    em,
    AgreementParty,
    planned.flatMap(({ c, kind }, i) =>
      kind === AgreementKind.DRIFTAVTAL ? [party(agreementIds[i], c.hostMunicipalityId, null), party(agreementIds[i], null, c.operatorItUnitId)] : [party(agreementIds[i], c.hostMunicipalityId, null)],
    ),
  );
  await insertRows(
    em,
    AgreementCollaboration,
    planned.flatMap(({ c, kind }, i) => (kind === AgreementKind.DRIFTAVTAL ? [{ agreementId: agreementIds[i], collaborationId: c.id }] : [])),
  );
  await insertRows(
    em,
    AgreementApplication,
    planned.flatMap(({ c, kind }, i) => (kind === AgreementKind.LEVERANTORSAVTAL ? [{ agreementId: agreementIds[i], applicationId: c.applicationId }] : [])),
  );
}
