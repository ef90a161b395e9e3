/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new agreement. At least one municipality or IT unit must be a party. */
export type AgreementCreateInput = {
  /** Annual cost (årskostnad) in öre (1 krona = 100 öre), a whole number of kronor. */
  annualCostOre?: number | null | undefined;
  /** Annual cost in whole kronor (SEK). */
  annualCostSek?: number | null | undefined;
  /** Applications the agreement covers. At most 500 items. */
  applicationIds?: Array<string | number> | null | undefined;
  /** Collaborations the agreement covers. At most 500 items. */
  collaborationIds?: Array<string | number> | null | undefined;
  /** Not needed: a start date before today registers an agreement that already existed (efterregistrering), which is not a correction. A reason given is recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Samverkansavtal only: the cost key; default POPULATION (the policy's rule). */
  costKey?: CostKeyInput | null | undefined;
  /** Link to the signed agreement (http or https). At most 500 characters. */
  documentUrl?: string | null | undefined;
  /**
   * Refused on create: a new agreement's terms, parties and covered systems hold from its start date.
   * @deprecated A new agreement holds from its startDate; effectiveFrom dates an amendment (agreementUpdate). Giving it here is refused.
   */
  effectiveFrom?: string | null | undefined;
  /** Last day of the initial term; after the start date. */
  endDate: string;
  /** IT units that are parties (the driftande IT-enhet of a driftavtal). At most 500 items. */
  itUnitIds?: Array<string | number> | null | undefined;
  /** Kind of agreement. */
  kind: AgreementKind;
  /** Maximum number of renewals; required when the agreement renews. */
  maxExtensions?: number | null | undefined;
  /** Municipalities that are parties. At most 500 items. */
  municipalityIds?: Array<string | number> | null | undefined;
  /** Name. At most 200 characters. */
  name: string;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** Notice period (uppsägningstid); null for none. Must be shorter than the initial term and the renewal term. */
  noticePeriod?: NoticePeriodInput | null | undefined;
  /** This agreement's own procurement lead time in months (0–60); null for the default by level. */
  procurementLeadTimeMonths?: number | null | undefined;
  /** Reference number (avtalsnummer, diarienummer). At most 100 characters. */
  referenceNumber?: string | null | undefined;
  /** How it renews; default NONE. */
  renewalKind?: RenewalKind | null | undefined;
  /** Length of each renewal term in months; required when the agreement renews. */
  renewalTermMonths?: number | null | undefined;
  /** First day. A day before today is a late registration (efterregistrering): it needs no correctionReason, and the agreement's terms, parties and covered systems hold from this day, so every date from its start answers with all of them. An agreement starting later is on record from today. */
  startDate: string;
  /** The vendor party (leverantör); required for a leverantörsavtal. At most 150 characters. */
  vendorName?: string | null | undefined;
};

/** Calls the extension option(s) of an agreement with express renewal. */
export type AgreementExtendInput = {
  /** How many renewal terms to add; default 1. */
  extensions?: number;
  /** The agreement. */
  id: string | number;
};

/** Records that notice (uppsägning) was given. */
export type AgreementGiveNoticeInput = {
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** When notice was given; default today, not after today. Answers for dates before today change only with a correctionReason. */
  givenOn?: string | null | undefined;
  /** The agreement. */
  id: string | number;
};

/** What an agreement (avtal) governs. */
export type AgreementKind =
  /** Driftavtal: between the system owner (systemägare) and the IT unit that operates the system (driftande IT-enhet). */
  | 'DRIFTAVTAL'
  /** Leverantörsavtal: vendor or licence agreement. */
  | 'LEVERANTORSAVTAL'
  /** Samverkansavtal: between municipalities; carries the cost key (fördelningsnyckel). */
  | 'SAMVERKANSAVTAL'
  /** Supportavtal: product support. */
  | 'SUPPORTAVTAL';

/** How to sort agreements. */
export type AgreementOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The value to sort by. */
  field?: AgreementOrderField;
};

/** What agreements can be sorted by. */
export type AgreementOrderField =
  /** The end of the initial term (slutdatum). */
  | 'END_DATE'
  /** The agreement's name. */
  | 'NAME'
  /** The start date (startdatum). */
  | 'START_DATE';

/** Where an agreement stands on a date; the first that applies, in the order NOT_STARTED, EXPIRED, NOTICE_PASSED, NOTICE_DUE, DECISION_DUE, ACTIVE. */
export type AgreementStatus =
  /** Gällande: nothing is due yet. */
  | 'ACTIVE'
  /** Beslut krävs: the decision deadline (notice deadline minus procurement lead time) falls within the warning horizon (default 6 months, SAMVERKAN_DECISION_WARNING_MONTHS) or has passed: decide between renewing and procuring anew. */
  | 'DECISION_DUE'
  /** Utgånget: after the current term end. */
  | 'EXPIRED'
  /** Uppsägning nära: within the notice window (default 90 days) before the notice deadline, the deadline day included. */
  | 'NOTICE_DUE'
  /** Slutet avgjort: notice has been given, the agreement was terminated, or the notice deadline has passed without renewal to follow; it ends on the current term end. (A tacit agreement with renewals left renews instead and shows its next term.) */
  | 'NOTICE_PASSED'
  /** Ej påbörjat: before the start date; not in force. */
  | 'NOT_STARTED';

/** Records that an agreement was ended early (hävt, avslutat i förtid). */
export type AgreementTerminateInput = {
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** The agreement. */
  id: string | number;
  /** The agreement's last day; default today, not after today. Answers for dates before today change only with a correctionReason. */
  terminatedOn?: string | null | undefined;
};

/** Changes to an agreement: omitted fields stay as they are, null clears optional ones, a list given replaces the whole list. Extensions, notice and termination have their own mutations. */
export type AgreementUpdateInput = {
  /** Annual cost (årskostnad) in öre (1 krona = 100 öre), a whole number of kronor. */
  annualCostOre?: number | null | undefined;
  /** Annual cost in whole kronor (SEK). */
  annualCostSek?: number | null | undefined;
  /** Applications the agreement covers. At most 500 items. */
  applicationIds?: Array<string | number> | null | undefined;
  /** Collaborations the agreement covers. At most 500 items. */
  collaborationIds?: Array<string | number> | null | undefined;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Samverkansavtal only: the cost key; default POPULATION (the policy's rule). */
  costKey?: CostKeyInput | null | undefined;
  /** Link to the signed agreement (http or https). At most 500 characters. */
  documentUrl?: string | null | undefined;
  /** From which day the terms, parties and covered systems given hold (an amendment, avtalsändring); default today, may lie ahead. Earlier dates keep the earlier terms. A day before today is a correction. */
  effectiveFrom?: string | null | undefined;
  /** Last day of the initial term. */
  endDate?: string | null | undefined;
  /** The agreement. */
  id: string | number;
  /** IT units that are parties (the driftande IT-enhet of a driftavtal). At most 500 items. */
  itUnitIds?: Array<string | number> | null | undefined;
  /** Maximum number of renewals; required when the agreement renews. */
  maxExtensions?: number | null | undefined;
  /** Municipalities that are parties. At most 500 items. */
  municipalityIds?: Array<string | number> | null | undefined;
  /** Name. At most 200 characters. */
  name?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** Notice period (uppsägningstid); null for none. Must be shorter than the initial term and the renewal term. */
  noticePeriod?: NoticePeriodInput | null | undefined;
  /** This agreement's own procurement lead time in months (0–60); null for the default by level. */
  procurementLeadTimeMonths?: number | null | undefined;
  /** Reference number (avtalsnummer, diarienummer). At most 100 characters. */
  referenceNumber?: string | null | undefined;
  /** How it renews. */
  renewalKind?: RenewalKind | null | undefined;
  /** Length of each renewal term in months; required when the agreement renews. */
  renewalTermMonths?: number | null | undefined;
  /** First day. */
  startDate?: string | null | undefined;
  /** The vendor party (leverantör); required for a leverantörsavtal. At most 150 characters. */
  vendorName?: string | null | undefined;
};

/** Which annual report to issue. */
export type AnnualReportIssueInput = {
  /** The collaboration body; null for the report over every collaboration. */
  body?: string | number | null | undefined;
  /** The year; it must have ended. */
  year: number;
};

/** The business area an application serves (verksamhetsområde). */
export type ApplicationCategory =
  /** Bygg (building permits). */
  | 'BUILDING_PERMITS'
  /** Omsorg (social care). */
  | 'CARE'
  /** E-arkiv (digital archive). */
  | 'E_ARCHIVE'
  /** Ekonomi (finance). */
  | 'FINANCE'
  /** GIS and maps (geografiska informationssystem, kartsystem). */
  | 'GIS'
  /** Helpdesk / IT service management. */
  | 'HELPDESK'
  /** Informationsspridning (web, intranet, information dissemination). */
  | 'INFORMATION'
  /** Bibliotek (library system). */
  | 'LIBRARY'
  /** Övrigt (anything else). */
  | 'OTHER'
  /** Lön/PA (payroll and HR). */
  | 'PAYROLL_HR'
  /** Diarium / ärendehantering (records management). */
  | 'RECORDS'
  /** Skola (school administration and education). */
  | 'SCHOOL'
  /** Telefoni (telephony and call routing). */
  | 'TELEPHONY';

/** A new application (product) in the shared catalogue. */
export type ApplicationCreateInput = {
  /** Business area as today's enum; or give categoryCode. One of the two is required. */
  category?: ApplicationCategory | null | undefined;
  /** Business area as a code of the APPLICATION_CATEGORY vocabulary (vocabularyTerms), e.g. one an admin added; instead of category. */
  categoryCode?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** Product name. At most 150 characters. */
  name: string;
  /** Kommungemensam or verksamhetsspecifik. */
  scope: ApplicationScope;
  /** Vendor (leverantör). At most 150 characters. */
  vendor?: string | null | undefined;
};

/** Whether an application serves the whole municipality or one business. */
export type ApplicationScope =
  /** Verksamhetsspecifik: serves one business area. */
  | 'BUSINESS_SPECIFIC'
  /** Kommungemensam: used across the municipality's administrations. */
  | 'COMMON';

/** Changes to an application; omitted fields stay as they are, null clears optional ones. */
export type ApplicationUpdateInput = {
  /** Business area as today's enum. */
  category?: ApplicationCategory | null | undefined;
  /** Business area as a code of the APPLICATION_CATEGORY vocabulary; instead of category. */
  categoryCode?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** The application. */
  id: string | number;
  /** Product name. At most 150 characters. */
  name?: string | null | undefined;
  /** Kommungemensam or verksamhetsspecifik. */
  scope?: ApplicationScope | null | undefined;
  /** Vendor (leverantör). At most 150 characters. */
  vendor?: string | null | undefined;
};

/** Records that a municipality uses an application. */
export type ApplicationUsageCreateInput = {
  /** Annual cost (årskostnad) in öre (1 krona = 100 öre), a whole number of kronor. */
  annualCostOre?: number | null | undefined;
  /** Annual cost in whole kronor (SEK). */
  annualCostSek?: number | null | undefined;
  /** The application. */
  applicationId: string | number;
  /** Not needed: registering a usage that already existed (efterregistrering) is not a correction. A reason given is recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** From which day the usage and its facts are on record; default inUseSince when it lies before today, else today; not after today. A day before today is a late registration (efterregistrering): it needs no correctionReason. */
  effectiveFrom?: string | null | undefined;
  /** Functional fit 1–4. */
  functionalFit?: number | null | undefined;
  /** In use since. */
  inUseSince?: string | null | undefined;
  /** The IT unit responsible for it locally. */
  itUnitId?: string | number | null | undefined;
  /** Lifecycle phase; default ACTIVE. */
  lifecyclePhase?: LifecyclePhase | null | undefined;
  /** The municipality. */
  municipalityId: string | number;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** Technical fit 1–4. */
  technicalFit?: number | null | undefined;
  /** Number of users. */
  userCount?: number | null | undefined;
};

/** Changes to an application usage; omitted fields stay as they are, null clears optional ones. */
export type ApplicationUsageUpdateInput = {
  /** Annual cost (årskostnad) in öre (1 krona = 100 öre), a whole number of kronor. */
  annualCostOre?: number | null | undefined;
  /** Annual cost in whole kronor (SEK). */
  annualCostSek?: number | null | undefined;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** From which day these facts hold; default today. An earlier day is a correction (it alters answers for past dates). */
  effectiveFrom?: string | null | undefined;
  /** Functional fit 1–4. */
  functionalFit?: number | null | undefined;
  /** The application usage. */
  id: string | number;
  /** In use since. */
  inUseSince?: string | null | undefined;
  /** The IT unit responsible for it locally. */
  itUnitId?: string | number | null | undefined;
  /** Lifecycle phase. */
  lifecyclePhase?: LifecyclePhase | null | undefined;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** Technical fit 1–4. */
  technicalFit?: number | null | undefined;
  /** Number of users. */
  userCount?: number | null | undefined;
};

/** One municipality's application list (applikationsförteckning) as a spreadsheet file. */
export type ApplicationUsagesImportInput = {
  /** false (default): a dry run that changes nothing; true: apply the plan, all or nothing. */
  apply?: boolean;
  /** The file: CSV text, or the .xlsx file base64-encoded; at most 5000 rows, and within the request's size limit. */
  content: string;
  /** The file's name, recorded in the audit log; cut after 200 characters. */
  fileName: string;
  /** The file's format. */
  format: SpreadsheetFormat;
  /** The municipality (its ID or four-digit code). Editors: their own only. */
  municipality: string | number;
};

/** Sets a municipality's budget calendar (budgetprocess). */
export type BudgetCalendarSetInput = {
  /** The month (1–12) its budget for the next year is decided. */
  decisionMonth: number;
  /** The municipality. */
  municipalityId: string | number;
  /** Free text, e.g. kommunfullmäktige's meeting. At most 500 characters. */
  note?: string | null | undefined;
};

/** A new calendar feed. */
export type CalendarFeedCreateInput = {
  /** The municipality whose deadlines it shows; null: the whole collaboration body (admins only). An editor names its own. */
  municipalityId?: string | number | null | undefined;
  /** A name to tell feeds apart, e.g. whose calendar it is in. At most 100 characters. */
  name: string;
};

/** The calendar feed to revoke. */
export type CalendarFeedRevokeInput = {
  /** The feed. */
  id: string | number;
};

/** A new change freeze (förändringsstopp) of a municipality. */
export type ChangeFreezeCreateInput = {
  /** Only systems of this business area; default every system. */
  category?: ApplicationCategory | null | undefined;
  /** The municipality. */
  municipalityId: string | number;
  /** Name, e.g. Sommarperiod. At most 150 characters. */
  name: string;
  /** Free text. At most 2000 characters. */
  note?: string | null | undefined;
  /** When it applies. */
  period: ChangeFreezePeriodInput;
};

/** Deletes a change freeze. */
export type ChangeFreezeDeleteInput = {
  /** The freeze. */
  id: string | number;
};

/** The period of a change freeze: `kind` and the fields it uses (ISO_WEEKS: weeks; DAY_MONTH: MM-DD days; DATES: dates). */
export type ChangeFreezePeriodInput = {
  /** DATES: first day. */
  fromDate?: string | null | undefined;
  /** DAY_MONTH: first day, MM-DD. */
  fromMonthDay?: string | null | undefined;
  /** ISO_WEEKS: first week, 1–53. */
  fromWeek?: number | null | undefined;
  /** How it recurs. */
  kind: FreezeKind;
  /** DATES: last day. */
  toDate?: string | null | undefined;
  /** DAY_MONTH: last day, MM-DD (before the first: spans New Year). */
  toMonthDay?: string | null | undefined;
  /** ISO_WEEKS: last week, 1–53 (before the first: spans New Year). */
  toWeek?: number | null | undefined;
};

/** Changes a change freeze; fields left out keep their value. */
export type ChangeFreezeUpdateInput = {
  /** Only systems of this business area; null for every system. */
  category?: ApplicationCategory | null | undefined;
  /** The freeze. */
  id: string | number;
  /** Name. At most 150 characters. */
  name?: string | null | undefined;
  /** Free text. At most 2000 characters. */
  note?: string | null | undefined;
  /** When it applies (replaces the period). */
  period?: ChangeFreezePeriodInput | null | undefined;
};

/** A new collaboration body (samverkansorgan). */
export type CollaborationBodyCreateInput = {
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** Name, e.g. Dalslandskommunernas kommunalförbund. At most 200 characters. */
  name: string;
  /** Short name, e.g. DKF. At most 30 characters. */
  shortName?: string | null | undefined;
};

/** What a collaboration candidate groups municipalities around. */
export type CollaborationCandidateKind =
  /** One product the participants all run, outside a collaboration at the joint level. */
  | 'APPLICATION'
  /** One business area where the participants' products differ; one product is proposed. */
  | 'CATEGORY'
  /** An existing collaboration at the joint level or above: to raise its level, or for others running its product to join. */
  | 'COLLABORATION';

/** How to sort collaboration candidates. */
export type CollaborationCandidateOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The value to sort by. */
  field?: CollaborationCandidateOrderField;
};

/** What collaboration candidates can be sorted by; ties follow the default order (score, highest first, then driving deadline). */
export type CollaborationCandidateOrderField =
  /** The driving deadline; candidates without one last (ascending). */
  | 'DEADLINE'
  /** The score. */
  | 'SCORE';

/** A new collaboration (samverkan) around an application. */
export type CollaborationCreateInput = {
  /** The shared application. */
  applicationId: string | number;
  /** The collaboration body it belongs to, e.g. DKF. */
  collaborationBodyId?: string | number | null | undefined;
  /** Not needed: a start before today registers something that already existed (efterregistrering), which is not a correction. A reason given is recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Decision reference of the decision to collaborate. At most 100 characters. */
  decisionReference?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** The host municipality (värdkommun); it becomes a participant. */
  hostMunicipalityId: string | number;
  /** The starting level of the collaboration scale. */
  levelId: string | number;
  /** Name, e.g. Gemensamt ekonomisystem. At most 200 characters. */
  name: string;
  /** The IT unit that operates it (driftande IT-enhet). */
  operatorItUnitId?: string | number | null | undefined;
  /** The other participating municipalities. At most 500 items. */
  participantIds: Array<string | number>;
  /** When it began; default today, not after today. Also the date of the first level entry and of every participation. A day before today is a late registration (efterregistrering): it needs no correctionReason, and the collaboration, its participants, level and host hold from that day. */
  startedOn?: string | null | undefined;
};

/** Moves a collaboration to another level of the scale, writing a dated history entry. */
export type CollaborationLevelSetInput = {
  /** When the new level took effect; default today, not after today. An earlier day (a forgotten change) is a correction: it holds until the next recorded change. */
  changedOn?: string | null | undefined;
  /** The collaboration. */
  collaborationId: string | number;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Decision reference (beslutsreferens, diarienummer). At most 100 characters. */
  decisionReference?: string | null | undefined;
  /** The new level. */
  levelId: string | number;
  /** Why (motivering). At most 5000 characters. */
  reason?: string | null | undefined;
};

/** Edits the name or description of a level of the collaboration scale. */
export type CollaborationLevelUpdateInput = {
  /** What the level means. At most 5000 characters. */
  description?: string | null | undefined;
  /** The level. */
  id: string | number;
  /** Swedish name. At most 100 characters. */
  name?: string | null | undefined;
};

/** A municipality joins a collaboration. */
export type CollaborationParticipantAddInput = {
  /** The collaboration. */
  collaborationId: string | number;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** First day of participation; default today. An earlier day is a correction. */
  joinedOn?: string | null | undefined;
  /** The municipality joining. */
  municipalityId: string | number;
};

/** A municipality leaves a collaboration; its participation is kept with an end date. */
export type CollaborationParticipantRemoveInput = {
  /** The collaboration. */
  collaborationId: string | number;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Last day of participation; default today. A day before yesterday is a correction. */
  leftOn?: string | null | undefined;
  /** The municipality leaving. */
  municipalityId: string | number;
};

/** Changes to a collaboration; omitted fields stay as they are, null clears optional ones. The level changes only through collaborationLevelSet. */
export type CollaborationUpdateInput = {
  /** Collaboration body. */
  collaborationBodyId?: string | number | null | undefined;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** From which day a new host or operator holds; default today. An earlier day is a correction. */
  effectiveFrom?: string | null | undefined;
  /** New host municipality (värdkommun); must be a current participant. */
  hostMunicipalityId?: string | number | null | undefined;
  /** The collaboration. */
  id: string | number;
  /** Name. At most 200 characters. */
  name?: string | null | undefined;
  /** New operating IT unit (driftande IT-enhet). */
  operatorItUnitId?: string | number | null | undefined;
};

/** How well a person knows an application (kompetensnivå). */
export type CompetenceLevel =
  /** Specialist: deep knowledge of configuration, administration and integrations; the policy asks for specialist competence inside the organisation for every shared system. */
  | 'SPECIALIST'
  /** Superanvändare: supports colleagues, knows the routines. */
  | 'SUPERUSER'
  /** Användare: uses the application in daily work. */
  | 'USER';

/** An entry in a competence network's activity log. */
export type CompetenceNetworkActivityAddInput = {
  /** Meeting, training or support case. */
  kind: NetworkActivityKind;
  /** The network. */
  networkId: string | number;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** When it happened; not after today. */
  occurredOn: string;
  /** The people who took part. At most 500 items. */
  participantIds?: Array<string | number> | null | undefined;
  /** Short title. At most 200 characters. */
  title: string;
};

/** A new competence network (kompetensnätverk). The coordinator becomes a member. */
export type CompetenceNetworkCreateInput = {
  /** The collaboration area as a business area; omit for areas across systems (e.g. IT technicians). */
  category?: ApplicationCategory | null | undefined;
  /** Collaborations the network serves. At most 500 items. */
  collaborationIds?: Array<string | number> | null | undefined;
  /** The coordinator (samordnare), a person. */
  coordinatorId: string | number;
  /** Purpose and free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** How often the network meets. */
  meetingCadence?: MeetingCadence | null | undefined;
  /** Other members from the start. At most 500 items. */
  memberIds?: Array<string | number> | null | undefined;
  /** Name, e.g. Ekonominätverket Dalsland. At most 200 characters. */
  name: string;
  /** When it started; default today. Also the members' joining date. */
  startedOn?: string | null | undefined;
};

/** A person joins a competence network. */
export type CompetenceNetworkMemberAddInput = {
  /** First day of membership; default today. */
  joinedOn?: string | null | undefined;
  /** The network. */
  networkId: string | number;
  /** The person joining. */
  personId: string | number;
};

/** A person leaves a competence network; the membership is kept with an end date. */
export type CompetenceNetworkMemberRemoveInput = {
  /** Last day of membership; default today. */
  leftOn?: string | null | undefined;
  /** The network. */
  networkId: string | number;
  /** The person leaving. */
  personId: string | number;
};

/** Changes to a competence network; omitted fields stay as they are, null clears optional ones. */
export type CompetenceNetworkUpdateInput = {
  /** The collaboration area as a business area. */
  category?: ApplicationCategory | null | undefined;
  /** The collaborations the network serves (replaces the current set). At most 500 items. */
  collaborationIds?: Array<string | number> | null | undefined;
  /** A new coordinator; must be a current member. */
  coordinatorId?: string | number | null | undefined;
  /** Purpose and free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** The network. */
  id: string | number;
  /** How often the network meets. */
  meetingCadence?: MeetingCadence | null | undefined;
  /** Name. At most 200 characters. */
  name?: string | null | undefined;
};

/** Removes a person's competence on an application. */
export type CompetenceRemoveInput = {
  /** The application. */
  applicationId: string | number;
  /** The person. */
  personId: string | number;
};

/** How serious a competence risk is, from its score. */
export type CompetenceRiskLevel =
  /** Score 60 or more. */
  | 'HIGH'
  /** Score below 30. */
  | 'LOW'
  /** Score 30–59. */
  | 'MEDIUM';

/** Why a system's competence is at risk. */
export type CompetenceRiskReasonCode =
  /** Under half of the users trained in the last 24 months: up to 25 points, in proportion to the shortfall. */
  | 'FEW_USERS_TRAINED'
  /** A shared system without a competence network for its area (with current members from at least two municipalities): 15 points. */
  | 'NO_COMPETENCE_NETWORK'
  /** No training plan for the system's users: 25 points. */
  | 'NO_TRAINING_PLAN'
  /** Specialists plan to leave within the horizon: how much the count's points rise once they have gone, at least 5. */
  | 'SPECIALISTS_LEAVING'
  /** Fewer than two specialists (across the collaboration for a shared system, in the municipality otherwise): 35 points with none, 20 with one. */
  | 'TOO_FEW_SPECIALISTS'
  /** The training plan was last reviewed more than 12 months ago: 15 points. */
  | 'TRAINING_PLAN_NOT_REVIEWED';

/** What a competence-risk entry judges. */
export type CompetenceRiskSubjectKind =
  /** One municipality's active use of an application. */
  | 'APPLICATION_USAGE'
  /** A collaboration around a shared system, across its participating municipalities. */
  | 'COLLABORATION';

/** Records or changes a person's competence on an application. */
export type CompetenceSetInput = {
  /** The application. */
  applicationId: string | number;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** From which day this holds; default today. An earlier day is a correction. */
  effectiveFrom?: string | null | undefined;
  /** User, superuser or specialist. */
  level: CompetenceLevel;
  /** The person. */
  personId: string | number;
  /** Held at this level since; not after today. Omitted: unchanged (null when new). */
  since?: string | null | undefined;
};

/** The cost key (fördelningsnyckel) of a samverkansavtal. */
export type CostKeyInput = {
  /** BASE_PLUS_POPULATION: the base part in basis points (3 000 = 30 %), split equally. */
  baseShareBasisPoints?: number | null | undefined;
  /** How the cost is divided. */
  kind: CostKeyKind;
  /** POPULATION and BASE_PLUS_POPULATION: the year of the population figures (folkmängd) to use, exactly; null means the population on 31 December of the year before the year being split (budget year 2026 uses 2025's figures), or the latest earlier year on record when that is not yet published. */
  populationYear?: number | null | undefined;
  /** FIXED_SHARES: one share per municipal party, adding up to exactly 100 %. At most 500 items. */
  shares?: Array<CostShareInput> | null | undefined;
};

/** How a samverkansavtal divides its cost between the municipalities (fördelningsnyckel). */
export type CostKeyKind =
  /** Grundavgift plus folkmängd: a base part split equally, the rest by population. */
  | 'BASE_PLUS_POPULATION'
  /** Lika delar: equal parts. */
  | 'EQUAL'
  /** Fasta andelar: agreed shares adding up to exactly 100 %. */
  | 'FIXED_SHARES'
  /** Efter folkmängd: by population of a named year (the policy's default). */
  | 'POPULATION';

/** One municipality's fixed share, for the FIXED_SHARES cost key. */
export type CostShareInput = {
  /** The municipality (a party of the agreement). */
  municipalityId: string | number;
  /** Its share in basis points (hundredths of a percent): 2 500 = 25 %. All shares add up to 10 000. */
  shareBasisPoints: number;
};

/** What falls due on a deadline. */
export type DeadlineKind =
  /** An agreement's decision deadline (beslutsdatum): decide between renewing and procuring anew. */
  | 'DECISION'
  /** An agreement's notice deadline (sista dag för uppsägning, or for calling an extension). */
  | 'NOTICE'
  /** A role assignment ends (systemägare, systemansvarig … lämnar). */
  | 'ROLE_END'
  /** An agreement's current term ends (avtalet löper ut eller förlängs). */
  | 'TERM_END';

/** A cost entered on an accepted decision. */
export type DecisionCostInput = {
  /** Öre, 0 or more. */
  amountOre: number;
  /** Which cost. */
  kind: DecisionCostKind;
  /** What it covers (underlag), up to 500 characters. At most 500 characters. */
  note?: string | null | undefined;
};

/** A cost entered on an accepted decision (omställningskostnader och investeringar). */
export type DecisionCostKind =
  /** Årskostnad efter: the combined annual cost after the change. */
  | 'ANNUAL_AFTER'
  /** Avvecklingskostnad: exit fees or the remaining term of agreements that end (one-off). */
  | 'EXIT'
  /** Investering: new licences, installation (one-off). */
  | 'INVESTMENT'
  /** Parallelldrift: old and new side by side during the window (one-off). */
  | 'PARALLEL_RUNNING'
  /** Omställningskostnad: the work of the change (one-off). */
  | 'TRANSITION';

/** Replaces the costs entered on an accepted decision; a kind left out is estimated by the plan. */
export type DecisionCostsSetInput = {
  /** One per kind at most. At most 10 items. */
  costs: Array<DecisionCostInput>;
  /** The decision (RecommendationDecision). */
  decisionId: string | number;
};

/** The effects expected of an accepted decision (förväntade effekter), once per decision; every value optional. */
export type DecisionEffectsRecordInput = {
  /** The decision (RecommendationDecision.id); ACCEPTED only. */
  decisionId: string | number;
  /** Expected highest competence-risk score (0–100). */
  expectedCompetenceRiskScore?: number | null | undefined;
  /** Expected annual cost per inhabitant for the subject's systems, in öre (0–10 000 000). */
  expectedCostPerInhabitantOre?: number | null | undefined;
  /** Expected level (ordinal, 0–100). */
  expectedLevel?: number | null | undefined;
  /** Expected number of products in the area (0–1 000). */
  expectedProductCount?: number | null | undefined;
  /** Free text, e.g. the business case. At most 5000 characters. */
  note?: string | null | undefined;
};

/** Approves or refuses a requested exception from a change freeze. */
export type FreezeExceptionDecideInput = {
  /** The exception (FreezeException.id). */
  id: string | number;
  /** Why (motivering); required. At most 5000 characters. */
  reason: string;
  /** APPROVED or REFUSED. */
  status: FreezeExceptionStatus;
};

/** Why a change may happen inside a change freeze (undantag från förändringsstopp), as the guideline allows. */
export type FreezeExceptionKind =
  /** Akut ändring: an emergency change, after approval. */
  | 'EMERGENCY'
  /** Undantag efter riskbedömning: with the risk assessment and a rollback plan (återställningsplan). */
  | 'RISK_ASSESSED'
  /** Standardändring: a documented low-risk standard change. */
  | 'STANDARD';

/** A request for a change inside a change freeze (undantag från förändringsstopp). */
export type FreezeExceptionRequestInput = {
  /** What is to be changed, and why now; required. At most 5000 characters. */
  description: string;
  /** The freeze (ChangeFreeze.id). Editors: their own municipality's. */
  freezeId: string | number;
  /** First day of the change; today or later, inside one of the freeze's periods. */
  fromDate: string;
  /** STANDARD, EMERGENCY or RISK_ASSESSED. */
  kind: FreezeExceptionKind;
  /** RISK_ASSESSED (required there): the risk assessment. At most 5000 characters. */
  riskAssessment?: string | null | undefined;
  /** RISK_ASSESSED (required there): the rollback plan (återställningsplan). At most 5000 characters. */
  rollbackPlan?: string | null | undefined;
  /** Last day of the change; inside the same period. */
  toDate: string;
};

/** Where a request for an exception from a change freeze stands. */
export type FreezeExceptionStatus =
  /** Godkänt: the period is open for changes; transition windows may use it from the day of approval. */
  | 'APPROVED'
  /** Avslaget. */
  | 'REFUSED'
  /** Begärt: waiting for a decision; windows still avoid the freeze. */
  | 'REQUESTED';

/** How a change freeze (förändringsstopp) recurs. */
export type FreezeKind =
  /** Once, from `fromDate` to `toDate`: a period announced ahead (normally at least 6 weeks). */
  | 'DATES'
  /** Every year, from `fromMonthDay` to `toMonthDay` (MM-DD); a start after the end spans New Year (15 Dec–15 Jan). */
  | 'DAY_MONTH'
  /** Every year, ISO weeks `fromWeek`–`toWeek` (Monday to Sunday); a first week after the last spans New Year; week 53 only in years that have one. */
  | 'ISO_WEEKS';

/** A new governance document (styrdokument). */
export type GovernanceDocumentCreateInput = {
  /** When it was adopted; not after today. */
  adoptedOn: string;
  /** The collaboration body that adopted it, e.g. DKF. */
  collaborationBodyId?: string | number | null | undefined;
  /** Not needed: registering something that already existed (efterregistrering) is not a correction. A reason given is recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Decision reference. At most 100 characters. */
  decisionReference?: string | null | undefined;
  /** Link to the document (http or https). At most 500 characters. */
  documentUrl?: string | null | undefined;
  /** From which day the document is on record; default its adoption day, not after today. A day before today is a late registration (efterregistrering): it needs no correctionReason. A review given is on record from its own day. */
  effectiveFrom?: string | null | undefined;
  /** Kind of document as today's enum; or give kindCode. One of the two is required. */
  kind?: GovernanceDocumentKind | null | undefined;
  /** Kind of document as a code of the GOVERNANCE_DOCUMENT_KIND vocabulary (vocabularyTerms), e.g. STRATEGY or one an admin added; instead of kind. */
  kindCode?: string | null | undefined;
  /** When it was last reviewed; not before adoption, not after today. */
  lastReviewedOn?: string | null | undefined;
  /** The municipality it belongs to; null for a document of a collaboration body or of all (admin only). */
  municipalityId?: string | number | null | undefined;
  /** Months between reviews, within the kind's range (its vocabulary term's reviewMinMonths–reviewMaxMonths; default reviewDefaultMonths): IT_POLICY 12–60 (default 60), IT_INSTRUCTIONS 36–60 (default 36), OTHER 1–120 (default 36). */
  reviewIntervalMonths?: number | null | undefined;
  /** Title. At most 200 characters. */
  title: string;
};

/** Kind of governance document (styrdokument). */
export type GovernanceDocumentKind =
  /** IT-instruktioner (a municipality's IT instructions): reviewed every 3–5 years. */
  | 'IT_INSTRUCTIONS'
  /** IT-policy (e.g. IT-policy med strategier Dalsland 2008): reviewed at least every 5 years. */
  | 'IT_POLICY'
  /** Another governance document; also shown for a kind added to the GOVERNANCE_DOCUMENT_KIND vocabulary since (strategi, riktlinjer …: read kindCode). */
  | 'OTHER';

/** Changes to a governance document, e.g. a new review date; omitted fields stay as they are, null clears optional ones. */
export type GovernanceDocumentUpdateInput = {
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Decision reference. At most 100 characters. */
  decisionReference?: string | null | undefined;
  /** Link to the document. At most 500 characters. */
  documentUrl?: string | null | undefined;
  /** The document. */
  id: string | number;
  /** When it was last reviewed (revision); not before adoption, not after today. */
  lastReviewedOn?: string | null | undefined;
  /** When it was retired or replaced (upphävd). */
  retiredOn?: string | null | undefined;
  /** Months between reviews, within the kind's range. */
  reviewIntervalMonths?: number | null | undefined;
  /** Title. At most 200 characters. */
  title?: string | null | undefined;
};

/** Which implementation plan to issue. */
export type ImplementationPlanIssueInput = {
  /** The collaboration body. */
  body: string | number;
  /** The period's first day. */
  from: string;
  /** The period's last day. */
  to: string;
};

/** What importing a row does (or did). */
export type ImportAction =
  /** Records a new application usage (ny). */
  | 'CREATE'
  /** The row matches what is recorded (oförändrad). */
  | 'UNCHANGED'
  /** Changes a recorded usage (ändras). */
  | 'UPDATE';

/** How a row was matched to the application catalogue. */
export type ImportMatch =
  /** By the municipality's own key (extern nyckel) of a recorded usage. */
  | 'EXTERNAL_KEY'
  /** By product and vendor name, case- and accent-insensitively. */
  | 'NAME_AND_VENDOR'
  /** No catalogue entry matches: the import adds one. */
  | 'NEW_APPLICATION';

/** A new IT unit (IT-enhet). */
export type ItUnitCreateInput = {
  /** What it serves. */
  kind: ItUnitKind;
  /** The municipality it belongs to. */
  municipalityId: string | number;
  /** Name. At most 150 characters. */
  name: string;
};

/** What an IT unit (IT-enhet) serves. */
export type ItUnitKind =
  /** IT for the municipal administration (administrativ IT-enhet). */
  | 'ADMINISTRATION'
  /** A joint IT unit serving several municipalities (gemensam IT-enhet). */
  | 'JOINT'
  /** IT for schools (skol-IT). */
  | 'SCHOOL';

/** Changes to an IT unit; omitted fields stay as they are. */
export type ItUnitUpdateInput = {
  /** The IT unit. */
  id: string | number;
  /** New kind. */
  kind?: ItUnitKind | null | undefined;
  /** New name. At most 150 characters. */
  name?: string | null | undefined;
};

/** Where a municipality's use of an application stands (livscykelfas). */
export type LifecyclePhase =
  /** I drift: in everyday use. */
  | 'ACTIVE'
  /** Införande: being introduced. */
  | 'PHASE_IN'
  /** Avveckling: being phased out. */
  | 'PHASE_OUT'
  /** Planerad: decided or under procurement, not yet in use. */
  | 'PLAN'
  /** Avvecklad: no longer in use. */
  | 'RETIRED';

/** How often a competence network meets (mötesfrekvens). */
export type MeetingCadence =
  /** Vid behov. */
  | 'AS_NEEDED'
  /** Varje månad. */
  | 'MONTHLY'
  /** Varje kvartal. */
  | 'QUARTERLY'
  /** Två gånger per år. */
  | 'TWICE_A_YEAR'
  /** Varje vecka. */
  | 'WEEKLY'
  /** En gång per år. */
  | 'YEARLY';

/** Ends a membership. */
export type MembershipEndInput = {
  /** The membership. */
  id: string | number;
  /** Free text, e.g. the decision. At most 2000 characters. */
  note?: string | null | undefined;
  /** Last day of membership. */
  toDate: string;
};

/** Starts a municipality's membership of a collaboration body. */
export type MembershipStartInput = {
  /** The collaboration body. */
  collaborationBodyId: string | number;
  /** First day of membership. */
  fromDate: string;
  /** The municipality. */
  municipalityId: string | number;
  /** Free text, e.g. the decision. At most 2000 characters. */
  note?: string | null | undefined;
};

/** A new code for a municipality that SCB renumbered (ny kommunkod); the old code becomes a former code, valid until the day before. */
export type MunicipalityCodeChangeInput = {
  /** The new four-digit code. */
  code: string;
  /** The municipality. */
  id: string | number;
  /** First day the new code is valid (not after today). */
  validFrom: string;
};

/** A new municipality. A code of the reference list of Sweden's 290 municipalities (referenslistan) is enough: its name, county and population (31 December 2025) come from the list unless given. */
export type MunicipalityCreateInput = {
  /** Official four-digit code (kommunkod). */
  code: string;
  /** County (län) by name; default the reference list's. At most 100 characters. */
  county?: string | null | undefined;
  /** Name; default the reference list's. Required for a code the list does not have. At most 100 characters. */
  name?: string | null | undefined;
  /** Population figures to record; without any, the reference list's figure for 2025. At most 500 items. */
  populations?: Array<PopulationInput> | null | undefined;
};

/** Records (or corrects) a municipality's population for a year. */
export type MunicipalityPopulationSetInput = {
  /** The municipality. */
  municipalityId: string | number;
  /** Number of inhabitants. */
  population: number;
  /** The year (31 December). */
  year: number;
};

/** A population file exported from SCB's statistics database, table BE0101 (folkmängd per kommun och år), as CSV. */
export type MunicipalityPopulationsImportInput = {
  /** false (default): a dry run that changes nothing; true: apply, all or nothing. */
  apply?: boolean;
  /** The file's text: SCB's CSV, comma- or semicolon-separated, with or without its title lines. */
  content: string;
  /** The file's name, recorded in the audit log. Cut after 200 characters. */
  fileName: string;
};

/** Changes to a municipality; omitted fields stay as they are. */
export type MunicipalityUpdateInput = {
  /** New county (län); null clears it. At most 100 characters. */
  county?: string | null | undefined;
  /** The municipality. */
  id: string | number;
  /** New name. At most 100 characters. */
  name?: string | null | undefined;
};

/** Records the option chosen for a need (behovsanmälan), among the options of its answer today. */
export type NeedChooseInput = {
  /** The need (NeedRegistration.id). */
  needId: string | number;
  /** The chosen option's key (NeedOption.key, as answered today). */
  optionKey: string;
  /** Why (motivering); required. At most 2000 characters. */
  reason: string;
};

/** An option for a need (behovsanmälan). */
export type NeedOptionKind =
  /** Gå ensam: procure alone. */
  | 'GO_ALONE'
  /** Gå med i en befintlig samverkan: join a collaboration on a product in the area. */
  | 'JOIN_COLLABORATION'
  /** Upphandla tillsammans: with the members whose agreements in the area are up for decision near the need, or whose system is being phased out. */
  | 'PROCURE_TOGETHER';

/** A need registration (behovsanmälan): what a municipality needs, in which business area, by when and within which budget frame. */
export type NeedRegisterInput = {
  /** The budget frame (budgetram) for the municipality's annual cost, in öre (whole kronor). */
  budgetFrameOre?: number | null | undefined;
  /** The business area (verksamhetsområde) as today's enum, e.g. BUILDING_PERMITS for bygglov; or give categoryCode. One of the two is required. */
  category?: ApplicationCategory | null | undefined;
  /** The business area as a code of the APPLICATION_CATEGORY vocabulary (vocabularyTerms), e.g. one an admin added; instead of category. */
  categoryCode?: string | null | undefined;
  /** Short description (kort beskrivning); required, at most 2 000 characters. At most 2000 characters. */
  description: string;
  /** The municipality with the need (its ID). Editors: their own. */
  municipalityId: string | number;
  /** When the need must be met (behövs senast); today or later. */
  neededBy: string;
};

/** What a competence network did (aktivitetstyp). */
export type NetworkActivityKind =
  /** Nätverksträff: a meeting of the network. */
  | 'MEETING'
  /** Stödärende: support, advice or help given between municipalities. */
  | 'SUPPORT_CASE'
  /** Utbildning: training given within the network. */
  | 'TRAINING';

/** A notice period (uppsägningstid). */
export type NoticePeriodInput = {
  /** How many days or months; 0 means notice can be given up to the last day. */
  amount: number;
  /** Days or months. */
  unit: PeriodUnit;
};

/** Sort direction of an `orderBy`; ties are always broken by creation order. */
export type OrderDirection =
  /** Ascending (A–Ö, earliest, lowest first). */
  | 'ASC'
  /** Descending (Ö–A, latest, highest first). */
  | 'DESC';

/** Unit of a notice period. */
export type PeriodUnit =
  /** Calendar days (dagar). */
  | 'DAYS'
  /** Calendar months (månader). */
  | 'MONTHS';

/** A new person. */
export type PersonCreateInput = {
  /** E-mail address. At most 200 characters. */
  email?: string | null | undefined;
  /** The IT unit the person works in, if any. */
  itUnitId?: string | number | null | undefined;
  /** The municipality the person works for. */
  municipalityId: string | number;
  /** Full name. At most 150 characters. */
  name: string;
  /** Phone number. At most 50 characters. */
  phone?: string | null | undefined;
  /** Job title (befattning). At most 150 characters. */
  title?: string | null | undefined;
};

/** Records or clears a person's planned leave (planerad avgång, e.g. retirement). */
export type PersonPlannedLeaveSetInput = {
  /** The person. */
  personId: string | number;
  /** Year and month "YYYY-MM" (only these are kept); null clears it. */
  plannedLeave?: string | null | undefined;
};

/** Changes to a person; omitted fields stay as they are, null clears optional ones. */
export type PersonUpdateInput = {
  /** E-mail address. At most 200 characters. */
  email?: string | null | undefined;
  /** The person. */
  id: string | number;
  /** The IT unit (of the person's municipality). */
  itUnitId?: string | number | null | undefined;
  /** Full name. At most 150 characters. */
  name?: string | null | undefined;
  /** Phone number. At most 50 characters. */
  phone?: string | null | undefined;
  /** Job title. At most 150 characters. */
  title?: string | null | undefined;
};

/** A policy goal's status on a date. */
export type PolicyGoalStatus =
  /** Uppnått: reached on or before the date. */
  | 'ACHIEVED'
  /** Pågår: not reached, deadline not passed. */
  | 'ONGOING'
  /** Försenat: not reached and the deadline has passed. */
  | 'OVERDUE';

/** What importing a population figure does (or did). */
export type PopulationImportAction =
  /** Replaces a different recorded figure (ändras). */
  | 'CHANGED'
  /** Records a figure for a year that has none (ny). */
  | 'NEW'
  /** The recorded figure is the same (oförändrad). */
  | 'UNCHANGED';

/** A population figure (folkmängd) for a year. */
export type PopulationInput = {
  /** Number of inhabitants. */
  population: number;
  /** The year (31 December) the figure refers to. */
  year: number;
};

/** Records a decision on a collaboration candidate as it stands today. */
export type RecommendationDecideInput = {
  /** The candidate (CollaborationCandidate.id). */
  candidateId: string | number;
  /** DEFERRED only, and required then: hidden until this date (after today). */
  deferredUntil?: string | null | undefined;
  /** Why (motivering); required. At most 2000 characters. */
  reason: string;
  /** ACCEPTED, REJECTED or DEFERRED. */
  status: RecommendationDecisionStatus;
};

/** A decision on a collaboration candidate (beslut om samverkansförslag). */
export type RecommendationDecisionStatus =
  /** Godkänt: the collaboration is to be pursued. */
  | 'ACCEPTED'
  /** Uppskjutet: hidden until `deferredUntil`, or until its evidence changes. */
  | 'DEFERRED'
  /** Avvisat: hidden until its evidence changes (a new agreement deadline, a changed fit, a new participant). */
  | 'REJECTED';

/** The IT policy's four triggers: when collaboration should be considered (när ska samverkan övervägas). */
export type RecommendationTrigger =
  /** Avtal på väg ut: an agreement's decision deadline lies within the horizon, or has passed while the agreement still runs. */
  | 'AGREEMENT_EXPIRING'
  /** Svårigheter att upprätthålla kompetens: a competence-risk score at or above the threshold. */
  | 'COMPETENCE_RISK'
  /** Nuvarande applikation fungerar dåligt: functional or technical fit at or below the threshold, or being phased out. */
  | 'POOR_APPLICATION'
  /** Flera kommuner använder redan samma applikation: outside a collaboration, or inside one below the joint level. */
  | 'SAME_APPLICATION';

/** How an agreement renews (förlängning). */
export type RenewalKind =
  /** Option: renews only when an extension is called (agreementExtend) by the notice deadline, at most `maxExtensions` times. */
  | 'EXPRESS'
  /** Ingen förlängning: ends on its end date. */
  | 'NONE'
  /** Automatisk förlängning: renews by itself for `renewalTermMonths` unless notice is given by the notice deadline, at most `maxExtensions` times. */
  | 'TACIT';

/** An API token's role. */
export type Role =
  /** IT-chefsgruppen or the collaboration body's office (kommunalförbundet): changes everything, manages tokens, reads the audit log. */
  | 'ADMIN'
  /** Changes its own municipality's data, and shared data where that municipality participates. */
  | 'EDITOR'
  /** Reads everything except personal contact details of other municipalities. */
  | 'READER';

/** Gives a person a role on exactly one target: an application usage, a collaboration or an IT unit. */
export type RoleAssignInput = {
  /** Target: a municipality's use of an application (system roles). */
  applicationUsageId?: string | number | null | undefined;
  /** Target: a collaboration (system roles of the shared system, IT-chefsgruppen). */
  collaborationId?: string | number | null | undefined;
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** First day in the role; default today. */
  fromDate?: string | null | undefined;
  /** Target: an IT unit (IT-chef, IT-chefsgruppen). */
  itUnitId?: string | number | null | undefined;
  /** The role as today's enum (not OTHER); or give kindCode. One of the two is required. */
  kind?: RoleKind | null | undefined;
  /** The role as a code of the ROLE_KIND vocabulary (vocabularyTerms), e.g. one an admin added; instead of kind. */
  kindCode?: string | null | undefined;
  /** Free text, e.g. the decision. At most 5000 characters. */
  note?: string | null | undefined;
  /** The person. */
  personId: string | number;
  /** Last day, when already known. */
  toDate?: string | null | undefined;
};

/** Ends a role assignment on a date; the assignment is kept as history. */
export type RoleEndInput = {
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** The role assignment. */
  id: string | number;
  /** Last day in the role; default today. Not before its first day. */
  toDate?: string | null | undefined;
};

/** A role in the management of systems and IT (roll), as the IT-policy and other municipalities' practice name them. */
export type RoleKind =
  /** IT-chef: heads an IT unit. */
  | 'IT_CHEF'
  /** Member of IT-chefsgruppen: on an IT unit, its representative in the group; on a collaboration, the member responsible for that shared system. */
  | 'IT_CHEFSGRUPPEN'
  /** Output only: a role kind an admin added to the ROLE_KIND vocabulary since this enum was made (förvaltningschef, informationssäkerhetsansvarig …); read kindCode. Not accepted as input. */
  | 'OTHER'
  /** Systemadministratör: administers the system (users, configuration). */
  | 'SYSTEMADMINISTRATOR'
  /** Systemägare: owns the system from the decision to introduce it to its decommissioning; budgets, signs the driftavtal and vendor agreements, appoints the systemansvarig. */
  | 'SYSTEMAGARE'
  /** Systemansvarig: knows and uses the system daily, administers rights, trains users, collects change requests, keeps routine documentation. */
  | 'SYSTEMANSVARIG'
  /** Systemförvaltare: manages the system's förvaltning (maintenance and development) for the systemägare. */
  | 'SYSTEMFORVALTARE'
  /** Systemtekniker: the technical side of running the system (servers, integrations, upgrades). */
  | 'SYSTEMTEKNIKER';

/** How to sort status board rows. */
export type SharedSystemStatusOrder = {
  /** The direction. */
  direction?: OrderDirection;
  /** The value to sort by. */
  field?: SharedSystemStatusOrderField;
};

/** What the status board can be sorted by. */
export type SharedSystemStatusOrderField =
  /** The level (samverkansnivå) on asOf, by ordinal; rows without a level first. */
  | 'LEVEL'
  /** The collaboration's name. */
  | 'NAME'
  /** The next deadline's date; rows without one last. */
  | 'NEXT_DEADLINE';

/** A spreadsheet file format (kalkylblad). */
export type SpreadsheetFormat =
  /** CSV, UTF-8, comma- or semicolon-separated. */
  | 'CSV'
  /** Excel .xlsx (Office Open XML); sent base64-encoded. */
  | 'XLSX';

/** Adds a training activity (held or planned) to a training plan. */
export type TrainingActivityAddInput = {
  /** Audience (målgrupp). At most 200 characters. */
  audience?: string | null | undefined;
  /** Total cost in öre (1 SEK = 100 öre). */
  costOre?: number | null | undefined;
  /** When it is or was held; from 2000 until five years ahead. */
  heldOn: string;
  /** The municipalities taking part. Plans for a usage: only its municipality (the default); for a collaboration: its participants; the IT-staff plan: any. At most 500 items. */
  municipalities?: Array<TrainingActivityMunicipalityInput> | null | undefined;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** Named participants; each of a municipality taking part. At most 500 items. */
  participantIds?: Array<string | number> | null | undefined;
  /** The training plan. */
  planId: string | number;
  /** Title. At most 200 characters. */
  title: string;
};

/** A municipality taking part in a training activity. */
export type TrainingActivityMunicipalityInput = {
  /** The municipality. */
  municipalityId: string | number;
  /** How many of its people take part; default the number of named participants from it. At least that number. */
  participantCount?: number | null | undefined;
};

/** Removes a training activity from its plan. */
export type TrainingActivityRemoveInput = {
  /** The activity. */
  id: string | number;
};

/** Changes a training activity; omitted fields stay as they are. Given lists replace the current ones. */
export type TrainingActivityUpdateInput = {
  /** Audience (målgrupp). At most 200 characters. */
  audience?: string | null | undefined;
  /** Total cost in öre (1 SEK = 100 öre). */
  costOre?: number | null | undefined;
  /** When it is or was held. */
  heldOn?: string | null | undefined;
  /** The activity. */
  id: string | number;
  /** The municipalities taking part. Plans for a usage: only its municipality (the default); for a collaboration: its participants; the IT-staff plan: any. At most 500 items. */
  municipalities?: Array<TrainingActivityMunicipalityInput> | null | undefined;
  /** Free text. At most 5000 characters. */
  note?: string | null | undefined;
  /** Named participants; each of a municipality taking part. At most 500 items. */
  participantIds?: Array<string | number> | null | undefined;
  /** Title. At most 200 characters. */
  title?: string | null | undefined;
};

/** Where the key of a training activity's cost split comes from. */
export type TrainingCostBasis =
  /** The cost key of the samverkansavtal covering the plan's collaboration. */
  | 'AGREEMENT'
  /** No agreed key applies: by population, the policy's default for joint costs. */
  | 'POPULATION_DEFAULT';

/** A new training plan (utbildningsplan). Name exactly one target: an application usage, a collaboration, or the joint plan for IT staff. */
export type TrainingPlanCreateInput = {
  /** Target: one municipality's application usage (the system owner's plan for its users). */
  applicationUsageId?: string | number | null | undefined;
  /** Target: a collaboration (the plan for a shared system's users). */
  collaborationId?: string | number | null | undefined;
  /** Not needed: registering something that already existed (efterregistrering) is not a correction. A reason given is recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** From which day the plan exists (antagen); default today, not after today. A day before today is a late registration (efterregistrering): it needs no correctionReason. */
  effectiveFrom?: string | null | undefined;
  /** Target: true for the joint training plan for IT staff. */
  itStaff?: boolean | null | undefined;
  /** Name, e.g. Utbildningsplan ekonomisystemet. At most 200 characters. */
  name: string;
  /** The owner, usually the system owner (systemägare); of the usage's or a participating municipality. */
  ownerId?: string | number | null | undefined;
  /** When adopted or last reviewed; default today, not after today. */
  reviewedOn?: string | null | undefined;
  /** Target groups (målgrupper), e.g. nya användare, attestanter; each at most 100 characters. At most 500 items. */
  targetGroups?: Array<string> | null | undefined;
};

/** What a training plan (utbildningsplan) is for. */
export type TrainingPlanTarget =
  /** The system owner's plan for the users of one municipality's application. */
  | 'APPLICATION_USAGE'
  /** The plan for the users of a shared system, for every participating municipality. */
  | 'COLLABORATION'
  /** The joint training plan for the municipalities' IT staff (gemensam utbildningsplan för IT-personalen). */
  | 'IT_STAFF';

/** Changes to a training plan; its target cannot change. Omitted fields stay as they are, null clears optional ones. */
export type TrainingPlanUpdateInput = {
  /** Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log. At most 2000 characters. */
  correctionReason?: string | null | undefined;
  /** Free text. At most 5000 characters. */
  description?: string | null | undefined;
  /** The plan. */
  id: string | number;
  /** Name. At most 200 characters. */
  name?: string | null | undefined;
  /** The owner. */
  ownerId?: string | number | null | undefined;
  /** Date of the latest review; not after today nor before the previous one. */
  reviewedOn?: string | null | undefined;
  /** Target groups (replaces the current list); each at most 100 characters. At most 500 items. */
  targetGroups?: Array<string> | null | undefined;
};

/** Changes trigger settings; fields left out keep their value. Every value is a whole number within its documented range. */
export type TriggerSettingsUpdateInput = {
  /** 1–120. */
  agreementHorizonMonths?: number | null | undefined;
  /** 0–120, at most agreementHorizonMonths. */
  agreementUrgentMonths?: number | null | undefined;
  /** 0–120. */
  competenceHorizonMonths?: number | null | undefined;
  /** 0–100. */
  competenceRiskMinScore?: number | null | undefined;
  /** 0–100. */
  jointLevel?: number | null | undefined;
  /** 1–4. */
  poorFitThreshold?: number | null | undefined;
  /** 2–100. */
  sameApplicationMinMunicipalities?: number | null | undefined;
  /** 1–365. */
  transitionWindowDays?: number | null | undefined;
  /** 0–100. */
  weightAgreementExpiring?: number | null | undefined;
  /** 0–100. */
  weightCompetenceRisk?: number | null | undefined;
  /** 0–100. */
  weightPoorApplication?: number | null | undefined;
  /** 0–100. */
  weightSameApplication?: number | null | undefined;
};

/** Machine-readable reason a mutation refused its input. */
export type UserErrorCode =
  /** The change contradicts the object's current state. */
  | 'CONFLICT'
  /** The change is dated before today and would alter answers for past dates: a correction (rättelse), which needs `correctionReason`. */
  | 'CORRECTION_REASON_REQUIRED'
  /** The date lies before the previous change of the same thing. */
  | 'DATE_BEFORE_PREVIOUS'
  /** The date lies after the date the change is made. */
  | 'DATE_IN_FUTURE'
  /** An end date lies before its start date. */
  | 'DATE_ORDER'
  /** An object with the same identifying values exists already. */
  | 'DUPLICATE'
  /** The value is malformed. */
  | 'INVALID'
  /** A referenced object does not exist. */
  | 'NOT_FOUND'
  /** The number or date is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** The text is longer than allowed. */
  | 'TOO_LONG'
  /** The change would leave the object as it is. */
  | 'UNCHANGED';

/** A vocabulary kept as data (vokabulär), edited by admins like the level scale. */
export type Vocabulary =
  /** Application categories (verksamhetsområden): ekonomi, bygglov, e-post, befolkningsregister …; Application.categoryCode. */
  | 'APPLICATION_CATEGORY'
  /** Kinds of governance document (styrdokumenttyper): IT-policy, strategi, riktlinjer …; GovernanceDocument.kindCode. */
  | 'GOVERNANCE_DOCUMENT_KIND'
  /** Role kinds (rolltyper): systemägare, systemförvaltare, informationssäkerhetsansvarig …; RoleAssignment.kindCode. */
  | 'ROLE_KIND';

/** A new term of a vocabulary (admins). */
export type VocabularyTermCreateInput = {
  /** Stable code: A–Z, 0–9 and _, 2–20 characters, beginning with a letter; never changes. */
  code: string;
  /** What it means. At most 2000 characters. */
  description?: string | null | undefined;
  /** Swedish name. At most 100 characters. */
  name: string;
  /** GOVERNANCE_DOCUMENT_KIND: review interval a new document gets, within the range; default 36. */
  reviewDefaultMonths?: number | null | undefined;
  /** GOVERNANCE_DOCUMENT_KIND: longest review interval in months (1–240); default 120. */
  reviewMaxMonths?: number | null | undefined;
  /** GOVERNANCE_DOCUMENT_KIND: shortest review interval in months (1–240); default 1. */
  reviewMinMonths?: number | null | undefined;
  /** ROLE_KIND (required there): what it may be held on: applicationUsage, collaboration, itUnit. At most 3 items. */
  roleTargets?: Array<string> | null | undefined;
  /** ROLE_KIND: only one holder per target at a time; default false. */
  singleHolder?: boolean | null | undefined;
  /** Order in lists; default after the last. */
  sortOrder?: number | null | undefined;
  /** The vocabulary. */
  vocabulary: Vocabulary;
};

/** Changes a term; its code never changes. Fields left out keep their value. */
export type VocabularyTermUpdateInput = {
  /** What it means. At most 2000 characters. */
  description?: string | null | undefined;
  /** The term. */
  id: string | number;
  /** Swedish name. At most 100 characters. */
  name?: string | null | undefined;
  /** GOVERNANCE_DOCUMENT_KIND: review interval a new document gets. */
  reviewDefaultMonths?: number | null | undefined;
  /** GOVERNANCE_DOCUMENT_KIND: longest review interval in months. */
  reviewMaxMonths?: number | null | undefined;
  /** GOVERNANCE_DOCUMENT_KIND: shortest review interval in months; documents already recorded keep theirs. */
  reviewMinMonths?: number | null | undefined;
  /** ROLE_KIND: what it may be held on. At most 3 items. */
  roleTargets?: Array<string> | null | undefined;
  /** ROLE_KIND: only one holder per target at a time. */
  singleHolder?: boolean | null | undefined;
  /** Order in lists. */
  sortOrder?: number | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; no more retries. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or for a retry at `nextAttemptAt`. */
  | 'PENDING';

/** A new webhook endpoint. */
export type WebhookEndpointCreateInput = {
  /** What the endpoint is for. At most 200 characters. */
  description?: string | null | undefined;
  /** The events to deliver. At most 10 items. */
  eventTypes: Array<WebhookEventType>;
  /** For DEADLINE_APPROACHING: days before a deadline at which it fires; default [180, 90, 30]. At most 20 items. */
  thresholdDays?: Array<number> | null | undefined;
  /** Where deliveries are POSTed (http or https). At most 2000 characters. */
  url: string;
};

/** The webhook endpoint to disable. */
export type WebhookEndpointDisableInput = {
  /** The endpoint. */
  id: string | number;
};

/** An event a webhook endpoint can subscribe to (händelse). */
export type WebhookEventType =
  /** An agreement's decision deadline (beslutsdatum), notice deadline or term end came within one of the endpoint's thresholdDays; once per threshold and date, again when the date moves. */
  | 'DEADLINE_APPROACHING'
  /** A spreadsheet import (import av applikationslista) was applied. */
  | 'IMPORT_APPLIED'
  /** A shared system's collaboration level (samverkansnivå) was set. */
  | 'LEVEL_CHANGED'
  /** The option chosen for a need (behovsanmälan) was recorded: join a collaboration, procure together or go alone; names the other members of the body told. */
  | 'NEED_CHOICE_RECORDED'
  /** A municipality registered a need (behovsanmälan): the business area, when, the budget frame, and who already runs something there. */
  | 'NEED_REGISTERED'
  /** An implementation plan (införandeplan) was issued in a new version; the data holds each municipality's budget notice (budgetunderlag). */
  | 'PLAN_ISSUED'
  /** A collaboration candidate (samverkansförslag) was accepted, rejected or deferred. */
  | 'RECOMMENDATION_DECIDED';

/** What a what-if (konsekvensanalys) supposes. */
export type WhatIfChange =
  /** The municipality joins (ansluter). */
  | 'JOIN'
  /** The municipality leaves (lämnar, utträder). */
  | 'LEAVE';

/** Records a decision taken on a what-if, with its scenario. */
export type WhatIfDecisionRecordInput = {
  /** The decision's reference (diarienummer), up to 100 characters. At most 100 characters. */
  decisionReference?: string | null | undefined;
  /** Why (motivering); required. At most 2000 characters. */
  reason: string;
  /** The scenario; its answer is computed again and stored with the decision. */
  scenario: WhatIfInput;
};

/** A what-if: a municipality joins or leaves a collaboration body (its collaborations) or one collaboration, from a date. Give `body` or `collaboration`. */
export type WhatIfInput = {
  /** The collaboration body. */
  body?: string | number | null | undefined;
  /** JOIN or LEAVE. */
  change: WhatIfChange;
  /** The collaboration. */
  collaboration?: string | number | null | undefined;
  /** From this day. */
  from: string;
  /** The municipality (global ID or four-digit code). */
  municipality: string | number;
};

export type AgreementsQueryVariables = Exact<{
  municipality?: string | number | null | undefined;
  application?: string | number | null | undefined;
  collaboration?: string | number | null | undefined;
  asOf?: string | null | undefined;
  expiringBefore?: string | null | undefined;
  status?: AgreementStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: AgreementOrder | null | undefined;
}>;


export type AgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string, kind: AgreementKind, vendorName: string | null, startDate: string, endDate: string, annualCostOre: number | null, municipalities: Array<{ id: string, code: string, name: string }>, schedule: { asOf: string, status: AgreementStatus, currentTermStart: string, currentTermEnd: string, decisionDeadline: string, noticeDeadline: string, daysLeft: number, renewsAutomatically: boolean } }> } };

export type AnnualReportQueryVariables = Exact<{
  year: number;
  body?: string | number | null | undefined;
}>;


export type AnnualReportQuery = { annualReport: { year: number, start: string, end: string, body: { name: string, shortName: string | null } | null, levels: Array<{ ordinal: number, name: string }>, summary: { perLevel: Array<{ systemsStart: number, systemsEnd: number, municipalitiesEnd: number, level: { ordinal: number, name: string } }>, changes: Array<{ system: string, changedOn: string, reason: string | null, decisionReference: string | null, from: { ordinal: number, name: string } | null, to: { ordinal: number, name: string } }>, systems: Array<{ name: string, application: string, host: string, participantsStart: number, participantsEnd: number, levelStart: { ordinal: number, name: string } | null, levelEnd: { ordinal: number, name: string } | null }> }, cost: { totalOre: number }, recommendations: Array<{ date: string, subject: string, trigger: string, decision: string | null, explanation: string }> } };

export type AgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type AgreementCreateMutation = { agreementCreate: { agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementExtendMutationVariables = Exact<{
  input: AgreementExtendInput;
}>;


export type AgreementExtendMutation = { agreementExtend: { agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementGiveNoticeMutationVariables = Exact<{
  input: AgreementGiveNoticeInput;
}>;


export type AgreementGiveNoticeMutation = { agreementGiveNotice: { agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementTerminateMutationVariables = Exact<{
  input: AgreementTerminateInput;
}>;


export type AgreementTerminateMutation = { agreementTerminate: { agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AgreementUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type AgreementUpdateMutation = { agreementUpdate: { agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AnnualReportIssueMutationVariables = Exact<{
  input: AnnualReportIssueInput;
}>;


export type AnnualReportIssueMutation = { annualReportIssue: { issue: { issuedBy: string, issuedOn: string, path: string, sha256: string, year: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApplicationCreateMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type ApplicationCreateMutation = { applicationCreate: { application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, usages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApplicationUpdateMutationVariables = Exact<{
  input: ApplicationUpdateInput;
}>;


export type ApplicationUpdateMutation = { applicationUpdate: { application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, usages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApplicationUsageCreateMutationVariables = Exact<{
  input: ApplicationUsageCreateInput;
}>;


export type ApplicationUsageCreateMutation = { applicationUsageCreate: { applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApplicationsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  category?: ApplicationCategory | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
  scope?: ApplicationScope | null | undefined;
  search?: string | null | undefined;
}>;


export type ApplicationsQuery = { applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, usages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }> }> } };

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  objectId?: string | number | null | undefined;
  operation?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ actorName: string, at: string, correctionReason: string | null, operation: string, changes: Array<{ kind: string, objectId: string, objectType: string }> }> } };

export type BudgetCalendarSetMutationVariables = Exact<{
  input: BudgetCalendarSetInput;
}>;


export type BudgetCalendarSetMutation = { budgetCalendarSet: { municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CalendarFeedCreateMutationVariables = Exact<{
  input: CalendarFeedCreateInput;
}>;


export type CalendarFeedCreateMutation = { calendarFeedCreate: { token: string | null, url: string | null, calendarFeed: { createdAt: string, createdBy: string, id: string, name: string, revokedAt: string | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CalendarFeedRevokeMutationVariables = Exact<{
  input: CalendarFeedRevokeInput;
}>;


export type CalendarFeedRevokeMutation = { calendarFeedRevoke: { calendarFeed: { createdAt: string, createdBy: string, id: string, name: string, revokedAt: string | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CalendarFeedsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  includeRevoked?: boolean | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
}>;


export type CalendarFeedsQuery = { calendarFeeds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ createdAt: string, createdBy: string, id: string, name: string, revokedAt: string | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null }> } };

export type ChangeFreezeCreateMutationVariables = Exact<{
  input: ChangeFreezeCreateInput;
}>;


export type ChangeFreezeCreateMutation = { changeFreezeCreate: { changeFreeze: { announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null, exceptions: Array<{ decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string }>, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, periods: Array<{ from: string, to: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ChangeFreezeDeleteMutationVariables = Exact<{
  input: ChangeFreezeDeleteInput;
}>;


export type ChangeFreezeDeleteMutation = { changeFreezeDelete: { changeFreeze: { announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null, exceptions: Array<{ decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string }>, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, periods: Array<{ from: string, to: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ChangeFreezeUpdateMutationVariables = Exact<{
  input: ChangeFreezeUpdateInput;
}>;


export type ChangeFreezeUpdateMutation = { changeFreezeUpdate: { changeFreeze: { announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null, exceptions: Array<{ decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string }>, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, periods: Array<{ from: string, to: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ChangeFreezesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  category?: ApplicationCategory | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
}>;


export type ChangeFreezesQuery = { changeFreezes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null, exceptions: Array<{ decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string }>, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, periods: Array<{ from: string, to: string }> }> } };

export type CollaborationBodiesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type CollaborationBodiesQuery = { collaborationBodies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ description: string | null, id: string, name: string, shortName: string | null, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }> }> } };

export type CollaborationBodyCreateMutationVariables = Exact<{
  input: CollaborationBodyCreateInput;
}>;


export type CollaborationBodyCreateMutation = { collaborationBodyCreate: { collaborationBody: { description: string | null, id: string, name: string, shortName: string | null, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CollaborationCandidateQueryVariables = Exact<{
  asOf?: string | null | undefined;
  id: string | number;
}>;


export type CollaborationCandidateQuery = { collaborationCandidate: { asOf: string, category: ApplicationCategory, categoryCode: string, changesSinceDecision: Array<string>, combinedAnnualCostOre: number | null, drivingDeadline: string | null, explanation: Array<string>, hidden: boolean, id: string, key: string, kind: CollaborationCandidateKind, proposalReason: string | null, score: number, summary: string, targetLevelReason: string, viewerCanDecide: boolean, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, usages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }> }>, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null } | null, contributions: Array<{ explanation: string, points: number, trigger: RecommendationTrigger, weight: number, evidence: Array<{ detail: string, label: string, lastChangedOn: string | null, objectId: string, objectType: string, trigger: RecommendationTrigger }> }>, costSplit: Array<{ amountOre: number, population: number, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } }> | null, currentLevel: { description: string, id: string, name: string, ordinal: number } | null, decision: { candidateKey: string, decidedAt: string, decidedBy: string, decidedOn: string, deferredUntil: string | null, id: string, reason: string, status: RecommendationDecisionStatus, subjectName: string, summary: string, expectedEffects: { expectedCompetenceRiskScore: number | null, expectedCostPerInhabitantOre: number | null, expectedLevel: number | null, expectedProductCount: number | null, id: string, note: string | null, recordedBy: string, recordedOn: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null, participants: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }> } | null, decisionHistory: Array<{ candidateKey: string, decidedAt: string, decidedBy: string, decidedOn: string, deferredUntil: string | null, id: string, reason: string, status: RecommendationDecisionStatus, subjectName: string, summary: string, expectedEffects: { expectedCompetenceRiskScore: number | null, expectedCostPerInhabitantOre: number | null, expectedLevel: number | null, expectedProductCount: number | null, id: string, note: string | null, recordedBy: string, recordedOn: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null, participants: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }> }>, drivingAgreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } } | null, evidence: Array<{ detail: string, label: string, lastChangedOn: string | null, objectId: string, objectType: string, trigger: RecommendationTrigger, object:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'Application', id: string }
        | { __typename: 'ApplicationUsage', id: string }
        | { __typename: 'ChangeFreeze', id: string }
        | { __typename: 'Collaboration', id: string }
        | { __typename: 'CollaborationBody', id: string }
        | { __typename: 'CollaborationCandidate', id: string }
        | { __typename: 'CollaborationLevel', id: string }
        | { __typename: 'CollaborationParticipant', id: string }
        | { __typename: 'Competence', id: string }
        | { __typename: 'CompetenceNetwork', id: string }
        | { __typename: 'CompetenceNetworkActivity', id: string }
        | { __typename: 'CompetenceNetworkMember', id: string }
        | { __typename: 'DecisionEffect', id: string }
        | { __typename: 'FreezeException', id: string }
        | { __typename: 'GovernanceDocument', id: string }
        | { __typename: 'ItUnit', id: string }
        | { __typename: 'LevelChange', id: string }
        | { __typename: 'Membership', id: string }
        | { __typename: 'Municipality', id: string }
        | { __typename: 'NeedRegistration', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyGoal', id: string }
        | { __typename: 'RecommendationDecision', id: string }
        | { __typename: 'RoleAssignment', id: string }
        | { __typename: 'TrainingActivity', id: string }
        | { __typename: 'TrainingActivityMunicipality', id: string }
        | { __typename: 'TrainingPlan', id: string }
        | { __typename: 'TriggerSettings', id: string }
        | { __typename: 'VocabularyTerm', id: string }
       | null }>, joiningMunicipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> }>, participants: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> }>, proposedApplication: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, usages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }> }, targetLevel: { description: string, id: string, name: string, ordinal: number }, transitionWindow: { avoidedFreezes: Array<string>, decisionOn: string, earliestStart: string, end: string | null, lengthDays: number, procurementLeadTimeMonths: number, start: string | null } } | null };

export type CollaborationCreateMutationVariables = Exact<{
  input: CollaborationCreateInput;
}>;


export type CollaborationCreateMutation = { collaborationCreate: { collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CollaborationLevelUpdateMutationVariables = Exact<{
  input: CollaborationLevelUpdateInput;
}>;


export type CollaborationLevelUpdateMutation = { collaborationLevelUpdate: { collaborationLevel: { description: string, id: string, name: string, ordinal: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationLevelsQuery = { collaborationLevels: Array<{ description: string, id: string, name: string, ordinal: number }> };

export type CollaborationParticipantAddMutationVariables = Exact<{
  input: CollaborationParticipantAddInput;
}>;


export type CollaborationParticipantAddMutation = { collaborationParticipantAdd: { collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CollaborationParticipantRemoveMutationVariables = Exact<{
  input: CollaborationParticipantRemoveInput;
}>;


export type CollaborationParticipantRemoveMutation = { collaborationParticipantRemove: { collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CollaborationUpdateMutationVariables = Exact<{
  input: CollaborationUpdateInput;
}>;


export type CollaborationUpdateMutation = { collaborationUpdate: { collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CollaborationsQueryVariables = Exact<{
  after?: string | null | undefined;
  application?: string | number | null | undefined;
  before?: string | null | undefined;
  category?: ApplicationCategory | null | undefined;
  collaborationBody?: string | number | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  level?: number | null | undefined;
  minLevel?: number | null | undefined;
  participant?: string | number | null | undefined;
}>;


export type CollaborationsQuery = { collaborations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null }> } };

export type CompetenceNetworkActivityAddMutationVariables = Exact<{
  input: CompetenceNetworkActivityAddInput;
}>;


export type CompetenceNetworkActivityAddMutation = { competenceNetworkActivityAdd: { competenceNetworkActivity: { id: string, kind: NetworkActivityKind, note: string | null, occurredOn: string, title: string, network: { category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }, participants: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CompetenceNetworkCreateMutationVariables = Exact<{
  input: CompetenceNetworkCreateInput;
}>;


export type CompetenceNetworkCreateMutation = { competenceNetworkCreate: { competenceNetwork: { category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null, activities: Array<{ id: string, kind: NetworkActivityKind, note: string | null, occurredOn: string, title: string }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, coordinator: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }, members: Array<{ id: string, joinedOn: string, leftOn: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CompetenceNetworkMemberAddMutationVariables = Exact<{
  input: CompetenceNetworkMemberAddInput;
}>;


export type CompetenceNetworkMemberAddMutation = { competenceNetworkMemberAdd: { competenceNetwork: { category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null, activities: Array<{ id: string, kind: NetworkActivityKind, note: string | null, occurredOn: string, title: string }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, coordinator: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }, members: Array<{ id: string, joinedOn: string, leftOn: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CompetenceNetworkMemberRemoveMutationVariables = Exact<{
  input: CompetenceNetworkMemberRemoveInput;
}>;


export type CompetenceNetworkMemberRemoveMutation = { competenceNetworkMemberRemove: { competenceNetwork: { category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null, activities: Array<{ id: string, kind: NetworkActivityKind, note: string | null, occurredOn: string, title: string }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, coordinator: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }, members: Array<{ id: string, joinedOn: string, leftOn: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CompetenceNetworkUpdateMutationVariables = Exact<{
  input: CompetenceNetworkUpdateInput;
}>;


export type CompetenceNetworkUpdateMutation = { competenceNetworkUpdate: { competenceNetwork: { category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null, activities: Array<{ id: string, kind: NetworkActivityKind, note: string | null, occurredOn: string, title: string }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, coordinator: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }, members: Array<{ id: string, joinedOn: string, leftOn: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CompetenceNetworksQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  category?: ApplicationCategory | null | undefined;
  collaboration?: string | number | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
}>;


export type CompetenceNetworksQuery = { competenceNetworks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null, activities: Array<{ id: string, kind: NetworkActivityKind, note: string | null, occurredOn: string, title: string }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, coordinator: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }, members: Array<{ id: string, joinedOn: string, leftOn: string | null }> }> } };

export type CompetenceRemoveMutationVariables = Exact<{
  input: CompetenceRemoveInput;
}>;


export type CompetenceRemoveMutation = { competenceRemove: { person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, networkMemberships: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roleAssignments: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CompetenceSetMutationVariables = Exact<{
  input: CompetenceSetInput;
}>;


export type CompetenceSetMutation = { competenceSet: { competence: { id: string, level: CompetenceLevel, since: string | null, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CostAllocationQueryVariables = Exact<{
  agreement: string | number;
  totalOre?: number | null | undefined;
  year?: number | null | undefined;
}>;


export type CostAllocationQuery = { costAllocation: { baseShareBasisPoints: number | null, key: CostKeyKind, populationYear: number | null, totalOre: number, year: number, agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null, applications: Array<{ category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }>, collaborations: Array<{ description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }>, costKey: { baseShareBasisPoints: number | null, kind: CostKeyKind, populationYear: number | null } | null, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, municipalities: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }>, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus } }, shares: Array<{ amountOre: number, fraction: number, population: number | null, populationYear: number | null, shareBasisPoints: number | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } }> } | null };

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { counties: Array<{ code: string, name: string, shortName: string }> };

export type DecisionCostsSetMutationVariables = Exact<{
  input: DecisionCostsSetInput;
}>;


export type DecisionCostsSetMutation = { decisionCostsSet: { decision: { candidateKey: string, decidedAt: string, decidedBy: string, decidedOn: string, deferredUntil: string | null, id: string, reason: string, status: RecommendationDecisionStatus, subjectName: string, summary: string, expectedEffects: { expectedCompetenceRiskScore: number | null, expectedCostPerInhabitantOre: number | null, expectedLevel: number | null, expectedProductCount: number | null, id: string, note: string | null, recordedBy: string, recordedOn: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null, participants: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DecisionEffectsRecordMutationVariables = Exact<{
  input: DecisionEffectsRecordInput;
}>;


export type DecisionEffectsRecordMutation = { decisionEffectsRecord: { decisionEffect: { expectedCompetenceRiskScore: number | null, expectedCostPerInhabitantOre: number | null, expectedLevel: number | null, expectedProductCount: number | null, id: string, note: string | null, recordedBy: string, recordedOn: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FreezeExceptionDecideMutationVariables = Exact<{
  input: FreezeExceptionDecideInput;
}>;


export type FreezeExceptionDecideMutation = { freezeExceptionDecide: { freezeException: { decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FreezeExceptionRequestMutationVariables = Exact<{
  input: FreezeExceptionRequestInput;
}>;


export type FreezeExceptionRequestMutation = { freezeExceptionRequest: { freezeException: { decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FreezeExceptionsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
  status?: FreezeExceptionStatus | null | undefined;
}>;


export type FreezeExceptionsQuery = { freezeExceptions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string }> } };

export type GovernanceDocumentCreateMutationVariables = Exact<{
  input: GovernanceDocumentCreateInput;
}>;


export type GovernanceDocumentCreateMutation = { governanceDocumentCreate: { governanceDocument: { adoptedOn: string, decisionReference: string | null, documentUrl: string | null, id: string, kind: GovernanceDocumentKind, kindCode: string, lastReviewedOn: string | null, nextReviewDue: string, retiredOn: string | null, reviewIntervalMonths: number, reviewOverdue: boolean, title: string, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type GovernanceDocumentUpdateMutationVariables = Exact<{
  input: GovernanceDocumentUpdateInput;
}>;


export type GovernanceDocumentUpdateMutation = { governanceDocumentUpdate: { governanceDocument: { adoptedOn: string, decisionReference: string | null, documentUrl: string | null, id: string, kind: GovernanceDocumentKind, kindCode: string, lastReviewedOn: string | null, nextReviewDue: string, retiredOn: string | null, reviewIntervalMonths: number, reviewOverdue: boolean, title: string, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type GovernanceDocumentsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  kind?: GovernanceDocumentKind | null | undefined;
  kindCode?: string | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
}>;


export type GovernanceDocumentsQuery = { governanceDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ adoptedOn: string, decisionReference: string | null, documentUrl: string | null, id: string, kind: GovernanceDocumentKind, kindCode: string, lastReviewedOn: string | null, nextReviewDue: string, retiredOn: string | null, reviewIntervalMonths: number, reviewOverdue: boolean, title: string, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null }> } };

export type GovernanceReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type GovernanceReportQuery = { governanceReport: { applicable: number, asOf: string, complianceRate: number, compliant: number, rules: Array<{ applicable: number, code: string, complianceRate: number, compliant: number, source: string, title: string, failures: Array<{ label: string, objectId: string, objectType: string, reason: string, ruleCode: string, ruleTitle: string }> }> } };

export type ImplementationPlanQueryVariables = Exact<{
  asOf?: string | null | undefined;
  body: string | number;
  from: string;
  to: string;
}>;


export type ImplementationPlanQuery = { implementationPlan: { annualAfterOre: number, annualBeforeOre: number, asOf: string, bodyName: string, csv: string, draftHtml: string, from: string, oneOffTotalOre: number, to: string, budgetNotices: Array<{ budgetDecidedBy: string | null, code: string, inTime: boolean, name: string, lines: Array<{ amountOre: number, budgetYear: number | null, decidedOn: string, decisionId: string, estimated: boolean, kind: DecisionCostKind, system: string, what: string, why: string }>, years: Array<{ amountOre: number, year: number }> }>, items: Array<{ annualBeforeOre: number, candidateKey: string, category: string, collaboration: string | null, costKey: string, currentLevel: number | null, decidedOn: string, decisionId: string, oneOffTotalOre: number, operator: string | null, reason: string, summary: string, system: string, systemOwners: Array<string>, targetLevel: number, targetLevelName: string, annualAfter: { amountOre: number, basis: string, budgetYear: number | null, estimated: boolean, kind: DecisionCostKind }, municipalities: Array<{ annualAfterOre: number, annualBeforeOre: number, annualBudgetYear: number | null, annualChangeOre: number, budgetDecidedBy: string | null, code: string, inTime: boolean, name: string, oneOffBudgetYear: number | null, oneOffOre: number }>, oneOff: Array<{ amountOre: number, basis: string, budgetYear: number | null, estimated: boolean, kind: DecisionCostKind }>, window: { avoidedFreezes: Array<string>, decisionOn: string, earliestStart: string, end: string | null, leadMonths: number, lengthDays: number, start: string | null } }>, municipalities: Array<{ annualAfterOre: number, annualBeforeOre: number, annualBudgetYear: number | null, annualChangeOre: number, budgetDecidedBy: string | null, code: string, inTime: boolean, name: string, oneOffBudgetYear: number | null, oneOffOre: number }> } };

export type ImplementationPlanIssueMutationVariables = Exact<{
  input: ImplementationPlanIssueInput;
}>;


export type ImplementationPlanIssueMutation = { implementationPlanIssue: { issue: { csv: string, html: string, issuedBy: string, issuedOn: string, path: string, sha256: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ImplementationPlanIssuesQueryVariables = Exact<{
  body: string | number;
  from: string;
  to: string;
}>;


export type ImplementationPlanIssuesQuery = { implementationPlanIssues: Array<{ csv: string, html: string, issuedBy: string, issuedOn: string, path: string, sha256: string, version: number }> };

export type ItUnitCreateMutationVariables = Exact<{
  input: ItUnitCreateInput;
}>;


export type ItUnitCreateMutation = { itUnitCreate: { itUnit: { id: string, kind: ItUnitKind, name: string, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ItUnitUpdateMutationVariables = Exact<{
  input: ItUnitUpdateInput;
}>;


export type ItUnitUpdateMutation = { itUnitUpdate: { itUnit: { id: string, kind: ItUnitKind, name: string, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipEndMutationVariables = Exact<{
  input: MembershipEndInput;
}>;


export type MembershipEndMutation = { membershipEnd: { membership: { fromDate: string, id: string, note: string | null, toDate: string | null, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null }, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipStartMutationVariables = Exact<{
  input: MembershipStartInput;
}>;


export type MembershipStartMutation = { membershipStart: { membership: { fromDate: string, id: string, note: string | null, toDate: string | null, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null }, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalitiesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  countyCode?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  memberOf?: string | number | null | undefined;
  memberOn?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type MunicipalitiesQuery = { municipalities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> }> } };

export type MunicipalityQueryVariables = Exact<{
  code: string;
  on?: string | null | undefined;
}>;


export type MunicipalityQuery = { municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null, exceptions: Array<{ decidedBy: string | null, decidedOn: string | null, decisionReason: string | null, description: string, fromDate: string, id: string, kind: FreezeExceptionKind, requestedBy: string, requestedOn: string, riskAssessment: string | null, rollbackPlan: string | null, status: FreezeExceptionStatus, toDate: string }>, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, periods: Array<{ from: string, to: string }> }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null }, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, networkMemberships: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roleAssignments: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> } | null };

export type MunicipalityCodeChangeMutationVariables = Exact<{
  input: MunicipalityCodeChangeInput;
}>;


export type MunicipalityCodeChangeMutation = { municipalityCodeChange: { municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalityCreateMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type MunicipalityCreateMutation = { municipalityCreate: { municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalityPopulationSetMutationVariables = Exact<{
  input: MunicipalityPopulationSetInput;
}>;


export type MunicipalityPopulationSetMutation = { municipalityPopulationSet: { municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalityPopulationsImportMutationVariables = Exact<{
  input: MunicipalityPopulationsImportInput;
}>;


export type MunicipalityPopulationsImportMutation = { municipalityPopulationsImport: { plan: { applied: boolean, changedCount: number, newCount: number, notInDatabase: Array<string>, skippedRegions: Array<string>, unchangedCount: number, problems: Array<{ code: UserErrorCode, column: string | null, line: number, message: string }>, rows: Array<{ action: PopulationImportAction, after: number, before: number | null, code: string, line: number, name: string, year: number }> }, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalityUpdateMutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type MunicipalityUpdateMutation = { municipalityUpdate: { municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type NeedChooseMutationVariables = Exact<{
  input: NeedChooseInput;
}>;


export type NeedChooseMutation = { needChoose: { needRegistration: { budgetFrameOre: number | null, category: ApplicationCategory, categoryCode: string, description: string, id: string, neededBy: string, registeredAt: string, registeredBy: string, registeredOn: string, viewerCanChoose: boolean, answer: { asOf: string, summary: string }, choice: { decidedAt: string, decidedBy: string, decidedOn: string, key: string, kind: NeedOptionKind, reason: string, summary: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type NeedRegisterMutationVariables = Exact<{
  input: NeedRegisterInput;
}>;


export type NeedRegisterMutation = { needRegister: { needRegistration: { budgetFrameOre: number | null, category: ApplicationCategory, categoryCode: string, description: string, id: string, neededBy: string, registeredAt: string, registeredBy: string, registeredOn: string, viewerCanChoose: boolean, answer: { asOf: string, summary: string }, choice: { decidedAt: string, decidedBy: string, decidedOn: string, key: string, kind: NeedOptionKind, reason: string, summary: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type NeedRegistrationsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  category?: ApplicationCategory | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
}>;


export type NeedRegistrationsQuery = { needRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ budgetFrameOre: number | null, category: ApplicationCategory, categoryCode: string, description: string, id: string, neededBy: string, registeredAt: string, registeredBy: string, registeredOn: string, viewerCanChoose: boolean, answer: { asOf: string, summary: string }, choice: { decidedAt: string, decidedBy: string, decidedOn: string, key: string, kind: NeedOptionKind, reason: string, summary: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'ApplicationUsage', id: string }
    | { __typename: 'ChangeFreeze', id: string }
    | { __typename: 'Collaboration', id: string }
    | { __typename: 'CollaborationBody', id: string }
    | { __typename: 'CollaborationCandidate', id: string }
    | { __typename: 'CollaborationLevel', id: string }
    | { __typename: 'CollaborationParticipant', id: string }
    | { __typename: 'Competence', id: string }
    | { __typename: 'CompetenceNetwork', id: string }
    | { __typename: 'CompetenceNetworkActivity', id: string }
    | { __typename: 'CompetenceNetworkMember', id: string }
    | { __typename: 'DecisionEffect', id: string }
    | { __typename: 'FreezeException', id: string }
    | { __typename: 'GovernanceDocument', id: string }
    | { __typename: 'ItUnit', id: string }
    | { __typename: 'LevelChange', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'NeedRegistration', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PolicyGoal', id: string }
    | { __typename: 'RecommendationDecision', id: string }
    | { __typename: 'RoleAssignment', id: string }
    | { __typename: 'TrainingActivity', id: string }
    | { __typename: 'TrainingActivityMunicipality', id: string }
    | { __typename: 'TrainingPlan', id: string }
    | { __typename: 'TriggerSettings', id: string }
    | { __typename: 'VocabularyTerm', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'ApplicationUsage', id: string }
    | { __typename: 'ChangeFreeze', id: string }
    | { __typename: 'Collaboration', id: string }
    | { __typename: 'CollaborationBody', id: string }
    | { __typename: 'CollaborationCandidate', id: string }
    | { __typename: 'CollaborationLevel', id: string }
    | { __typename: 'CollaborationParticipant', id: string }
    | { __typename: 'Competence', id: string }
    | { __typename: 'CompetenceNetwork', id: string }
    | { __typename: 'CompetenceNetworkActivity', id: string }
    | { __typename: 'CompetenceNetworkMember', id: string }
    | { __typename: 'DecisionEffect', id: string }
    | { __typename: 'FreezeException', id: string }
    | { __typename: 'GovernanceDocument', id: string }
    | { __typename: 'ItUnit', id: string }
    | { __typename: 'LevelChange', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'NeedRegistration', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PolicyGoal', id: string }
    | { __typename: 'RecommendationDecision', id: string }
    | { __typename: 'RoleAssignment', id: string }
    | { __typename: 'TrainingActivity', id: string }
    | { __typename: 'TrainingActivityMunicipality', id: string }
    | { __typename: 'TrainingPlan', id: string }
    | { __typename: 'TriggerSettings', id: string }
    | { __typename: 'VocabularyTerm', id: string }
   | null> };

export type PeopleQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
  search?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, networkMemberships: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roleAssignments: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> }> } };

export type PersonCreateMutationVariables = Exact<{
  input: PersonCreateInput;
}>;


export type PersonCreateMutation = { personCreate: { person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, networkMemberships: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roleAssignments: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PersonPlannedLeaveSetMutationVariables = Exact<{
  input: PersonPlannedLeaveSetInput;
}>;


export type PersonPlannedLeaveSetMutation = { personPlannedLeaveSet: { person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, networkMemberships: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roleAssignments: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PersonUpdateMutationVariables = Exact<{
  input: PersonUpdateInput;
}>;


export type PersonUpdateMutation = { personUpdate: { person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean, competences: Array<{ id: string, level: CompetenceLevel, since: string | null }>, itUnit: { id: string, kind: ItUnitKind, name: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, networkMemberships: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roleAssignments: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PolicyGoalsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyGoalsQuery = { policyGoals: Array<{ achievedOn: string | null, deadline: string, description: string | null, id: string, status: PolicyGoalStatus, title: string, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }> } | null }> };

export type RecommendationDecisionsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  from?: string | null | undefined;
  last?: number | null | undefined;
  status?: RecommendationDecisionStatus | null | undefined;
  to?: string | null | undefined;
}>;


export type RecommendationDecisionsQuery = { recommendationDecisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ candidateKey: string, decidedAt: string, decidedBy: string, decidedOn: string, deferredUntil: string | null, id: string, reason: string, status: RecommendationDecisionStatus, subjectName: string, summary: string, expectedEffects: { expectedCompetenceRiskScore: number | null, expectedCostPerInhabitantOre: number | null, expectedLevel: number | null, expectedProductCount: number | null, id: string, note: string | null, recordedBy: string, recordedOn: string } | null, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string } | null, participants: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }> }> } };

export type RoleAssignMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type RoleAssignMutation = { roleAssign: { roleAssignment: { fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, itUnit: { id: string, kind: ItUnitKind, name: string } | null, person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RoleAssignmentsQueryVariables = Exact<{
  after?: string | null | undefined;
  asOf?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  includeEnded?: boolean;
  kind?: RoleKind | null | undefined;
  last?: number | null | undefined;
  person?: string | number | null | undefined;
}>;


export type RoleAssignmentsQuery = { roleAssignments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, itUnit: { id: string, kind: ItUnitKind, name: string } | null, person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } }> } };

export type RoleEndMutationVariables = Exact<{
  input: RoleEndInput;
}>;


export type RoleEndMutation = { roleEnd: { roleAssignment: { fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, itUnit: { id: string, kind: ItUnitKind, name: string } | null, person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SharedSystemStatusQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type SharedSystemStatusQuery = { sharedSystemStatus: Array<{ asOf: string, id: string, needsAttention: boolean, agreements: Array<{ asOf: string, currentTermEnd: string, currentTermStart: string, daysLeft: number, decisionDeadline: string, extensionsRemaining: number, extensionsUsed: number, latestPossibleEnd: string, noticeDeadline: string, procurementLeadTimeMonths: number, renewsAutomatically: boolean, status: AgreementStatus, agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null } }>, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null, agreements: Array<{ annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null }>, application: { category: ApplicationCategory, categoryCode: string, description: string | null, id: string, name: string, scope: ApplicationScope, vendor: string | null }, collaborationBody: { description: string | null, id: string, name: string, shortName: string | null } | null, competenceNetworks: Array<{ category: ApplicationCategory | null, description: string | null, id: string, lastActivityOn: string | null, meetingCadence: MeetingCadence | null, name: string, startedOn: string | null }>, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, level: { description: string, id: string, name: string, ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, id: string, reason: string | null }>, operator: { id: string, kind: ItUnitKind, name: string } | null, participants: Array<{ id: string, joinedOn: string, leftOn: string | null }>, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }>, statusBoardRow: { asOf: string, id: string, needsAttention: boolean } | null, trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } | null }, host: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> }, lastLevelChange: { changedOn: string, decisionReference: string | null, id: string, reason: string | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null }, fromLevel: { description: string, id: string, name: string, ordinal: number } | null, toLevel: { description: string, id: string, name: string, ordinal: number } } | null, level: { description: string, id: string, name: string, ordinal: number } | null, nextDeadline: { date: string, daysLeft: number, kind: DeadlineKind, agreement: { annualCostOre: number | null, currentTermEnd: string, daysLeft: number, decisionDeadline: string, documentUrl: string | null, endDate: string, id: string, kind: AgreementKind, maxExtensions: number | null, name: string, note: string | null, noticeDeadline: string, noticeGivenOn: string | null, procurementLeadTimeMonths: number | null, referenceNumber: string | null, renewalKind: RenewalKind, renewalTermMonths: number | null, startDate: string, status: AgreementStatus, terminatedOn: string | null, vendorName: string | null } | null, roleAssignment: { fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null } | null } | null, openGaps: Array<{ label: string, objectId: string, objectType: string, reason: string, ruleCode: string, ruleTitle: string, object:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'Application', id: string }
        | { __typename: 'ApplicationUsage', id: string }
        | { __typename: 'ChangeFreeze', id: string }
        | { __typename: 'Collaboration', id: string }
        | { __typename: 'CollaborationBody', id: string }
        | { __typename: 'CollaborationCandidate', id: string }
        | { __typename: 'CollaborationLevel', id: string }
        | { __typename: 'CollaborationParticipant', id: string }
        | { __typename: 'Competence', id: string }
        | { __typename: 'CompetenceNetwork', id: string }
        | { __typename: 'CompetenceNetworkActivity', id: string }
        | { __typename: 'CompetenceNetworkMember', id: string }
        | { __typename: 'DecisionEffect', id: string }
        | { __typename: 'FreezeException', id: string }
        | { __typename: 'GovernanceDocument', id: string }
        | { __typename: 'ItUnit', id: string }
        | { __typename: 'LevelChange', id: string }
        | { __typename: 'Membership', id: string }
        | { __typename: 'Municipality', id: string }
        | { __typename: 'NeedRegistration', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyGoal', id: string }
        | { __typename: 'RecommendationDecision', id: string }
        | { __typename: 'RoleAssignment', id: string }
        | { __typename: 'TrainingActivity', id: string }
        | { __typename: 'TrainingActivityMunicipality', id: string }
        | { __typename: 'TrainingPlan', id: string }
        | { __typename: 'TriggerSettings', id: string }
        | { __typename: 'VocabularyTerm', id: string }
       | null }>, operator: { id: string, kind: ItUnitKind, name: string, municipality: { code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string }, roles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null }> } | null, participants: Array<{ code: string, codeValidFrom: string | null, county: string | null, countyCode: string | null, id: string, name: string, applicationUsages: Array<{ annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null }>, changeFreezes: Array<{ announcedLate: boolean, announcedOn: string | null, category: ApplicationCategory | null, fromDate: string | null, fromMonthDay: string | null, fromWeek: number | null, id: string, kind: FreezeKind, name: string, note: string | null, toDate: string | null, toMonthDay: string | null, toWeek: number | null }>, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }>, itUnits: Array<{ id: string, kind: ItUnitKind, name: string }>, memberships: Array<{ fromDate: string, id: string, note: string | null, toDate: string | null }>, participations: Array<{ id: string, joinedOn: string, leftOn: string | null }>, people: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, population: { population: number, year: number } | null, populations: Array<{ population: number, year: number }> }>, systemOwners: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, itUnit: { id: string, kind: ItUnitKind, name: string } | null, person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } }>, systemResponsibles: Array<{ fromDate: string, id: string, kind: RoleKind, kindCode: string, note: string | null, toDate: string | null, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, itUnit: { id: string, kind: ItUnitKind, name: string } | null, person: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } }> }> };

export type TrainingActivityAddMutationVariables = Exact<{
  input: TrainingActivityAddInput;
}>;


export type TrainingActivityAddMutation = { trainingActivityAdd: { trainingActivity: { audience: string | null, costOre: number | null, heldOn: string, id: string, note: string | null, title: string, costSplit: { basis: TrainingCostBasis, key: CostKeyKind } | null, municipalities: Array<{ id: string, participantCount: number }>, participants: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, plan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingActivityRemoveMutationVariables = Exact<{
  input: TrainingActivityRemoveInput;
}>;


export type TrainingActivityRemoveMutation = { trainingActivityRemove: { trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string>, activities: Array<{ audience: string | null, costOre: number | null, heldOn: string, id: string, note: string | null, title: string }>, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, owner: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingActivityUpdateMutationVariables = Exact<{
  input: TrainingActivityUpdateInput;
}>;


export type TrainingActivityUpdateMutation = { trainingActivityUpdate: { trainingActivity: { audience: string | null, costOre: number | null, heldOn: string, id: string, note: string | null, title: string, costSplit: { basis: TrainingCostBasis, key: CostKeyKind } | null, municipalities: Array<{ id: string, participantCount: number }>, participants: Array<{ email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean }>, plan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingPlanCreateMutationVariables = Exact<{
  input: TrainingPlanCreateInput;
}>;


export type TrainingPlanCreateMutation = { trainingPlanCreate: { trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string>, activities: Array<{ audience: string | null, costOre: number | null, heldOn: string, id: string, note: string | null, title: string }>, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, owner: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingPlanUpdateMutationVariables = Exact<{
  input: TrainingPlanUpdateInput;
}>;


export type TrainingPlanUpdateMutation = { trainingPlanUpdate: { trainingPlan: { createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string>, activities: Array<{ audience: string | null, costOre: number | null, heldOn: string, id: string, note: string | null, title: string }>, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, owner: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TrainingPlansQueryVariables = Exact<{
  after?: string | null | undefined;
  application?: string | number | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  municipality?: string | number | null | undefined;
  target?: TrainingPlanTarget | null | undefined;
}>;


export type TrainingPlansQuery = { trainingPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ createdOn: string | null, description: string | null, id: string, name: string, nextReviewDue: string, reviewOverdue: boolean, reviewedOn: string, target: TrainingPlanTarget, targetGroups: Array<string>, activities: Array<{ audience: string | null, costOre: number | null, heldOn: string, id: string, note: string | null, title: string }>, applicationUsage: { annualCostOre: number | null, externalKey: string | null, functionalFit: number | null, id: string, inUseSince: string | null, lifecyclePhase: LifecyclePhase, note: string | null, technicalFit: number | null, userCount: number | null } | null, collaboration: { description: string | null, id: string, levelSince: string | null, name: string, startedOn: string | null } | null, owner: { email: string | null, id: string, name: string, phone: string | null, plannedLeave: string | null, title: string | null, viewerCanSeeContactDetails: boolean } | null }> } };

export type TriggerSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TriggerSettingsQuery = { triggerSettings: { agreementHorizonMonths: number, agreementUrgentMonths: number, competenceHorizonMonths: number, competenceRiskMinScore: number, id: string, jointLevel: number, poorFitThreshold: number, sameApplicationMinMunicipalities: number, transitionWindowDays: number, weightAgreementExpiring: number, weightCompetenceRisk: number, weightPoorApplication: number, weightSameApplication: number } };

export type TriggerSettingsUpdateMutationVariables = Exact<{
  input: TriggerSettingsUpdateInput;
}>;


export type TriggerSettingsUpdateMutation = { triggerSettingsUpdate: { triggerSettings: { agreementHorizonMonths: number, agreementUrgentMonths: number, competenceHorizonMonths: number, competenceRiskMinScore: number, id: string, jointLevel: number, poorFitThreshold: number, sameApplicationMinMunicipalities: number, transitionWindowDays: number, weightAgreementExpiring: number, weightCompetenceRisk: number, weightPoorApplication: number, weightSameApplication: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type VocabularyTermCreateMutationVariables = Exact<{
  input: VocabularyTermCreateInput;
}>;


export type VocabularyTermCreateMutation = { vocabularyTermCreate: { userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, vocabularyTerm: { code: string, description: string | null, id: string, name: string, reviewDefaultMonths: number | null, reviewMaxMonths: number | null, reviewMinMonths: number | null, roleTargets: Array<string> | null, singleHolder: boolean | null, sortOrder: number, vocabulary: Vocabulary } | null } };

export type VocabularyTermUpdateMutationVariables = Exact<{
  input: VocabularyTermUpdateInput;
}>;


export type VocabularyTermUpdateMutation = { vocabularyTermUpdate: { userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, vocabularyTerm: { code: string, description: string | null, id: string, name: string, reviewDefaultMonths: number | null, reviewMaxMonths: number | null, reviewMinMonths: number | null, roleTargets: Array<string> | null, singleHolder: boolean | null, sortOrder: number, vocabulary: Vocabulary } | null } };

export type VocabularyTermsQueryVariables = Exact<{
  vocabulary: Vocabulary;
}>;


export type VocabularyTermsQuery = { vocabularyTerms: Array<{ code: string, description: string | null, id: string, name: string, reviewDefaultMonths: number | null, reviewMaxMonths: number | null, reviewMinMonths: number | null, roleTargets: Array<string> | null, singleHolder: boolean | null, sortOrder: number, vocabulary: Vocabulary }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  endpoint?: string | number | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ attempts: number, createdAt: string, eventType: WebhookEventType, id: string, lastAttemptAt: string | null, lastError: string | null, lastResponseCode: number | null, messageId: string, nextAttemptAt: string | null, status: WebhookDeliveryStatus }> } };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, webhookEndpoint: { createdAt: string, description: string | null, disabledAt: string | null, eventTypes: Array<WebhookEventType>, id: string, thresholdDays: Array<number>, url: string } | null } };

export type WebhookEndpointDisableMutationVariables = Exact<{
  input: WebhookEndpointDisableInput;
}>;


export type WebhookEndpointDisableMutation = { webhookEndpointDisable: { userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }>, webhookEndpoint: { createdAt: string, description: string | null, disabledAt: string | null, eventTypes: Array<WebhookEventType>, id: string, thresholdDays: Array<number>, url: string } | null } };

export type WebhookEndpointsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ createdAt: string, description: string | null, disabledAt: string | null, eventTypes: Array<WebhookEventType>, id: string, thresholdDays: Array<number>, url: string }> } };

export type WhatIfQueryVariables = Exact<{
  input: WhatIfInput;
}>;


export type WhatIfQuery = { whatIf: { change: WhatIfChange, from: string, municipalityCode: string, municipalityName: string, scope: string, summary: string, agreements: Array<{ agreement: string, agreementId: string, change: string, currentTermEnd: string, decisionDeadline: string, kind: string, noticeDeadline: string, noticeDeadlinePassed: boolean, referenceNumber: string | null }>, costSplits: Array<{ agreement: string, agreementId: string, key: string, problem: string | null, totalOre: number, shares: Array<{ afterOre: number, beforeOre: number, changeOre: number, code: string, name: string }> | null }>, systems: Array<{ application: string, collaboration: string, collaborationId: string, consequences: Array<string>, fallsBelowLevel: boolean, level: number, levelName: string, participantsAfter: number, participantsBefore: number, rolesLost: Array<string>, specialistsAfter: number, specialistsBefore: number, specialistsLost: Array<string> }>, window: { avoidedFreezes: Array<string>, end: string, start: string } | null } };

export type WhatIfDecisionRecordMutationVariables = Exact<{
  input: WhatIfDecisionRecordInput;
}>;


export type WhatIfDecisionRecordMutation = { whatIfDecisionRecord: { decision: { change: WhatIfChange, decidedBy: string, decidedOn: string, decisionReference: string | null, from: string, id: string, reason: string, resultSha256: string, scenario: string, summary: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WhatIfDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatIfDecisionsQuery = { whatIfDecisions: Array<{ change: WhatIfChange, decidedBy: string, decidedOn: string, decisionReference: string | null, from: string, id: string, reason: string, resultSha256: string, scenario: string, summary: string }> };

export type CollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type CollaborationLevelSetMutation = { collaborationLevelSet: { collaboration: { id: string, level: { id: string, ordinal: number, name: string }, statusBoardRow: { id: string, asOf: string, level: { id: string, ordinal: number, name: string } | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CompetenceRiskQueryVariables = Exact<{
  municipality?: string | number | null | undefined;
  application?: string | number | null | undefined;
  asOf?: string | null | undefined;
  minLevel?: CompetenceRiskLevel | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompetenceRiskQuery = { competenceRisk: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: CompetenceRiskSubjectKind, label: string, score: number, level: CompetenceRiskLevel, shared: boolean, specialistCount: number, specialistsLeaving: number, application: { id: string, name: string }, municipality: { id: string, code: string, name: string } | null, collaboration: { id: string, name: string } | null, reasons: Array<{ code: CompetenceRiskReasonCode, contribution: number, explanation: string }> }> } };

export type CollaborationCandidatesQueryVariables = Exact<{
  municipality?: string | number | null | undefined;
  asOf?: string | null | undefined;
  minScore?: number | null | undefined;
  includeHidden?: boolean;
  orderBy?: CollaborationCandidateOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CollaborationCandidatesQuery = { collaborationCandidates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, kind: CollaborationCandidateKind, score: number, drivingDeadline: string | null, summary: string, explanation: Array<string>, hidden: boolean, viewerCanDecide: boolean, combinedAnnualCostOre: number | null, proposedApplication: { id: string, name: string }, participants: Array<{ id: string, code: string, name: string }>, targetLevel: { id: string, ordinal: number, name: string }, decision: { id: string, status: RecommendationDecisionStatus, reason: string, decidedOn: string, deferredUntil: string | null } | null }> } };

export type RecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type RecommendationDecideMutation = { recommendationDecide: { decision: { id: string, status: RecommendationDecisionStatus, reason: string, decidedOn: string, deferredUntil: string | null, candidateKey: string } | null, candidate: { id: string, key: string, asOf: string, score: number, hidden: boolean, decision: { id: string, status: RecommendationDecisionStatus, reason: string, decidedOn: string, deferredUntil: string | null } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type StatusBoardQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  participant?: string | number | null | undefined;
  level?: number | null | undefined;
  needsAttention?: boolean | null | undefined;
  orderBy?: SharedSystemStatusOrder | null | undefined;
}>;


export type StatusBoardQuery = { statusBoard: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, asOf: string, needsAttention: boolean, collaboration: { id: string, name: string }, level: { id: string, ordinal: number, name: string } | null, host: { id: string, code: string, name: string }, participants: Array<{ id: string, code: string, name: string }>, nextDeadline: { date: string, kind: DeadlineKind, daysLeft: number, agreement: { id: string, name: string } | null } | null }> } };

export type ApplicationUsagesImportMutationVariables = Exact<{
  input: ApplicationUsagesImportInput;
}>;


export type ApplicationUsagesImportMutation = { applicationUsagesImport: { plan: { applied: boolean, createCount: number, updateCount: number, unchangedCount: number, problems: Array<{ row: number, column: string | null, message: string, code: UserErrorCode }>, rows: Array<{ row: number, product: string | null, vendor: string | null, externalKey: string | null, action: ImportAction, match: ImportMatch, changes: Array<{ column: string, before: string | null, after: string | null }>, problems: Array<{ row: number, column: string | null, message: string, code: UserErrorCode }> }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ApplicationUsagesQueryVariables = Exact<{
  municipality?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApplicationUsagesQuery = { applicationUsages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, lifecyclePhase: LifecyclePhase, functionalFit: number | null, technicalFit: number | null, userCount: number | null, annualCostOre: number | null, inUseSince: string | null, application: { id: string, name: string, category: ApplicationCategory }, municipality: { id: string, code: string, name: string } }> } };

export type ApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type ApplicationUsageUpdateMutation = { applicationUsageUpdate: { applicationUsage: { id: string, functionalFit: number | null, technicalFit: number | null, userCount: number | null, annualCostOre: number | null, lifecyclePhase: LifecyclePhase } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { tokenName: string, role: Role, tokenExpiresAt: string | null, municipality: { id: string, code: string, name: string } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AgreementsDocument = new TypedDocumentString(`
    query Agreements($municipality: ID, $application: ID, $collaboration: ID, $asOf: LocalDate, $expiringBefore: LocalDate, $status: AgreementStatus, $first: Int, $after: String, $last: Int, $before: String, $orderBy: AgreementOrder) {
  agreements(
    municipality: $municipality
    application: $application
    collaboration: $collaboration
    asOf: $asOf
    expiringBefore: $expiringBefore
    status: $status
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      id
      name
      kind
      vendorName
      startDate
      endDate
      annualCostOre
      municipalities {
        id
        code
        name
      }
      schedule(asOf: $asOf) {
        asOf
        status
        currentTermStart
        currentTermEnd
        decisionDeadline
        noticeDeadline
        daysLeft
        renewsAutomatically
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsQuery, AgreementsQueryVariables>;
export const AnnualReportDocument = new TypedDocumentString(`
    query AnnualReport($year: Int!, $body: ID) {
  annualReport(year: $year, body: $body) {
    year
    start
    end
    body {
      name
      shortName
    }
    levels {
      ordinal
      name
    }
    summary {
      perLevel {
        level {
          ordinal
          name
        }
        systemsStart
        systemsEnd
        municipalitiesEnd
      }
      changes {
        system
        changedOn
        from {
          ordinal
          name
        }
        to {
          ordinal
          name
        }
        reason
        decisionReference
      }
      systems {
        name
        application
        host
        levelStart {
          ordinal
          name
        }
        levelEnd {
          ordinal
          name
        }
        participantsStart
        participantsEnd
      }
    }
    cost {
      totalOre
    }
    recommendations {
      date
      subject
      trigger
      decision
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportQuery, AnnualReportQueryVariables>;
export const AgreementCreateDocument = new TypedDocumentString(`
    mutation AgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementCreateMutation, AgreementCreateMutationVariables>;
export const AgreementExtendDocument = new TypedDocumentString(`
    mutation AgreementExtend($input: AgreementExtendInput!) {
  agreementExtend(input: $input) {
    agreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementExtendMutation, AgreementExtendMutationVariables>;
export const AgreementGiveNoticeDocument = new TypedDocumentString(`
    mutation AgreementGiveNotice($input: AgreementGiveNoticeInput!) {
  agreementGiveNotice(input: $input) {
    agreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementGiveNoticeMutation, AgreementGiveNoticeMutationVariables>;
export const AgreementTerminateDocument = new TypedDocumentString(`
    mutation AgreementTerminate($input: AgreementTerminateInput!) {
  agreementTerminate(input: $input) {
    agreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementTerminateMutation, AgreementTerminateMutationVariables>;
export const AgreementUpdateDocument = new TypedDocumentString(`
    mutation AgreementUpdate($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    agreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementUpdateMutation, AgreementUpdateMutationVariables>;
export const AnnualReportIssueDocument = new TypedDocumentString(`
    mutation AnnualReportIssue($input: AnnualReportIssueInput!) {
  annualReportIssue(input: $input) {
    issue {
      issuedBy
      issuedOn
      path
      sha256
      year
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportIssueMutation, AnnualReportIssueMutationVariables>;
export const ApplicationCreateDocument = new TypedDocumentString(`
    mutation ApplicationCreate($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    application {
      category
      categoryCode
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      competences {
        id
        level
        since
      }
      description
      id
      name
      scope
      usages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      vendor
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationCreateMutation, ApplicationCreateMutationVariables>;
export const ApplicationUpdateDocument = new TypedDocumentString(`
    mutation ApplicationUpdate($input: ApplicationUpdateInput!) {
  applicationUpdate(input: $input) {
    application {
      category
      categoryCode
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      competences {
        id
        level
        since
      }
      description
      id
      name
      scope
      usages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      vendor
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationUpdateMutation, ApplicationUpdateMutationVariables>;
export const ApplicationUsageCreateDocument = new TypedDocumentString(`
    mutation ApplicationUsageCreate($input: ApplicationUsageCreateInput!) {
  applicationUsageCreate(input: $input) {
    applicationUsage {
      annualCostOre
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      competences {
        id
        level
        since
      }
      externalKey
      functionalFit
      id
      inUseSince
      itUnit {
        id
        kind
        name
      }
      lifecyclePhase
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      note
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      technicalFit
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
      userCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationUsageCreateMutation, ApplicationUsageCreateMutationVariables>;
export const ApplicationsDocument = new TypedDocumentString(`
    query Applications($after: String, $before: String, $category: ApplicationCategory, $first: Int, $last: Int, $municipality: ID, $scope: ApplicationScope, $search: String) {
  applications(
    after: $after
    before: $before
    category: $category
    first: $first
    last: $last
    municipality: $municipality
    scope: $scope
    search: $search
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      category
      categoryCode
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      competences {
        id
        level
        since
      }
      description
      id
      name
      scope
      usages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      vendor
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsQuery, ApplicationsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($after: String, $before: String, $first: Int, $last: Int, $objectId: ID, $operation: String) {
  auditLog(
    after: $after
    before: $before
    first: $first
    last: $last
    objectId: $objectId
    operation: $operation
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      actorName
      at
      changes {
        kind
        objectId
        objectType
      }
      correctionReason
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const BudgetCalendarSetDocument = new TypedDocumentString(`
    mutation BudgetCalendarSet($input: BudgetCalendarSetInput!) {
  budgetCalendarSet(input: $input) {
    municipality {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetCalendarSetMutation, BudgetCalendarSetMutationVariables>;
export const CalendarFeedCreateDocument = new TypedDocumentString(`
    mutation CalendarFeedCreate($input: CalendarFeedCreateInput!) {
  calendarFeedCreate(input: $input) {
    calendarFeed {
      createdAt
      createdBy
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      revokedAt
    }
    token
    url
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedCreateMutation, CalendarFeedCreateMutationVariables>;
export const CalendarFeedRevokeDocument = new TypedDocumentString(`
    mutation CalendarFeedRevoke($input: CalendarFeedRevokeInput!) {
  calendarFeedRevoke(input: $input) {
    calendarFeed {
      createdAt
      createdBy
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      revokedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedRevokeMutation, CalendarFeedRevokeMutationVariables>;
export const CalendarFeedsDocument = new TypedDocumentString(`
    query CalendarFeeds($after: String, $before: String, $first: Int, $includeRevoked: Boolean, $last: Int, $municipality: ID) {
  calendarFeeds(
    after: $after
    before: $before
    first: $first
    includeRevoked: $includeRevoked
    last: $last
    municipality: $municipality
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      createdAt
      createdBy
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const ChangeFreezeCreateDocument = new TypedDocumentString(`
    mutation ChangeFreezeCreate($input: ChangeFreezeCreateInput!) {
  changeFreezeCreate(input: $input) {
    changeFreeze {
      announcedLate
      announcedOn
      category
      exceptions {
        decidedBy
        decidedOn
        decisionReason
        description
        fromDate
        id
        kind
        requestedBy
        requestedOn
        riskAssessment
        rollbackPlan
        status
        toDate
      }
      fromDate
      fromMonthDay
      fromWeek
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      periods {
        from
        to
      }
      toDate
      toMonthDay
      toWeek
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeFreezeCreateMutation, ChangeFreezeCreateMutationVariables>;
export const ChangeFreezeDeleteDocument = new TypedDocumentString(`
    mutation ChangeFreezeDelete($input: ChangeFreezeDeleteInput!) {
  changeFreezeDelete(input: $input) {
    changeFreeze {
      announcedLate
      announcedOn
      category
      exceptions {
        decidedBy
        decidedOn
        decisionReason
        description
        fromDate
        id
        kind
        requestedBy
        requestedOn
        riskAssessment
        rollbackPlan
        status
        toDate
      }
      fromDate
      fromMonthDay
      fromWeek
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      periods {
        from
        to
      }
      toDate
      toMonthDay
      toWeek
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeFreezeDeleteMutation, ChangeFreezeDeleteMutationVariables>;
export const ChangeFreezeUpdateDocument = new TypedDocumentString(`
    mutation ChangeFreezeUpdate($input: ChangeFreezeUpdateInput!) {
  changeFreezeUpdate(input: $input) {
    changeFreeze {
      announcedLate
      announcedOn
      category
      exceptions {
        decidedBy
        decidedOn
        decisionReason
        description
        fromDate
        id
        kind
        requestedBy
        requestedOn
        riskAssessment
        rollbackPlan
        status
        toDate
      }
      fromDate
      fromMonthDay
      fromWeek
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      periods {
        from
        to
      }
      toDate
      toMonthDay
      toWeek
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeFreezeUpdateMutation, ChangeFreezeUpdateMutationVariables>;
export const ChangeFreezesDocument = new TypedDocumentString(`
    query ChangeFreezes($after: String, $before: String, $category: ApplicationCategory, $first: Int, $last: Int, $municipality: ID) {
  changeFreezes(
    after: $after
    before: $before
    category: $category
    first: $first
    last: $last
    municipality: $municipality
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      announcedLate
      announcedOn
      category
      exceptions {
        decidedBy
        decidedOn
        decisionReason
        description
        fromDate
        id
        kind
        requestedBy
        requestedOn
        riskAssessment
        rollbackPlan
        status
        toDate
      }
      fromDate
      fromMonthDay
      fromWeek
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      periods {
        from
        to
      }
      toDate
      toMonthDay
      toWeek
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeFreezesQuery, ChangeFreezesQueryVariables>;
export const CollaborationBodiesDocument = new TypedDocumentString(`
    query CollaborationBodies($after: String, $before: String, $first: Int, $last: Int) {
  collaborationBodies(after: $after, before: $before, first: $first, last: $last) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      description
      id
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      shortName
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationBodiesQuery, CollaborationBodiesQueryVariables>;
export const CollaborationBodyCreateDocument = new TypedDocumentString(`
    mutation CollaborationBodyCreate($input: CollaborationBodyCreateInput!) {
  collaborationBodyCreate(input: $input) {
    collaborationBody {
      description
      id
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      shortName
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationBodyCreateMutation, CollaborationBodyCreateMutationVariables>;
export const CollaborationCandidateDocument = new TypedDocumentString(`
    query CollaborationCandidate($asOf: LocalDate, $id: ID!) {
  collaborationCandidate(asOf: $asOf, id: $id) {
    applications {
      category
      categoryCode
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      competences {
        id
        level
        since
      }
      description
      id
      name
      scope
      usages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      vendor
    }
    asOf
    category
    categoryCode
    changesSinceDecision
    collaboration {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
    combinedAnnualCostOre
    contributions {
      evidence {
        detail
        label
        lastChangedOn
        objectId
        objectType
        trigger
      }
      explanation
      points
      trigger
      weight
    }
    costSplit {
      amountOre
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      population
    }
    currentLevel {
      description
      id
      name
      ordinal
    }
    decision {
      candidateKey
      decidedAt
      decidedBy
      decidedOn
      deferredUntil
      expectedEffects {
        expectedCompetenceRiskScore
        expectedCostPerInhabitantOre
        expectedLevel
        expectedProductCount
        id
        note
        recordedBy
        recordedOn
      }
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      participants {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      reason
      status
      subjectName
      summary
    }
    decisionHistory {
      candidateKey
      decidedAt
      decidedBy
      decidedOn
      deferredUntil
      expectedEffects {
        expectedCompetenceRiskScore
        expectedCostPerInhabitantOre
        expectedLevel
        expectedProductCount
        id
        note
        recordedBy
        recordedOn
      }
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      participants {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      reason
      status
      subjectName
      summary
    }
    drivingAgreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    drivingDeadline
    evidence {
      detail
      label
      lastChangedOn
      object {
        __typename
        id
      }
      objectId
      objectType
      trigger
    }
    explanation
    hidden
    id
    joiningMunicipalities {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    key
    kind
    participants {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    proposalReason
    proposedApplication {
      category
      categoryCode
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      competences {
        id
        level
        since
      }
      description
      id
      name
      scope
      usages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      vendor
    }
    score
    summary
    targetLevel {
      description
      id
      name
      ordinal
    }
    targetLevelReason
    transitionWindow {
      avoidedFreezes
      decisionOn
      earliestStart
      end
      lengthDays
      procurementLeadTimeMonths
      start
    }
    viewerCanDecide
  }
}
    `) as unknown as TypedDocumentString<CollaborationCandidateQuery, CollaborationCandidateQueryVariables>;
export const CollaborationCreateDocument = new TypedDocumentString(`
    mutation CollaborationCreate($input: CollaborationCreateInput!) {
  collaborationCreate(input: $input) {
    collaboration {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateMutation, CollaborationCreateMutationVariables>;
export const CollaborationLevelUpdateDocument = new TypedDocumentString(`
    mutation CollaborationLevelUpdate($input: CollaborationLevelUpdateInput!) {
  collaborationLevelUpdate(input: $input) {
    collaborationLevel {
      description
      id
      name
      ordinal
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationLevelUpdateMutation, CollaborationLevelUpdateMutationVariables>;
export const CollaborationLevelsDocument = new TypedDocumentString(`
    query CollaborationLevels {
  collaborationLevels {
    description
    id
    name
    ordinal
  }
}
    `) as unknown as TypedDocumentString<CollaborationLevelsQuery, CollaborationLevelsQueryVariables>;
export const CollaborationParticipantAddDocument = new TypedDocumentString(`
    mutation CollaborationParticipantAdd($input: CollaborationParticipantAddInput!) {
  collaborationParticipantAdd(input: $input) {
    collaboration {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationParticipantAddMutation, CollaborationParticipantAddMutationVariables>;
export const CollaborationParticipantRemoveDocument = new TypedDocumentString(`
    mutation CollaborationParticipantRemove($input: CollaborationParticipantRemoveInput!) {
  collaborationParticipantRemove(input: $input) {
    collaboration {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationParticipantRemoveMutation, CollaborationParticipantRemoveMutationVariables>;
export const CollaborationUpdateDocument = new TypedDocumentString(`
    mutation CollaborationUpdate($input: CollaborationUpdateInput!) {
  collaborationUpdate(input: $input) {
    collaboration {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationUpdateMutation, CollaborationUpdateMutationVariables>;
export const CollaborationsDocument = new TypedDocumentString(`
    query Collaborations($after: String, $application: ID, $before: String, $category: ApplicationCategory, $collaborationBody: ID, $first: Int, $last: Int, $level: Int, $minLevel: Int, $participant: ID) {
  collaborations(
    after: $after
    application: $application
    before: $before
    category: $category
    collaborationBody: $collaborationBody
    first: $first
    last: $last
    level: $level
    minLevel: $minLevel
    participant: $participant
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationsQuery, CollaborationsQueryVariables>;
export const CompetenceNetworkActivityAddDocument = new TypedDocumentString(`
    mutation CompetenceNetworkActivityAdd($input: CompetenceNetworkActivityAddInput!) {
  competenceNetworkActivityAdd(input: $input) {
    competenceNetworkActivity {
      id
      kind
      network {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      note
      occurredOn
      participants {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceNetworkActivityAddMutation, CompetenceNetworkActivityAddMutationVariables>;
export const CompetenceNetworkCreateDocument = new TypedDocumentString(`
    mutation CompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) {
  competenceNetworkCreate(input: $input) {
    competenceNetwork {
      activities {
        id
        kind
        note
        occurredOn
        title
      }
      category
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      coordinator {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      description
      id
      lastActivityOn
      meetingCadence
      members {
        id
        joinedOn
        leftOn
      }
      name
      startedOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceNetworkCreateMutation, CompetenceNetworkCreateMutationVariables>;
export const CompetenceNetworkMemberAddDocument = new TypedDocumentString(`
    mutation CompetenceNetworkMemberAdd($input: CompetenceNetworkMemberAddInput!) {
  competenceNetworkMemberAdd(input: $input) {
    competenceNetwork {
      activities {
        id
        kind
        note
        occurredOn
        title
      }
      category
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      coordinator {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      description
      id
      lastActivityOn
      meetingCadence
      members {
        id
        joinedOn
        leftOn
      }
      name
      startedOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceNetworkMemberAddMutation, CompetenceNetworkMemberAddMutationVariables>;
export const CompetenceNetworkMemberRemoveDocument = new TypedDocumentString(`
    mutation CompetenceNetworkMemberRemove($input: CompetenceNetworkMemberRemoveInput!) {
  competenceNetworkMemberRemove(input: $input) {
    competenceNetwork {
      activities {
        id
        kind
        note
        occurredOn
        title
      }
      category
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      coordinator {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      description
      id
      lastActivityOn
      meetingCadence
      members {
        id
        joinedOn
        leftOn
      }
      name
      startedOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceNetworkMemberRemoveMutation, CompetenceNetworkMemberRemoveMutationVariables>;
export const CompetenceNetworkUpdateDocument = new TypedDocumentString(`
    mutation CompetenceNetworkUpdate($input: CompetenceNetworkUpdateInput!) {
  competenceNetworkUpdate(input: $input) {
    competenceNetwork {
      activities {
        id
        kind
        note
        occurredOn
        title
      }
      category
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      coordinator {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      description
      id
      lastActivityOn
      meetingCadence
      members {
        id
        joinedOn
        leftOn
      }
      name
      startedOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceNetworkUpdateMutation, CompetenceNetworkUpdateMutationVariables>;
export const CompetenceNetworksDocument = new TypedDocumentString(`
    query CompetenceNetworks($after: String, $before: String, $category: ApplicationCategory, $collaboration: ID, $first: Int, $last: Int, $municipality: ID) {
  competenceNetworks(
    after: $after
    before: $before
    category: $category
    collaboration: $collaboration
    first: $first
    last: $last
    municipality: $municipality
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      activities {
        id
        kind
        note
        occurredOn
        title
      }
      category
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      coordinator {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      description
      id
      lastActivityOn
      meetingCadence
      members {
        id
        joinedOn
        leftOn
      }
      name
      startedOn
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceNetworksQuery, CompetenceNetworksQueryVariables>;
export const CompetenceRemoveDocument = new TypedDocumentString(`
    mutation CompetenceRemove($input: CompetenceRemoveInput!) {
  competenceRemove(input: $input) {
    person {
      competences {
        id
        level
        since
      }
      email
      id
      itUnit {
        id
        kind
        name
      }
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      networkMemberships {
        id
        joinedOn
        leftOn
      }
      phone
      plannedLeave
      roleAssignments {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      title
      viewerCanSeeContactDetails
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceRemoveMutation, CompetenceRemoveMutationVariables>;
export const CompetenceSetDocument = new TypedDocumentString(`
    mutation CompetenceSet($input: CompetenceSetInput!) {
  competenceSet(input: $input) {
    competence {
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      id
      level
      person {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      since
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSetMutation, CompetenceSetMutationVariables>;
export const CostAllocationDocument = new TypedDocumentString(`
    query CostAllocation($agreement: ID!, $totalOre: SafeInt, $year: Int) {
  costAllocation(agreement: $agreement, totalOre: $totalOre, year: $year) {
    agreement {
      annualCostOre
      applications {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborations {
        description
        id
        levelSince
        name
        startedOn
      }
      costKey {
        baseShareBasisPoints
        kind
        populationYear
      }
      currentTermEnd
      daysLeft
      decisionDeadline
      documentUrl
      endDate
      id
      itUnits {
        id
        kind
        name
      }
      kind
      maxExtensions
      municipalities {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      noticeDeadline
      noticeGivenOn
      noticePeriod {
        amount
        unit
      }
      procurementLeadTimeMonths
      referenceNumber
      renewalKind
      renewalTermMonths
      schedule {
        asOf
        currentTermEnd
        currentTermStart
        daysLeft
        decisionDeadline
        extensionsRemaining
        extensionsUsed
        latestPossibleEnd
        noticeDeadline
        procurementLeadTimeMonths
        renewsAutomatically
        status
      }
      startDate
      status
      terminatedOn
      vendorName
    }
    baseShareBasisPoints
    key
    populationYear
    shares {
      amountOre
      fraction
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      population
      populationYear
      shareBasisPoints
    }
    totalOre
    year
  }
}
    `) as unknown as TypedDocumentString<CostAllocationQuery, CostAllocationQueryVariables>;
export const CountiesDocument = new TypedDocumentString(`
    query Counties {
  counties {
    code
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<CountiesQuery, CountiesQueryVariables>;
export const DecisionCostsSetDocument = new TypedDocumentString(`
    mutation DecisionCostsSet($input: DecisionCostsSetInput!) {
  decisionCostsSet(input: $input) {
    decision {
      candidateKey
      decidedAt
      decidedBy
      decidedOn
      deferredUntil
      expectedEffects {
        expectedCompetenceRiskScore
        expectedCostPerInhabitantOre
        expectedLevel
        expectedProductCount
        id
        note
        recordedBy
        recordedOn
      }
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      participants {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      reason
      status
      subjectName
      summary
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionCostsSetMutation, DecisionCostsSetMutationVariables>;
export const DecisionEffectsRecordDocument = new TypedDocumentString(`
    mutation DecisionEffectsRecord($input: DecisionEffectsRecordInput!) {
  decisionEffectsRecord(input: $input) {
    decisionEffect {
      expectedCompetenceRiskScore
      expectedCostPerInhabitantOre
      expectedLevel
      expectedProductCount
      id
      note
      recordedBy
      recordedOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionEffectsRecordMutation, DecisionEffectsRecordMutationVariables>;
export const FreezeExceptionDecideDocument = new TypedDocumentString(`
    mutation FreezeExceptionDecide($input: FreezeExceptionDecideInput!) {
  freezeExceptionDecide(input: $input) {
    freezeException {
      decidedBy
      decidedOn
      decisionReason
      description
      fromDate
      id
      kind
      requestedBy
      requestedOn
      riskAssessment
      rollbackPlan
      status
      toDate
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionDecideMutation, FreezeExceptionDecideMutationVariables>;
export const FreezeExceptionRequestDocument = new TypedDocumentString(`
    mutation FreezeExceptionRequest($input: FreezeExceptionRequestInput!) {
  freezeExceptionRequest(input: $input) {
    freezeException {
      decidedBy
      decidedOn
      decisionReason
      description
      fromDate
      id
      kind
      requestedBy
      requestedOn
      riskAssessment
      rollbackPlan
      status
      toDate
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionRequestMutation, FreezeExceptionRequestMutationVariables>;
export const FreezeExceptionsDocument = new TypedDocumentString(`
    query FreezeExceptions($after: String, $before: String, $first: Int, $last: Int, $municipality: ID, $status: FreezeExceptionStatus) {
  freezeExceptions(
    after: $after
    before: $before
    first: $first
    last: $last
    municipality: $municipality
    status: $status
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      decidedBy
      decidedOn
      decisionReason
      description
      fromDate
      id
      kind
      requestedBy
      requestedOn
      riskAssessment
      rollbackPlan
      status
      toDate
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsQuery, FreezeExceptionsQueryVariables>;
export const GovernanceDocumentCreateDocument = new TypedDocumentString(`
    mutation GovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) {
  governanceDocumentCreate(input: $input) {
    governanceDocument {
      adoptedOn
      collaborationBody {
        description
        id
        name
        shortName
      }
      decisionReference
      documentUrl
      id
      kind
      kindCode
      lastReviewedOn
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      nextReviewDue
      retiredOn
      reviewIntervalMonths
      reviewOverdue
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceDocumentCreateMutation, GovernanceDocumentCreateMutationVariables>;
export const GovernanceDocumentUpdateDocument = new TypedDocumentString(`
    mutation GovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) {
  governanceDocumentUpdate(input: $input) {
    governanceDocument {
      adoptedOn
      collaborationBody {
        description
        id
        name
        shortName
      }
      decisionReference
      documentUrl
      id
      kind
      kindCode
      lastReviewedOn
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      nextReviewDue
      retiredOn
      reviewIntervalMonths
      reviewOverdue
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceDocumentUpdateMutation, GovernanceDocumentUpdateMutationVariables>;
export const GovernanceDocumentsDocument = new TypedDocumentString(`
    query GovernanceDocuments($after: String, $before: String, $first: Int, $kind: GovernanceDocumentKind, $kindCode: String, $last: Int, $municipality: ID) {
  governanceDocuments(
    after: $after
    before: $before
    first: $first
    kind: $kind
    kindCode: $kindCode
    last: $last
    municipality: $municipality
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      adoptedOn
      collaborationBody {
        description
        id
        name
        shortName
      }
      decisionReference
      documentUrl
      id
      kind
      kindCode
      lastReviewedOn
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      nextReviewDue
      retiredOn
      reviewIntervalMonths
      reviewOverdue
      title
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceDocumentsQuery, GovernanceDocumentsQueryVariables>;
export const GovernanceReportDocument = new TypedDocumentString(`
    query GovernanceReport($asOf: LocalDate) {
  governanceReport(asOf: $asOf) {
    applicable
    asOf
    complianceRate
    compliant
    rules {
      applicable
      code
      complianceRate
      compliant
      failures {
        label
        objectId
        objectType
        reason
        ruleCode
        ruleTitle
      }
      source
      title
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceReportQuery, GovernanceReportQueryVariables>;
export const ImplementationPlanDocument = new TypedDocumentString(`
    query ImplementationPlan($asOf: LocalDate, $body: ID!, $from: LocalDate!, $to: LocalDate!) {
  implementationPlan(asOf: $asOf, body: $body, from: $from, to: $to) {
    annualAfterOre
    annualBeforeOre
    asOf
    bodyName
    budgetNotices {
      budgetDecidedBy
      code
      inTime
      lines {
        amountOre
        budgetYear
        decidedOn
        decisionId
        estimated
        kind
        system
        what
        why
      }
      name
      years {
        amountOre
        year
      }
    }
    csv
    draftHtml
    from
    items {
      annualAfter {
        amountOre
        basis
        budgetYear
        estimated
        kind
      }
      annualBeforeOre
      candidateKey
      category
      collaboration
      costKey
      currentLevel
      decidedOn
      decisionId
      municipalities {
        annualAfterOre
        annualBeforeOre
        annualBudgetYear
        annualChangeOre
        budgetDecidedBy
        code
        inTime
        name
        oneOffBudgetYear
        oneOffOre
      }
      oneOff {
        amountOre
        basis
        budgetYear
        estimated
        kind
      }
      oneOffTotalOre
      operator
      reason
      summary
      system
      systemOwners
      targetLevel
      targetLevelName
      window {
        avoidedFreezes
        decisionOn
        earliestStart
        end
        leadMonths
        lengthDays
        start
      }
    }
    municipalities {
      annualAfterOre
      annualBeforeOre
      annualBudgetYear
      annualChangeOre
      budgetDecidedBy
      code
      inTime
      name
      oneOffBudgetYear
      oneOffOre
    }
    oneOffTotalOre
    to
  }
}
    `) as unknown as TypedDocumentString<ImplementationPlanQuery, ImplementationPlanQueryVariables>;
export const ImplementationPlanIssueDocument = new TypedDocumentString(`
    mutation ImplementationPlanIssue($input: ImplementationPlanIssueInput!) {
  implementationPlanIssue(input: $input) {
    issue {
      csv
      html
      issuedBy
      issuedOn
      path
      sha256
      version
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImplementationPlanIssueMutation, ImplementationPlanIssueMutationVariables>;
export const ImplementationPlanIssuesDocument = new TypedDocumentString(`
    query ImplementationPlanIssues($body: ID!, $from: LocalDate!, $to: LocalDate!) {
  implementationPlanIssues(body: $body, from: $from, to: $to) {
    csv
    html
    issuedBy
    issuedOn
    path
    sha256
    version
  }
}
    `) as unknown as TypedDocumentString<ImplementationPlanIssuesQuery, ImplementationPlanIssuesQueryVariables>;
export const ItUnitCreateDocument = new TypedDocumentString(`
    mutation ItUnitCreate($input: ItUnitCreateInput!) {
  itUnitCreate(input: $input) {
    itUnit {
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ItUnitCreateMutation, ItUnitCreateMutationVariables>;
export const ItUnitUpdateDocument = new TypedDocumentString(`
    mutation ItUnitUpdate($input: ItUnitUpdateInput!) {
  itUnitUpdate(input: $input) {
    itUnit {
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ItUnitUpdateMutation, ItUnitUpdateMutationVariables>;
export const MembershipEndDocument = new TypedDocumentString(`
    mutation MembershipEnd($input: MembershipEndInput!) {
  membershipEnd(input: $input) {
    membership {
      collaborationBody {
        description
        id
        name
        shortName
      }
      fromDate
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      note
      toDate
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipEndMutation, MembershipEndMutationVariables>;
export const MembershipStartDocument = new TypedDocumentString(`
    mutation MembershipStart($input: MembershipStartInput!) {
  membershipStart(input: $input) {
    membership {
      collaborationBody {
        description
        id
        name
        shortName
      }
      fromDate
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      note
      toDate
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipStartMutation, MembershipStartMutationVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities($after: String, $before: String, $countyCode: String, $first: Int, $last: Int, $memberOf: ID, $memberOn: LocalDate, $search: String) {
  municipalities(
    after: $after
    before: $before
    countyCode: $countyCode
    first: $first
    last: $last
    memberOf: $memberOf
    memberOn: $memberOn
    search: $search
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const MunicipalityDocument = new TypedDocumentString(`
    query Municipality($code: String!, $on: LocalDate) {
  municipality(code: $code, on: $on) {
    applicationUsages {
      annualCostOre
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      competences {
        id
        level
        since
      }
      externalKey
      functionalFit
      id
      inUseSince
      itUnit {
        id
        kind
        name
      }
      lifecyclePhase
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      note
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      technicalFit
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
      userCount
    }
    changeFreezes {
      announcedLate
      announcedOn
      category
      exceptions {
        decidedBy
        decidedOn
        decisionReason
        description
        fromDate
        id
        kind
        requestedBy
        requestedOn
        riskAssessment
        rollbackPlan
        status
        toDate
      }
      fromDate
      fromMonthDay
      fromWeek
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      note
      periods {
        from
        to
      }
      toDate
      toMonthDay
      toWeek
    }
    code
    codeValidFrom
    county
    countyCode
    formerCodes {
      code
      validFrom
      validTo
    }
    id
    itUnits {
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
    }
    memberships {
      collaborationBody {
        description
        id
        name
        shortName
      }
      fromDate
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      note
      toDate
    }
    name
    participations {
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      id
      joinedOn
      leftOn
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
    }
    people {
      competences {
        id
        level
        since
      }
      email
      id
      itUnit {
        id
        kind
        name
      }
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      networkMemberships {
        id
        joinedOn
        leftOn
      }
      phone
      plannedLeave
      roleAssignments {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      title
      viewerCanSeeContactDetails
    }
    population {
      population
      year
    }
    populations {
      population
      year
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityQuery, MunicipalityQueryVariables>;
export const MunicipalityCodeChangeDocument = new TypedDocumentString(`
    mutation MunicipalityCodeChange($input: MunicipalityCodeChangeInput!) {
  municipalityCodeChange(input: $input) {
    municipality {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityCodeChangeMutation, MunicipalityCodeChangeMutationVariables>;
export const MunicipalityCreateDocument = new TypedDocumentString(`
    mutation MunicipalityCreate($input: MunicipalityCreateInput!) {
  municipalityCreate(input: $input) {
    municipality {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityCreateMutation, MunicipalityCreateMutationVariables>;
export const MunicipalityPopulationSetDocument = new TypedDocumentString(`
    mutation MunicipalityPopulationSet($input: MunicipalityPopulationSetInput!) {
  municipalityPopulationSet(input: $input) {
    municipality {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityPopulationSetMutation, MunicipalityPopulationSetMutationVariables>;
export const MunicipalityPopulationsImportDocument = new TypedDocumentString(`
    mutation MunicipalityPopulationsImport($input: MunicipalityPopulationsImportInput!) {
  municipalityPopulationsImport(input: $input) {
    plan {
      applied
      changedCount
      newCount
      notInDatabase
      problems {
        code
        column
        line
        message
      }
      rows {
        action
        after
        before
        code
        line
        name
        year
      }
      skippedRegions
      unchangedCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityPopulationsImportMutation, MunicipalityPopulationsImportMutationVariables>;
export const MunicipalityUpdateDocument = new TypedDocumentString(`
    mutation MunicipalityUpdate($input: MunicipalityUpdateInput!) {
  municipalityUpdate(input: $input) {
    municipality {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityUpdateMutation, MunicipalityUpdateMutationVariables>;
export const NeedChooseDocument = new TypedDocumentString(`
    mutation NeedChoose($input: NeedChooseInput!) {
  needChoose(input: $input) {
    needRegistration {
      answer {
        asOf
        summary
      }
      budgetFrameOre
      category
      categoryCode
      choice {
        decidedAt
        decidedBy
        decidedOn
        key
        kind
        reason
        summary
      }
      description
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      neededBy
      registeredAt
      registeredBy
      registeredOn
      viewerCanChoose
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NeedChooseMutation, NeedChooseMutationVariables>;
export const NeedRegisterDocument = new TypedDocumentString(`
    mutation NeedRegister($input: NeedRegisterInput!) {
  needRegister(input: $input) {
    needRegistration {
      answer {
        asOf
        summary
      }
      budgetFrameOre
      category
      categoryCode
      choice {
        decidedAt
        decidedBy
        decidedOn
        key
        kind
        reason
        summary
      }
      description
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      neededBy
      registeredAt
      registeredBy
      registeredOn
      viewerCanChoose
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NeedRegisterMutation, NeedRegisterMutationVariables>;
export const NeedRegistrationsDocument = new TypedDocumentString(`
    query NeedRegistrations($after: String, $before: String, $category: ApplicationCategory, $first: Int, $last: Int, $municipality: ID) {
  needRegistrations(
    after: $after
    before: $before
    category: $category
    first: $first
    last: $last
    municipality: $municipality
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      answer {
        asOf
        summary
      }
      budgetFrameOre
      category
      categoryCode
      choice {
        decidedAt
        decidedBy
        decidedOn
        key
        kind
        reason
        summary
      }
      description
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      neededBy
      registeredAt
      registeredBy
      registeredOn
      viewerCanChoose
    }
  }
}
    `) as unknown as TypedDocumentString<NeedRegistrationsQuery, NeedRegistrationsQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($after: String, $before: String, $first: Int, $last: Int, $municipality: ID, $search: String) {
  people(
    after: $after
    before: $before
    first: $first
    last: $last
    municipality: $municipality
    search: $search
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      competences {
        id
        level
        since
      }
      email
      id
      itUnit {
        id
        kind
        name
      }
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      networkMemberships {
        id
        joinedOn
        leftOn
      }
      phone
      plannedLeave
      roleAssignments {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      title
      viewerCanSeeContactDetails
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonCreateDocument = new TypedDocumentString(`
    mutation PersonCreate($input: PersonCreateInput!) {
  personCreate(input: $input) {
    person {
      competences {
        id
        level
        since
      }
      email
      id
      itUnit {
        id
        kind
        name
      }
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      networkMemberships {
        id
        joinedOn
        leftOn
      }
      phone
      plannedLeave
      roleAssignments {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      title
      viewerCanSeeContactDetails
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PersonCreateMutation, PersonCreateMutationVariables>;
export const PersonPlannedLeaveSetDocument = new TypedDocumentString(`
    mutation PersonPlannedLeaveSet($input: PersonPlannedLeaveSetInput!) {
  personPlannedLeaveSet(input: $input) {
    person {
      competences {
        id
        level
        since
      }
      email
      id
      itUnit {
        id
        kind
        name
      }
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      networkMemberships {
        id
        joinedOn
        leftOn
      }
      phone
      plannedLeave
      roleAssignments {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      title
      viewerCanSeeContactDetails
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPlannedLeaveSetMutation, PersonPlannedLeaveSetMutationVariables>;
export const PersonUpdateDocument = new TypedDocumentString(`
    mutation PersonUpdate($input: PersonUpdateInput!) {
  personUpdate(input: $input) {
    person {
      competences {
        id
        level
        since
      }
      email
      id
      itUnit {
        id
        kind
        name
      }
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      networkMemberships {
        id
        joinedOn
        leftOn
      }
      phone
      plannedLeave
      roleAssignments {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      title
      viewerCanSeeContactDetails
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PersonUpdateMutation, PersonUpdateMutationVariables>;
export const PolicyGoalsDocument = new TypedDocumentString(`
    query PolicyGoals {
  policyGoals {
    achievedOn
    collaborationBody {
      description
      id
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      shortName
    }
    deadline
    description
    id
    status
    title
  }
}
    `) as unknown as TypedDocumentString<PolicyGoalsQuery, PolicyGoalsQueryVariables>;
export const RecommendationDecisionsDocument = new TypedDocumentString(`
    query RecommendationDecisions($after: String, $before: String, $first: Int, $from: LocalDate, $last: Int, $status: RecommendationDecisionStatus, $to: LocalDate) {
  recommendationDecisions(
    after: $after
    before: $before
    first: $first
    from: $from
    last: $last
    status: $status
    to: $to
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      candidateKey
      decidedAt
      decidedBy
      decidedOn
      deferredUntil
      expectedEffects {
        expectedCompetenceRiskScore
        expectedCostPerInhabitantOre
        expectedLevel
        expectedProductCount
        id
        note
        recordedBy
        recordedOn
      }
      id
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      participants {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      reason
      status
      subjectName
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationDecisionsQuery, RecommendationDecisionsQueryVariables>;
export const RoleAssignDocument = new TypedDocumentString(`
    mutation RoleAssign($input: RoleAssignInput!) {
  roleAssign(input: $input) {
    roleAssignment {
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      fromDate
      id
      itUnit {
        id
        kind
        name
      }
      kind
      kindCode
      note
      person {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      toDate
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RoleAssignMutation, RoleAssignMutationVariables>;
export const RoleAssignmentsDocument = new TypedDocumentString(`
    query RoleAssignments($after: String, $asOf: LocalDate, $before: String, $first: Int, $includeEnded: Boolean! = false, $kind: RoleKind, $last: Int, $person: ID) {
  roleAssignments(
    after: $after
    asOf: $asOf
    before: $before
    first: $first
    includeEnded: $includeEnded
    kind: $kind
    last: $last
    person: $person
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      fromDate
      id
      itUnit {
        id
        kind
        name
      }
      kind
      kindCode
      note
      person {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      toDate
    }
  }
}
    `) as unknown as TypedDocumentString<RoleAssignmentsQuery, RoleAssignmentsQueryVariables>;
export const RoleEndDocument = new TypedDocumentString(`
    mutation RoleEnd($input: RoleEndInput!) {
  roleEnd(input: $input) {
    roleAssignment {
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      fromDate
      id
      itUnit {
        id
        kind
        name
      }
      kind
      kindCode
      note
      person {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      toDate
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RoleEndMutation, RoleEndMutationVariables>;
export const SharedSystemStatusDocument = new TypedDocumentString(`
    query SharedSystemStatus($asOf: LocalDate) {
  sharedSystemStatus(asOf: $asOf) {
    agreements {
      agreement {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      asOf
      currentTermEnd
      currentTermStart
      daysLeft
      decisionDeadline
      extensionsRemaining
      extensionsUsed
      latestPossibleEnd
      noticeDeadline
      procurementLeadTimeMonths
      renewsAutomatically
      status
    }
    asOf
    collaboration {
      agreements {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      application {
        category
        categoryCode
        description
        id
        name
        scope
        vendor
      }
      collaborationBody {
        description
        id
        name
        shortName
      }
      competenceNetworks {
        category
        description
        id
        lastActivityOn
        meetingCadence
        name
        startedOn
      }
      description
      host {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      id
      level {
        description
        id
        name
        ordinal
      }
      levelHistory {
        changedOn
        decisionReference
        id
        reason
      }
      levelSince
      name
      operator {
        id
        kind
        name
      }
      participants {
        id
        joinedOn
        leftOn
      }
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
      startedOn
      statusBoardRow {
        asOf
        id
        needsAttention
      }
      trainingPlan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
    }
    host {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    id
    lastLevelChange {
      changedOn
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      decisionReference
      fromLevel {
        description
        id
        name
        ordinal
      }
      id
      reason
      toLevel {
        description
        id
        name
        ordinal
      }
    }
    level {
      description
      id
      name
      ordinal
    }
    needsAttention
    nextDeadline {
      agreement {
        annualCostOre
        currentTermEnd
        daysLeft
        decisionDeadline
        documentUrl
        endDate
        id
        kind
        maxExtensions
        name
        note
        noticeDeadline
        noticeGivenOn
        procurementLeadTimeMonths
        referenceNumber
        renewalKind
        renewalTermMonths
        startDate
        status
        terminatedOn
        vendorName
      }
      date
      daysLeft
      kind
      roleAssignment {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
    }
    openGaps {
      label
      object {
        __typename
        id
      }
      objectId
      objectType
      reason
      ruleCode
      ruleTitle
    }
    operator {
      id
      kind
      municipality {
        code
        codeValidFrom
        county
        countyCode
        id
        name
      }
      name
      roles {
        fromDate
        id
        kind
        kindCode
        note
        toDate
      }
    }
    participants {
      applicationUsages {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      changeFreezes {
        announcedLate
        announcedOn
        category
        fromDate
        fromMonthDay
        fromWeek
        id
        kind
        name
        note
        toDate
        toMonthDay
        toWeek
      }
      code
      codeValidFrom
      county
      countyCode
      formerCodes {
        code
        validFrom
        validTo
      }
      id
      itUnits {
        id
        kind
        name
      }
      memberships {
        fromDate
        id
        note
        toDate
      }
      name
      participations {
        id
        joinedOn
        leftOn
      }
      people {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      population {
        population
        year
      }
      populations {
        population
        year
      }
    }
    systemOwners {
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      fromDate
      id
      itUnit {
        id
        kind
        name
      }
      kind
      kindCode
      note
      person {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      toDate
    }
    systemResponsibles {
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      fromDate
      id
      itUnit {
        id
        kind
        name
      }
      kind
      kindCode
      note
      person {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      toDate
    }
  }
}
    `) as unknown as TypedDocumentString<SharedSystemStatusQuery, SharedSystemStatusQueryVariables>;
export const TrainingActivityAddDocument = new TypedDocumentString(`
    mutation TrainingActivityAdd($input: TrainingActivityAddInput!) {
  trainingActivityAdd(input: $input) {
    trainingActivity {
      audience
      costOre
      costSplit {
        basis
        key
      }
      heldOn
      id
      municipalities {
        id
        participantCount
      }
      note
      participants {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      plan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingActivityAddMutation, TrainingActivityAddMutationVariables>;
export const TrainingActivityRemoveDocument = new TypedDocumentString(`
    mutation TrainingActivityRemove($input: TrainingActivityRemoveInput!) {
  trainingActivityRemove(input: $input) {
    trainingPlan {
      activities {
        audience
        costOre
        heldOn
        id
        note
        title
      }
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      createdOn
      description
      id
      name
      nextReviewDue
      owner {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      reviewOverdue
      reviewedOn
      target
      targetGroups
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingActivityRemoveMutation, TrainingActivityRemoveMutationVariables>;
export const TrainingActivityUpdateDocument = new TypedDocumentString(`
    mutation TrainingActivityUpdate($input: TrainingActivityUpdateInput!) {
  trainingActivityUpdate(input: $input) {
    trainingActivity {
      audience
      costOre
      costSplit {
        basis
        key
      }
      heldOn
      id
      municipalities {
        id
        participantCount
      }
      note
      participants {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      plan {
        createdOn
        description
        id
        name
        nextReviewDue
        reviewOverdue
        reviewedOn
        target
        targetGroups
      }
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingActivityUpdateMutation, TrainingActivityUpdateMutationVariables>;
export const TrainingPlanCreateDocument = new TypedDocumentString(`
    mutation TrainingPlanCreate($input: TrainingPlanCreateInput!) {
  trainingPlanCreate(input: $input) {
    trainingPlan {
      activities {
        audience
        costOre
        heldOn
        id
        note
        title
      }
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      createdOn
      description
      id
      name
      nextReviewDue
      owner {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      reviewOverdue
      reviewedOn
      target
      targetGroups
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingPlanCreateMutation, TrainingPlanCreateMutationVariables>;
export const TrainingPlanUpdateDocument = new TypedDocumentString(`
    mutation TrainingPlanUpdate($input: TrainingPlanUpdateInput!) {
  trainingPlanUpdate(input: $input) {
    trainingPlan {
      activities {
        audience
        costOre
        heldOn
        id
        note
        title
      }
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      createdOn
      description
      id
      name
      nextReviewDue
      owner {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      reviewOverdue
      reviewedOn
      target
      targetGroups
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingPlanUpdateMutation, TrainingPlanUpdateMutationVariables>;
export const TrainingPlansDocument = new TypedDocumentString(`
    query TrainingPlans($after: String, $application: ID, $before: String, $first: Int, $last: Int, $municipality: ID, $target: TrainingPlanTarget) {
  trainingPlans(
    after: $after
    application: $application
    before: $before
    first: $first
    last: $last
    municipality: $municipality
    target: $target
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      activities {
        audience
        costOre
        heldOn
        id
        note
        title
      }
      applicationUsage {
        annualCostOre
        externalKey
        functionalFit
        id
        inUseSince
        lifecyclePhase
        note
        technicalFit
        userCount
      }
      collaboration {
        description
        id
        levelSince
        name
        startedOn
      }
      createdOn
      description
      id
      name
      nextReviewDue
      owner {
        email
        id
        name
        phone
        plannedLeave
        title
        viewerCanSeeContactDetails
      }
      reviewOverdue
      reviewedOn
      target
      targetGroups
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingPlansQuery, TrainingPlansQueryVariables>;
export const TriggerSettingsDocument = new TypedDocumentString(`
    query TriggerSettings {
  triggerSettings {
    agreementHorizonMonths
    agreementUrgentMonths
    competenceHorizonMonths
    competenceRiskMinScore
    id
    jointLevel
    poorFitThreshold
    sameApplicationMinMunicipalities
    transitionWindowDays
    weightAgreementExpiring
    weightCompetenceRisk
    weightPoorApplication
    weightSameApplication
  }
}
    `) as unknown as TypedDocumentString<TriggerSettingsQuery, TriggerSettingsQueryVariables>;
export const TriggerSettingsUpdateDocument = new TypedDocumentString(`
    mutation TriggerSettingsUpdate($input: TriggerSettingsUpdateInput!) {
  triggerSettingsUpdate(input: $input) {
    triggerSettings {
      agreementHorizonMonths
      agreementUrgentMonths
      competenceHorizonMonths
      competenceRiskMinScore
      id
      jointLevel
      poorFitThreshold
      sameApplicationMinMunicipalities
      transitionWindowDays
      weightAgreementExpiring
      weightCompetenceRisk
      weightPoorApplication
      weightSameApplication
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TriggerSettingsUpdateMutation, TriggerSettingsUpdateMutationVariables>;
export const VocabularyTermCreateDocument = new TypedDocumentString(`
    mutation VocabularyTermCreate($input: VocabularyTermCreateInput!) {
  vocabularyTermCreate(input: $input) {
    userErrors {
      code
      field
      message
    }
    vocabularyTerm {
      code
      description
      id
      name
      reviewDefaultMonths
      reviewMaxMonths
      reviewMinMonths
      roleTargets
      singleHolder
      sortOrder
      vocabulary
    }
  }
}
    `) as unknown as TypedDocumentString<VocabularyTermCreateMutation, VocabularyTermCreateMutationVariables>;
export const VocabularyTermUpdateDocument = new TypedDocumentString(`
    mutation VocabularyTermUpdate($input: VocabularyTermUpdateInput!) {
  vocabularyTermUpdate(input: $input) {
    userErrors {
      code
      field
      message
    }
    vocabularyTerm {
      code
      description
      id
      name
      reviewDefaultMonths
      reviewMaxMonths
      reviewMinMonths
      roleTargets
      singleHolder
      sortOrder
      vocabulary
    }
  }
}
    `) as unknown as TypedDocumentString<VocabularyTermUpdateMutation, VocabularyTermUpdateMutationVariables>;
export const VocabularyTermsDocument = new TypedDocumentString(`
    query VocabularyTerms($vocabulary: Vocabulary!) {
  vocabularyTerms(vocabulary: $vocabulary) {
    code
    description
    id
    name
    reviewDefaultMonths
    reviewMaxMonths
    reviewMinMonths
    roleTargets
    singleHolder
    sortOrder
    vocabulary
  }
}
    `) as unknown as TypedDocumentString<VocabularyTermsQuery, VocabularyTermsQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($after: String, $before: String, $endpoint: ID, $first: Int, $last: Int, $status: WebhookDeliveryStatus) {
  webhookDeliveries(
    after: $after
    before: $before
    endpoint: $endpoint
    first: $first
    last: $last
    status: $status
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      attempts
      createdAt
      eventType
      id
      lastAttemptAt
      lastError
      lastResponseCode
      messageId
      nextAttemptAt
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    secret
    userErrors {
      code
      field
      message
    }
    webhookEndpoint {
      createdAt
      description
      disabledAt
      eventTypes
      id
      thresholdDays
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointCreateMutation, WebhookEndpointCreateMutationVariables>;
export const WebhookEndpointDisableDocument = new TypedDocumentString(`
    mutation WebhookEndpointDisable($input: WebhookEndpointDisableInput!) {
  webhookEndpointDisable(input: $input) {
    userErrors {
      code
      field
      message
    }
    webhookEndpoint {
      createdAt
      description
      disabledAt
      eventTypes
      id
      thresholdDays
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointDisableMutation, WebhookEndpointDisableMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($after: String, $before: String, $first: Int, $last: Int) {
  webhookEndpoints(after: $after, before: $before, first: $first, last: $last) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      createdAt
      description
      disabledAt
      eventTypes
      id
      thresholdDays
      url
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WhatIfDocument = new TypedDocumentString(`
    query WhatIf($input: WhatIfInput!) {
  whatIf(input: $input) {
    agreements {
      agreement
      agreementId
      change
      currentTermEnd
      decisionDeadline
      kind
      noticeDeadline
      noticeDeadlinePassed
      referenceNumber
    }
    change
    costSplits {
      agreement
      agreementId
      key
      problem
      shares {
        afterOre
        beforeOre
        changeOre
        code
        name
      }
      totalOre
    }
    from
    municipalityCode
    municipalityName
    scope
    summary
    systems {
      application
      collaboration
      collaborationId
      consequences
      fallsBelowLevel
      level
      levelName
      participantsAfter
      participantsBefore
      rolesLost
      specialistsAfter
      specialistsBefore
      specialistsLost
    }
    window {
      avoidedFreezes
      end
      start
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfQuery, WhatIfQueryVariables>;
export const WhatIfDecisionRecordDocument = new TypedDocumentString(`
    mutation WhatIfDecisionRecord($input: WhatIfDecisionRecordInput!) {
  whatIfDecisionRecord(input: $input) {
    decision {
      change
      decidedBy
      decidedOn
      decisionReference
      from
      id
      reason
      resultSha256
      scenario
      summary
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfDecisionRecordMutation, WhatIfDecisionRecordMutationVariables>;
export const WhatIfDecisionsDocument = new TypedDocumentString(`
    query WhatIfDecisions {
  whatIfDecisions {
    change
    decidedBy
    decidedOn
    decisionReference
    from
    id
    reason
    resultSha256
    scenario
    summary
  }
}
    `) as unknown as TypedDocumentString<WhatIfDecisionsQuery, WhatIfDecisionsQueryVariables>;
export const CollaborationLevelSetDocument = new TypedDocumentString(`
    mutation CollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    collaboration {
      id
      level {
        id
        ordinal
        name
      }
      statusBoardRow {
        id
        asOf
        level {
          id
          ordinal
          name
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationLevelSetMutation, CollaborationLevelSetMutationVariables>;
export const CompetenceRiskDocument = new TypedDocumentString(`
    query CompetenceRisk($municipality: ID, $application: ID, $asOf: LocalDate, $minLevel: CompetenceRiskLevel, $first: Int, $after: String) {
  competenceRisk(
    municipality: $municipality
    application: $application
    asOf: $asOf
    minLevel: $minLevel
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      kind
      label
      score
      level
      shared
      specialistCount
      specialistsLeaving
      application {
        id
        name
      }
      municipality {
        id
        code
        name
      }
      collaboration {
        id
        name
      }
      reasons {
        code
        contribution
        explanation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceRiskQuery, CompetenceRiskQueryVariables>;
export const CollaborationCandidatesDocument = new TypedDocumentString(`
    query CollaborationCandidates($municipality: ID, $asOf: LocalDate, $minScore: Int, $includeHidden: Boolean! = false, $orderBy: CollaborationCandidateOrder, $first: Int, $after: String) {
  collaborationCandidates(
    municipality: $municipality
    asOf: $asOf
    minScore: $minScore
    includeHidden: $includeHidden
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      kind
      score
      drivingDeadline
      summary
      explanation
      hidden
      viewerCanDecide
      combinedAnnualCostOre
      proposedApplication {
        id
        name
      }
      participants {
        id
        code
        name
      }
      targetLevel {
        id
        ordinal
        name
      }
      decision {
        id
        status
        reason
        decidedOn
        deferredUntil
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationCandidatesQuery, CollaborationCandidatesQueryVariables>;
export const RecommendationDecideDocument = new TypedDocumentString(`
    mutation RecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    decision {
      id
      status
      reason
      decidedOn
      deferredUntil
      candidateKey
    }
    candidate {
      id
      key
      asOf
      score
      hidden
      decision {
        id
        status
        reason
        decidedOn
        deferredUntil
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationDecideMutation, RecommendationDecideMutationVariables>;
export const StatusBoardDocument = new TypedDocumentString(`
    query StatusBoard($asOf: LocalDate, $first: Int, $after: String, $last: Int, $before: String, $participant: ID, $level: Int, $needsAttention: Boolean, $orderBy: SharedSystemStatusOrder) {
  statusBoard(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
    participant: $participant
    level: $level
    needsAttention: $needsAttention
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
    nodes {
      id
      asOf
      collaboration {
        id
        name
      }
      level {
        id
        ordinal
        name
      }
      host {
        id
        code
        name
      }
      participants {
        id
        code
        name
      }
      needsAttention
      nextDeadline {
        date
        kind
        daysLeft
        agreement {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatusBoardQuery, StatusBoardQueryVariables>;
export const ApplicationUsagesImportDocument = new TypedDocumentString(`
    mutation ApplicationUsagesImport($input: ApplicationUsagesImportInput!) {
  applicationUsagesImport(input: $input) {
    plan {
      applied
      createCount
      updateCount
      unchangedCount
      problems {
        row
        column
        message
        code
      }
      rows {
        row
        product
        vendor
        externalKey
        action
        match
        changes {
          column
          before
          after
        }
        problems {
          row
          column
          message
          code
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationUsagesImportMutation, ApplicationUsagesImportMutationVariables>;
export const ApplicationUsagesDocument = new TypedDocumentString(`
    query ApplicationUsages($municipality: ID, $first: Int, $after: String) {
  applicationUsages(municipality: $municipality, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      application {
        id
        name
        category
      }
      municipality {
        id
        code
        name
      }
      lifecyclePhase
      functionalFit
      technicalFit
      userCount
      annualCostOre
      inUseSince
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationUsagesQuery, ApplicationUsagesQueryVariables>;
export const ApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation ApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    applicationUsage {
      id
      functionalFit
      technicalFit
      userCount
      annualCostOre
      lifecyclePhase
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationUsageUpdateMutation, ApplicationUsageUpdateMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    tokenName
    role
    tokenExpiresAt
    municipality {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;