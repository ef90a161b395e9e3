import { In, IsNull } from "typeorm";
import { dayBefore } from "../common/period";
import { recordFacts } from "../history/record";
import { AGREEMENT_FACTS } from "../history/subjects";
import { assertCanEditShared } from "../access/viewer";
import { Application } from "../applications/entities";
import { snapshot } from "../audit/diff";
import { Collaboration } from "../collaborations/entities";
import { encodeGlobalId } from "../core/global-id";
import type { MutationScope } from "../core/mutation";
import type { Node } from "../core/node";
import { UserErrorCode } from "../core/user-error";
import { ItUnit, Municipality } from "../municipalities/entities";
import { CostKeyKind, FULL_SHARE_BASIS_POINTS } from "./cost-split";
import { agreementSchedule, AgreementStatus, maxRenewals, RenewalKind, termProblems } from "./deadlines";
import { Agreement, AgreementApplication, AgreementCollaboration, AgreementKind, AgreementParty, newAgreement, termsOf } from "./entities";
import type { AgreementCreateInput, AgreementExtendInput, AgreementGiveNoticeInput, AgreementTerminateInput, AgreementUpdateInput, CostKeyInput } from "./inputs";
import { deadlinePolicy } from "./settings";

const MAX_ANNUAL_COST_SEK = 2_000_000_000;
const MAX_LEAD_TIME_MONTHS = 60;
const URL = /^https?:\/\/\S+$/i;

/** Parties and covered systems of an agreement, as stored. */
interface Links {
  municipalities: Municipality[];
  itUnits: ItUnit[];
  applications: Application[];
  collaborations: Collaboration[];
  /** Municipality id → fixed share in basis points (FIXED_SHARES only). */
  shares: Map<number, number>;
}

type LinkField = "municipalityIds" | "itUnitIds" | "applicationIds" | "collaborationIds";

/** The municipalities an agreement's parties belong to (municipal parties and IT units' municipalities): who may edit it. */
function partyMunicipalityIds(links: Pick<Links, "municipalities" | "itUnits">): number[] {
  return [...new Set([...links.municipalities.map((m) => m.id), ...links.itUnits.map((u) => u.municipalityId)])];
}

/** The latest (open) links of an agreement. */
async function loadLinks(s: MutationScope, agreementId: number): Promise<Links> {
  const parties = await s.em.findBy(AgreementParty, { agreementId, validTo: IsNull() });
  const municipalityIds = parties.flatMap((p) => (p.municipalityId === null ? [] : [p.municipalityId]));
  const itUnitIds = parties.flatMap((p) => (p.itUnitId === null ? [] : [p.itUnitId]));
  const applicationIds = (await s.em.findBy(AgreementApplication, { agreementId, validTo: IsNull() })).map((l) => l.applicationId);
  const collaborationIds = (await s.em.findBy(AgreementCollaboration, { agreementId, validTo: IsNull() })).map((l) => l.collaborationId);
  const shares = new Map(parties.flatMap((p) => (p.municipalityId !== null && p.costShareBasisPoints !== null ? [[p.municipalityId, p.costShareBasisPoints] as const] : [])));
  return {
    municipalities: await s.em.findBy(Municipality, { id: In(municipalityIds) }),
    itUnits: await s.em.findBy(ItUnit, { id: In(itUnitIds) }),
    applications: await s.em.findBy(Application, { id: In(applicationIds) }),
    collaborations: await s.em.findBy(Collaboration, { id: In(collaborationIds) }),
    shares,
  };
}

/** The links for the audit log: global IDs, sorted, and the fixed shares. */
function auditLinks(links: Links): Record<string, unknown> {
  const ids = (items: Node[]) => items.map((i) => i.globalId).sort();
  return {
    municipalities: ids(links.municipalities),
    itUnits: ids(links.itUnits),
    applications: ids(links.applications),
    collaborations: ids(links.collaborations),
    costShares: links.shares.size === 0 ? null : Object.fromEntries([...links.shares].map(([id, bp]) => [encodeGlobalId(Municipality.typeName, id), bp]).sort()),
  };
}

/**
 * Stores an agreement's parties and covered systems when they differ from `before` (order aside),
 * replacing the old rows, and records the changed lists in the agreement's audit change.
 */
async function saveLinks(s: MutationScope, agreement: Agreement, before: Links | null, after: Links, on: string): Promise<void> {
  const b = before ? auditLinks(before) : null;
  const a = auditLinks(after);
  const fields: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(a)) {
    const was = b?.[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(a[key])) fields[key] = { before: was, after: a[key] };
  }
  if (Object.keys(fields).length === 0) return;
  const change = s.changes.findLast((c) => c.objectId === agreement.globalId);
  if (change) Object.assign(change.fields, fields);
  else s.changes.push({ objectId: agreement.globalId, objectType: Agreement.typeName, kind: "UPDATE", fields });

  await closeAndOpenLinks(s, agreement.id, before, after, on);
}

/**
 * Links are period rows: from `on`, links no longer listed end the day before and new ones begin
 * (a link begun on `on` itself and dropped again is removed), so earlier dates keep theirs.
 */
async function closeAndOpenLinks(s: MutationScope, agreementId: number, before: Links | null, after: Links, on: string): Promise<void> {
  const partyKey = (p: { municipalityId: number | null; itUnitId: number | null; costShareBasisPoints: number | null }) => `${p.municipalityId}:${p.itUnitId}:${p.costShareBasisPoints}`;
  const wanted = {
    parties: [
      ...after.municipalities.map((m) => ({ municipalityId: m.id, itUnitId: null, costShareBasisPoints: after.shares.get(m.id) ?? null })),
      ...after.itUnits.map((u) => ({ municipalityId: null, itUnitId: u.id, costShareBasisPoints: null })),
    ],
    applications: after.applications.map((a) => ({ applicationId: a.id })),
    collaborations: after.collaborations.map((c) => ({ collaborationId: c.id })),
  };
  const sync = async <T extends { id: number; validFrom: string; validTo: string | null }>(entity: { new (): T }, rows: Record<string, unknown>[], key: (row: any) => string) => {
    const open = before ? await s.em.find(entity, { where: { agreementId, validTo: IsNull() } as any }) : [];
    const keep = new Set(rows.map(key));
    const present = new Set<string>();
    for (const row of open) {
      if (keep.has(key(row))) present.add(key(row));
      else if (row.validFrom >= on) await s.em.delete(entity, { id: row.id } as any);
      else await s.em.update(entity, { id: row.id } as any, { validTo: dayBefore(on) } as any);
    }
    const added = rows.filter((row) => !present.has(key(row)));
    if (added.length) await s.em.insert(entity, added.map((row) => ({ ...row, agreementId, validFrom: on, validTo: null })) as any);
  };
  await sync(AgreementParty, wanted.parties, partyKey);
  await sync(AgreementApplication, wanted.applications, (r) => String(r.applicationId));
  await sync(AgreementCollaboration, wanted.collaborations, (r) => String(r.collaborationId));
}

/** Sets the simple optional fields that create and update share. */
function applyFields(s: MutationScope, agreement: Agreement, input: AgreementCreateInput | AgreementUpdateInput): void {
  if (input.referenceNumber !== undefined) agreement.referenceNumber = s.text("referenceNumber", input.referenceNumber, { max: 100 });
  if (input.vendorName !== undefined) agreement.vendorName = s.text("vendorName", input.vendorName, { max: 150 });
  if (input.note !== undefined) agreement.note = s.text("note", input.note, { max: 5000 });
  if (input.documentUrl !== undefined) {
    agreement.documentUrl = s.text("documentUrl", input.documentUrl, { max: 500 });
    if (agreement.documentUrl && !URL.test(agreement.documentUrl)) s.fail("documentUrl", UserErrorCode.INVALID, "Inte en http- eller https-adress.");
  }
  const annualCost = s.annualCost(input, MAX_ANNUAL_COST_SEK);
  if (annualCost !== undefined) agreement.annualCostSek = annualCost;
  if (input.procurementLeadTimeMonths !== undefined) {
    agreement.procurementLeadTimeMonths = s.integer("procurementLeadTimeMonths", input.procurementLeadTimeMonths, 0, MAX_LEAD_TIME_MONTHS);
  }
  if (input.noticePeriod !== undefined) {
    agreement.noticePeriodAmount = input.noticePeriod?.amount ?? null;
    agreement.noticePeriodUnit = input.noticePeriod?.unit ?? null;
  }
  if (input.renewalTermMonths !== undefined) agreement.renewalTermMonths = input.renewalTermMonths;
  if (input.maxExtensions !== undefined) agreement.maxExtensions = input.maxExtensions;
}

/** Resolves the link lists given in the input; a list left out (or null) keeps `current` (none on create). */
async function resolveLinks(s: MutationScope, input: AgreementCreateInput | AgreementUpdateInput, current: Links | null): Promise<Links> {
  const pick = async <T extends Node & { id: number }>(field: LinkField, entity: { new (): T; typeName: string }, fallback: T[]) => {
    const ids = input[field];
    return ids === undefined || ids === null ? fallback : s.findAll(field, ids, entity);
  };
  return {
    municipalities: await pick("municipalityIds", Municipality, current?.municipalities ?? []),
    itUnits: await pick("itUnitIds", ItUnit, current?.itUnits ?? []),
    applications: await pick("applicationIds", Application, current?.applications ?? []),
    collaborations: await pick("collaborationIds", Collaboration, current?.collaborations ?? []),
    shares: current?.shares ?? new Map(),
  };
}

/** The whole agreement's rules: contract terms, what each kind needs, extensions already called. */
function checkAgreement(s: MutationScope, agreement: Agreement, links: Links): void {
  for (const problem of termProblems(termsOf(agreement))) s.fail(problem.field, UserErrorCode[problem.code], problem.message);
  if (agreement.expressExtensions > 0) {
    if (agreement.renewalKind !== RenewalKind.EXPRESS) {
      s.fail("renewalKind", UserErrorCode.CONFLICT, `${agreement.expressExtensions} förlängning(ar) har påkallats; förnyelseformen måste förbli EXPRESS.`);
    } else if (agreement.expressExtensions > maxRenewals(agreement)) {
      s.fail("maxExtensions", UserErrorCode.OUT_OF_RANGE, `${agreement.expressExtensions} förlängning(ar) har redan påkallats.`);
    }
  }
  if (links.municipalities.length + links.itUnits.length === 0) {
    s.fail("municipalityIds", UserErrorCode.REQUIRED, "Ett avtal behöver minst en kommun eller IT-enhet som part.");
  }
  switch (agreement.kind) {
    case AgreementKind.DRIFTAVTAL:
      if (links.itUnits.length === 0) s.fail("itUnitIds", UserErrorCode.REQUIRED, "Ett driftavtal tecknas med den driftande IT-enheten.");
      if (links.municipalities.length === 0) s.fail("municipalityIds", UserErrorCode.REQUIRED, "Ett driftavtal tecknas av systemägarens kommun.");
      break;
    case AgreementKind.LEVERANTORSAVTAL:
      if (!agreement.vendorName) s.fail("vendorName", UserErrorCode.REQUIRED, "Ett leverantörsavtal anger sin leverantör.");
      break;
    case AgreementKind.SAMVERKANSAVTAL:
      if (links.municipalities.length < 2) s.fail("municipalityIds", UserErrorCode.INVALID, "Ett samverkansavtal tecknas mellan minst två kommuner.");
      break;
    case AgreementKind.SUPPORTAVTAL:
      break;
  }
}

/**
 * Sets the cost key from `input` (or the POPULATION default for a new samverkansavtal), validated
 * against the municipal parties. Other kinds carry no cost key.
 */
function applyCostKey(s: MutationScope, agreement: Agreement, links: Links, input: CostKeyInput | null | undefined, partiesChanged: boolean): void {
  if (agreement.kind !== AgreementKind.SAMVERKANSAVTAL) {
    if (input) s.fail("costKey", UserErrorCode.INVALID, "Bara ett samverkansavtal har en kostnadsfördelningsnyckel.");
    Object.assign(agreement, { costKey: null, costKeyPopulationYear: null, costKeyBaseShareBasisPoints: null });
    links.shares = new Map();
    return;
  }
  if (!input) {
    if (agreement.costKey === null) agreement.costKey = CostKeyKind.POPULATION;
    if (agreement.costKey === CostKeyKind.FIXED_SHARES && partiesChanged) {
      s.fail("costKey.shares", UserErrorCode.REQUIRED, "Kommunparterna har ändrats: ange de fasta andelarna på nytt.");
    }
    return;
  }
  const usesPopulation = input.kind === CostKeyKind.POPULATION || input.kind === CostKeyKind.BASE_PLUS_POPULATION;
  const onlyFor = (field: string, kinds: string) => s.fail(`costKey.${field}`, UserErrorCode.INVALID, `Bara för fördelningsnyckeln ${kinds}.`);
  if (input.populationYear !== null && input.populationYear !== undefined && !usesPopulation) onlyFor("populationYear", "POPULATION and BASE_PLUS_POPULATION");
  const populationYear = s.integer("costKey.populationYear", input.populationYear, 1900, 2100);
  let base: number | null = null;
  if (input.kind === CostKeyKind.BASE_PLUS_POPULATION) {
    base = s.integer("costKey.baseShareBasisPoints", input.baseShareBasisPoints, 0, FULL_SHARE_BASIS_POINTS);
    if (base === null) s.fail("costKey.baseShareBasisPoints", UserErrorCode.REQUIRED, "Grunddelen (baspunkter) krävs.");
  } else if (input.baseShareBasisPoints !== null && input.baseShareBasisPoints !== undefined) onlyFor("baseShareBasisPoints", "BASE_PLUS_POPULATION");
  const shares = new Map<number, number>();
  if (input.kind === CostKeyKind.FIXED_SHARES) {
    const partyIds = new Map(links.municipalities.map((m) => [m.globalId, m.id]));
    for (const [i, share] of (input.shares ?? []).entries()) {
      const id = partyIds.get(share.municipalityId);
      if (id === undefined) s.fail(`costKey.shares.${i}.municipalityId`, UserErrorCode.INVALID, "Inte en kommunpart i avtalet.");
      else if (shares.has(id)) s.fail(`costKey.shares.${i}.municipalityId`, UserErrorCode.DUPLICATE, "Står två gånger i listan.");
      else shares.set(id, s.integer(`costKey.shares.${i}.shareBasisPoints`, share.shareBasisPoints, 0, FULL_SHARE_BASIS_POINTS) ?? 0);
    }
    const missing = links.municipalities.filter((m) => !shares.has(m.id));
    if (missing.length) s.fail("costKey.shares", UserErrorCode.REQUIRED, `Varje kommunpart behöver en andel; saknas: ${missing.map((m) => m.name).join(", ")}.`);
    const sum = [...shares.values()].reduce((a, b) => a + b, 0);
    if (!missing.length && sum !== FULL_SHARE_BASIS_POINTS) s.fail("costKey.shares", UserErrorCode.OUT_OF_RANGE, `Andelarna måste bli exakt 100 % tillsammans; de blir ${sum / 100} %.`);
  } else if (input.shares?.length) onlyFor("shares", "FIXED_SHARES");
  Object.assign(agreement, { costKey: input.kind, costKeyPopulationYear: populationYear, costKeyBaseShareBasisPoints: base });
  links.shares = shares;
}

export async function createAgreement(s: MutationScope, input: AgreementCreateInput): Promise<Agreement | null> {
  const links = await resolveLinks(s, input, null);
  if (links.municipalities.length + links.itUnits.length > 0) assertCanEditShared(s.ctx.viewer, partyMunicipalityIds(links));
  const agreement = Object.assign(newAgreement({ kind: input.kind, startDate: input.startDate, endDate: input.endDate, renewalKind: input.renewalKind ?? RenewalKind.NONE }), {
    name: s.text("name", input.name, { required: true, max: 200 }),
  });
  applyFields(s, agreement, input);
  checkAgreement(s, agreement, links);
  applyCostKey(s, agreement, links, input.costKey, false);
  if (input.effectiveFrom !== undefined && input.effectiveFrom !== null) {
    s.fail("effectiveFrom", UserErrorCode.INVALID, "Ett nytt avtal gäller från sitt startdatum (startDate); effectiveFrom daterar en avtalsändring (agreementUpdate).");
  }
  // A late registration (start before today) is whole from its start: terms, parties and covered systems alike. One starting later is on record from today.
  const on = s.registeredFrom("startDate", agreement.startDate < s.ctx.today ? agreement.startDate : s.ctx.today, input.correctionReason);
  if (s.failed) return null;
  const saved = await recordFacts(s, AGREEMENT_FACTS, agreement, {}, on, null);
  await saveLinks(s, saved, null, links, on);
  return saved;
}

export async function updateAgreement(s: MutationScope, input: AgreementUpdateInput): Promise<Agreement | null> {
  const agreement = await s.find("id", input.id, Agreement);
  if (!agreement) return null;
  const current = await loadLinks(s, agreement.id);
  assertCanEditShared(s.ctx.viewer, partyMunicipalityIds(current));
  const before = snapshot(agreement);
  const links = await resolveLinks(s, input, current);
  if (links.municipalities.length + links.itUnits.length > 0) assertCanEditShared(s.ctx.viewer, partyMunicipalityIds(links));
  if (input.name !== undefined) agreement.name = s.text("name", input.name, { required: true, max: 200 })!;
  if (input.startDate) agreement.startDate = input.startDate;
  if (input.endDate) agreement.endDate = input.endDate;
  if (input.renewalKind) agreement.renewalKind = input.renewalKind;
  applyFields(s, agreement, input);
  checkAgreement(s, agreement, links);
  if (agreement.noticeGivenOn !== null && agreement.noticeGivenOn < agreement.startDate) s.fail("startDate", UserErrorCode.DATE_ORDER, "Uppsägning gjordes före detta datum.");
  if (agreement.terminatedOn !== null && agreement.terminatedOn < agreement.startDate) s.fail("startDate", UserErrorCode.DATE_ORDER, "Avtalet avslutades före detta datum.");
  const sameMunicipalities =
    links.municipalities
      .map((m) => m.id)
      .sort()
      .join() ===
    current.municipalities
      .map((m) => m.id)
      .sort()
      .join();
  applyCostKey(s, agreement, links, input.costKey, !sameMunicipalities);
  const on = s.effectiveFrom("effectiveFrom", input.effectiveFrom, input.correctionReason, { allowFuture: true });
  if (s.failed) return null;
  const saved = await recordFacts(s, AGREEMENT_FACTS, agreement, changedFacts(agreement, before), on, before);
  await saveLinks(s, saved, current, links, on);
  return saved;
}

/** Finds an agreement the viewer may edit, refusing one whose end is settled already or that has ended on `on` (checked only when the input is valid so far). */
async function findOpenAgreement(s: MutationScope, id: string, on: string): Promise<Agreement | null> {
  const agreement = await s.find("id", id, Agreement);
  if (!agreement) return null;
  assertCanEditShared(s.ctx.viewer, partyMunicipalityIds(await loadLinks(s, agreement.id)));
  if (agreement.terminatedOn !== null) s.fail("id", UserErrorCode.CONFLICT, `Avtalet avslutades ${agreement.terminatedOn}.`);
  else if (agreement.noticeGivenOn !== null) s.fail("id", UserErrorCode.CONFLICT, `Avtalet sades upp ${agreement.noticeGivenOn}.`);
  else if (!s.failed) {
    const schedule = agreementSchedule(termsOf(agreement), on, deadlinePolicy(null, null));
    if (schedule.status === AgreementStatus.EXPIRED) s.fail("id", UserErrorCode.CONFLICT, `Avtalet upphörde ${schedule.currentTermEnd}.`);
  }
  return agreement;
}

export async function extendAgreement(s: MutationScope, input: AgreementExtendInput): Promise<Agreement | null> {
  const agreement = await findOpenAgreement(s, input.id, s.ctx.today);
  if (!agreement || s.failed) return null;
  if (agreement.renewalKind !== RenewalKind.EXPRESS) {
    s.fail("id", UserErrorCode.CONFLICT, agreement.renewalKind === RenewalKind.TACIT ? "Ett avtal med automatisk förlängning förlängs av sig självt." : "Avtalet har ingen option på förlängning.");
    return null;
  }
  const left = maxRenewals(agreement) - agreement.expressExtensions;
  const noticeDeadline = agreementSchedule(termsOf(agreement), s.ctx.today, deadlinePolicy(null, null)).noticeDeadline;
  if (left === 0) s.fail("extensions", UserErrorCode.OUT_OF_RANGE, "Alla förlängningar har redan påkallats.");
  else if (s.ctx.today > noticeDeadline) s.fail("id", UserErrorCode.CONFLICT, `Optionen skulle ha påkallats senast ${noticeDeadline}, sista dag för uppsägning i nuvarande avtalsperiod.`);
  else s.integer("extensions", input.extensions, 1, left);
  if (s.failed) return null;
  const before = snapshot(agreement);
  return recordFacts(s, AGREEMENT_FACTS, agreement, { expressExtensions: agreement.expressExtensions + input.extensions }, s.ctx.today, before);
}

export async function giveNotice(s: MutationScope, input: AgreementGiveNoticeInput): Promise<Agreement | null> {
  const givenOn = s.pastDate("givenOn", input.givenOn) ?? s.ctx.today;
  const agreement = await findOpenAgreement(s, input.id, givenOn);
  if (!agreement) return null;
  if (givenOn < agreement.startDate) s.fail("givenOn", UserErrorCode.DATE_ORDER, `Avtalet börjar ${agreement.startDate}.`);
  if (s.failed) return null;
  const before = snapshot(agreement);
  return recordFacts(s, AGREEMENT_FACTS, agreement, { noticeGivenOn: givenOn }, s.recordedFrom(givenOn, input.correctionReason), before);
}

export async function terminateAgreement(s: MutationScope, input: AgreementTerminateInput): Promise<Agreement | null> {
  const terminatedOn = s.pastDate("terminatedOn", input.terminatedOn) ?? s.ctx.today;
  const agreement = await s.find("id", input.id, Agreement);
  if (!agreement) return null;
  assertCanEditShared(s.ctx.viewer, partyMunicipalityIds(await loadLinks(s, agreement.id)));
  if (agreement.terminatedOn !== null) s.fail("id", UserErrorCode.CONFLICT, `Avtalet avslutades ${agreement.terminatedOn}.`);
  else if (terminatedOn < agreement.startDate) s.fail("terminatedOn", UserErrorCode.DATE_ORDER, `Avtalet börjar ${agreement.startDate}.`);
  else if (!s.failed) {
    const schedule = agreementSchedule(termsOf(agreement), terminatedOn, deadlinePolicy(null, null));
    if (schedule.status === AgreementStatus.EXPIRED) s.fail("terminatedOn", UserErrorCode.CONFLICT, `Avtalet hade redan upphört ${schedule.currentTermEnd}.`);
  }
  if (s.failed) return null;
  const before = snapshot(agreement);
  return recordFacts(s, AGREEMENT_FACTS, agreement, { terminatedOn }, s.recordedFrom(terminatedOn, input.correctionReason), before);
}

/** The versioned fields that differ from `before` (a snapshot): what an amendment changes. */
function changedFacts(agreement: Agreement, before: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(AGREEMENT_FACTS.fields).flatMap((field) => (JSON.stringify((agreement as any)[field] ?? null) !== JSON.stringify(before[field] ?? null) ? [[field, (agreement as any)[field]]] : [])),
  );
}
