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

export type AgreementsMutationsAgreementGiveNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type AgreementsMutationsAgreementGiveNoticeMutation = { agreementGiveNotice: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type AgreementsMutationsResultFragment = { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }>, agreement: { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null } | null };

export type AgreementsMutationsAgreementFragment = { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null };

export type AgreementsMutationsCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type AgreementsMutationsCreateMutation = { agreementCreate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }>, agreement: { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null } | null } | null };

export type AgreementsMutationsUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type AgreementsMutationsUpdateMutation = { agreementUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }>, agreement: { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null } | null } | null };

export type AgreementsMutationsExtendMutationVariables = Exact<{
  input: AgreementExtendInput;
}>;


export type AgreementsMutationsExtendMutation = { agreementExtend: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }>, agreement: { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null } | null } | null };

export type AgreementsMutationsNoticeMutationVariables = Exact<{
  input: AgreementGiveNoticeInput;
}>;


export type AgreementsMutationsNoticeMutation = { agreementGiveNotice: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }>, agreement: { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null } | null } | null };

export type AgreementsMutationsTerminateMutationVariables = Exact<{
  input: AgreementTerminateInput;
}>;


export type AgreementsMutationsTerminateMutation = { agreementTerminate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }>, agreement: { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null } | null } | null };

export type AgreementsMutationsAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementsMutationsAgreementsQuery = { agreements: { totalCount: number } | null };

export type AgreementsMutationsSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementsMutationsSnapshotQuery = { node:
    | { id: string, name: string, kind: AgreementKind, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, noticeGivenOn: string | null, terminatedOn: string | null, schedule: { status: AgreementStatus, currentTermEnd: string, extensionsUsed: number, renewsAutomatically: boolean }, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, costKey: { kind: CostKeyKind, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type AgreementsMutationsAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementsMutationsAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, changes: Array<{ fields: Array<{ field: string, after: unknown }> }> }> } | null };

export type AgreementsMutationsCostAllocationQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementsMutationsCostAllocationQuery = { costAllocation: { shares: Array<{ amountOre: number, municipality: { code: string } }> } | null };

export type AgreementsMutationsAgreements2QueryVariables = Exact<{
  m: string | number;
}>;


export type AgreementsMutationsAgreements2Query = { agreements: { nodes: Array<{ name: string }> } | null };

export type QueriesAgreementExtendMutationVariables = Exact<{
  id: string | number;
}>;


export type QueriesAgreementExtendMutation = { agreementExtend: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type QueriesAgreementGiveNoticeMutationVariables = Exact<{
  id: string | number;
  on?: string | null | undefined;
}>;


export type QueriesAgreementGiveNoticeMutation = { agreementGiveNotice: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type QueriesAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesAgreementsQuery = { agreements: { totalCount: number, nodes: Array<{ name: string }> } | null };

export type QueriesAgreements2QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesAgreements2Query = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ name: string }> } | null };

export type QueriesNodeQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type QueriesNodeQuery = { node:
    | { name: string, kind: AgreementKind, startDate: string, endDate: string, renewalKind: RenewalKind, renewalTermMonths: number | null, maxExtensions: number | null, status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, daysLeft: number, noticePeriod: { amount: number, unit: PeriodUnit } | null, schedule: { asOf: string, currentTermStart: string, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, status: AgreementStatus, daysLeft: number, extensionsUsed: number, extensionsRemaining: number, latestPossibleEnd: string, renewsAutomatically: boolean, procurementLeadTimeMonths: number } }
    | Record<PropertyKey, never>
   | null };

export type QueriesNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type QueriesNode2Query = { node:
    | { municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, applications: Array<{ name: string }>, collaborations: Array<{ name: string }>, costKey: { kind: CostKeyKind, populationYear: number | null, baseShareBasisPoints: number | null, shares: Array<{ shareBasisPoints: number, municipality: { code: string } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type QueriesNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type QueriesNode3Query = { node:
    | { agreements: Array<{ name: string }> }
    | Record<PropertyKey, never>
   | null };

export type QueriesCostAllocationQueryVariables = Exact<{
  id: string | number;
  year?: number | null | undefined;
  total?: number | null | undefined;
}>;


export type QueriesCostAllocationQuery = { costAllocation: { year: number, key: CostKeyKind, populationYear: number | null, baseShareBasisPoints: number | null, totalOre: number, shares: Array<{ population: number | null, populationYear: number | null, shareBasisPoints: number | null, fraction: number, amountOre: number, municipality: { code: string } }> } | null };

export type FactSnapshotStatusBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  attention?: boolean | null | undefined;
}>;


export type FactSnapshotStatusBoardQuery = { statusBoard: { totalCount: number, pageInfo: { endCursor: string | null }, nodes: Array<{ collaboration: { name: string }, level: { ordinal: number } | null, participants: Array<{ code: string }>, agreements: Array<{ status: AgreementStatus, decisionDeadline: string }>, nextDeadline: { date: string, kind: DeadlineKind } | null, openGaps: Array<{ ruleCode: string }> }> } | null };

export type FactSnapshotCompetenceRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type FactSnapshotCompetenceRiskQuery = { competenceRisk: { totalCount: number, nodes: Array<{ label: string, score: number, specialistsLeaving: number }> } | null };

export type FactSnapshotCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FactSnapshotCollaborationsQuery = { collaborations: { nodes: Array<{ id: string, name: string, level: { ordinal: number } }> } | null };

export type FactSnapshotCollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type FactSnapshotCollaborationLevelsQuery = { collaborationLevels: Array<{ id: string, ordinal: number }> | null };

export type FactSnapshotCollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type FactSnapshotCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }>, collaboration: { statusBoardRow: { level: { ordinal: number } | null } | null } | null } | null };

export type FactSnapshotCollaborationLevelSet2MutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type FactSnapshotCollaborationLevelSet2Mutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FactSnapshotCollaborations2QueryVariables = Exact<{ [key: string]: never; }>;


export type FactSnapshotCollaborations2Query = { collaborations: { nodes: Array<{ id: string, name: string }> } | null };

export type ResponseCacheMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type ResponseCacheMunicipalityQuery = { municipality: { name: string } | null };

export type ResponseCacheCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheCollaborationsQuery = { collaborations: { nodes: Array<{ name: string, level: { ordinal: number }, participants: Array<{ municipality: { code: string } }> }> } | null };

export type ResponseCacheCollaborations2QueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheCollaborations2Query = { together: { nodes: Array<{ name: string, participants: Array<{ municipality: { name: string } }>, levelHistory: Array<{ changedOn: string }> }> } | null };

export type ResponseCacheMunicipalityUpdateMutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type ResponseCacheMunicipalityUpdateMutation = { municipalityUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ResponseCacheCollaborations3QueryVariables = Exact<{
  asOf: string;
}>;


export type ResponseCacheCollaborations3Query = { collaborations: { nodes: Array<{ name: string, levelOn: { ordinal: number } | null }> } | null };

export type ResponseCacheCollaborations4QueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheCollaborations4Query = { collaborations: { nodes: Array<{ id: string, name: string }> } | null };

export type ResponseCacheCollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheCollaborationLevelsQuery = { collaborationLevels: Array<{ id: string, ordinal: number }> | null };

export type ResponseCacheCollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type ResponseCacheCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ResponseCacheMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheMunicipalitiesQuery = { municipalities: { totalCount: number } | null };

export type ResponseCacheMunicipality2QueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheMunicipality2Query = { municipality: { code: string, name: string } | null };

export type ResponseCachePeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCachePeopleQuery = { people: { nodes: Array<{ name: string, email: string | null, phone: string | null, plannedLeave: string | null, municipality: { code: string } }> } | null };

export type ResponseCacheViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheViewerQuery = { viewer: { tokenName: string, role: Role } | null };

export type ResponseCacheCollaborationLevels2QueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheCollaborationLevels2Query = { collaborationLevels: Array<{ ordinal: number }> | null };

export type ResponseCacheMunicipalityPopulationSetMutationVariables = Exact<{
  input: MunicipalityPopulationSetInput;
}>;


export type ResponseCacheMunicipalityPopulationSetMutation = { municipalityPopulationSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ResponseCache__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCache__SchemaQuery = { __schema: { queryType: { name: string | null } } };

export type ResponseCacheMunicipalityUpdate2MutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type ResponseCacheMunicipalityUpdate2Mutation = { municipalityUpdate: { municipality: { county: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type LeavePrivacyCompetenceRiskQueryVariables = Exact<{
  h: number;
}>;


export type LeavePrivacyCompetenceRiskQuery = { competenceRisk: { nodes: Array<{ label: string, specialistsLeaving: number, reasons: Array<{ code: CompetenceRiskReasonCode }> }> } | null };

export type CompetenceMutationsCompetenceRiskQueryVariables = Exact<{
  k?: CompetenceRiskSubjectKind | null | undefined;
}>;


export type CompetenceMutationsCompetenceRiskQuery = { competenceRisk: { nodes: Array<{ label: string, score: number, specialistCount: number, specialistsLeaving: number, trainedCount: number, reasons: Array<{ code: CompetenceRiskReasonCode, contribution: number }> }> } | null };

export type CompetenceMutationsPersonPlannedLeaveSetMutationVariables = Exact<{
  p: string | number;
  l?: string | null | undefined;
}>;


export type CompetenceMutationsPersonPlannedLeaveSetMutation = { personPlannedLeaveSet: { person: { name: string, plannedLeave: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsCompetenceSetMutationVariables = Exact<{
  p: string | number;
  a: string | number;
  l: CompetenceLevel;
  s?: string | null | undefined;
}>;


export type CompetenceMutationsCompetenceSetMutation = { competenceSet: { competence: { level: CompetenceLevel, since: string | null, person: { name: string }, application: { name: string } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsCompetenceRemoveMutationVariables = Exact<{
  p: string | number;
  a: string | number;
}>;


export type CompetenceMutationsCompetenceRemoveMutation = { competenceRemove: { person: { competences: Array<{ application: { name: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceMutationsApplicationsQuery = { applications: { nodes: Array<{ competences: Array<{ id: string }> }> } | null };

export type CompetenceMutationsAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceMutationsAuditLogQuery = { auditLog: { nodes: Array<{ changes: Array<{ kind: string, objectType: string }> }> } | null };

export type CompetenceMutationsCompetenceNetworkCreateMutationVariables = Exact<{
  input: CompetenceNetworkCreateInput;
}>;


export type CompetenceMutationsCompetenceNetworkCreateMutation = { competenceNetworkCreate: { competenceNetwork: { id: string, name: string, category: ApplicationCategory | null, coordinator: { name: string }, members: Array<{ person: { name: string } }>, collaborations: Array<{ name: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsCompetenceNetworkMemberAddMutationVariables = Exact<{
  n: string | number;
  p: string | number;
  d?: string | null | undefined;
}>;


export type CompetenceMutationsCompetenceNetworkMemberAddMutation = { competenceNetworkMemberAdd: { competenceNetwork: { members: Array<{ person: { name: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsCompetenceNetworkMemberRemoveMutationVariables = Exact<{
  n: string | number;
  p: string | number;
  d?: string | null | undefined;
}>;


export type CompetenceMutationsCompetenceNetworkMemberRemoveMutation = { competenceNetworkMemberRemove: { competenceNetwork: { members: Array<{ person: { name: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsCompetenceNetworkActivityAddMutationVariables = Exact<{
  input: CompetenceNetworkActivityAddInput;
}>;


export type CompetenceMutationsCompetenceNetworkActivityAddMutation = { competenceNetworkActivityAdd: { competenceNetworkActivity: { occurredOn: string, kind: NetworkActivityKind, title: string, participants: Array<{ name: string }>, network: { name: string } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CompetenceMutationsNodeQuery = { node:
    | { members: Array<{ leftOn: string | null, person: { name: string } }>, tomorrow: Array<{ person: { name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type CompetenceMutationsCompetenceRisk2QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceMutationsCompetenceRisk2Query = { competenceRisk: { nodes: Array<{ label: string, reasons: Array<{ code: CompetenceRiskReasonCode }> }> } | null };

export type CompetenceMutationsCompetenceNetworkUpdateMutationVariables = Exact<{
  input: CompetenceNetworkUpdateInput;
}>;


export type CompetenceMutationsCompetenceNetworkUpdateMutation = { competenceNetworkUpdate: { competenceNetwork: { meetingCadence: MeetingCadence | null, coordinator: { name: string }, collaborations: Array<{ name: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsTrainingPlanCreateMutationVariables = Exact<{
  input: TrainingPlanCreateInput;
}>;


export type CompetenceMutationsTrainingPlanCreateMutation = { trainingPlanCreate: { trainingPlan: { name: string, target: TrainingPlanTarget, reviewedOn: string, targetGroups: Array<string>, owner: { name: string } | null, applicationUsage: { id: string } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsTrainingPlanUpdateMutationVariables = Exact<{
  input: TrainingPlanUpdateInput;
}>;


export type CompetenceMutationsTrainingPlanUpdateMutation = { trainingPlanUpdate: { trainingPlan: { reviewedOn: string, reviewOverdue: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsTrainingActivityAddMutationVariables = Exact<{
  input: TrainingActivityAddInput;
}>;


export type CompetenceMutationsTrainingActivityAddMutation = { trainingActivityAdd: { trainingActivity: { id: string, heldOn: string, title: string, costOre: number | null, municipalities: Array<{ participantCount: number, municipality: { code: string } }>, participants: Array<{ name: string }>, costSplit: { basis: TrainingCostBasis, shares: Array<{ amountOre: number, municipality: { code: string } }> } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsTrainingActivityUpdateMutationVariables = Exact<{
  input: TrainingActivityUpdateInput;
}>;


export type CompetenceMutationsTrainingActivityUpdateMutation = { trainingActivityUpdate: { trainingActivity: { title: string, municipalities: Array<{ participantCount: number }>, participants: Array<{ name: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CompetenceMutationsTrainingActivityRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type CompetenceMutationsTrainingActivityRemoveMutation = { trainingActivityRemove: { trainingPlan: { activities: Array<{ title: string }> } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type CompetenceSeedCompetenceRiskQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  municipality?: string | number | null | undefined;
  minScore?: number | null | undefined;
  kind?: CompetenceRiskSubjectKind | null | undefined;
  horizonMonths?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CompetenceSeedCompetenceRiskQuery = { competenceRisk: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: CompetenceRiskSubjectKind, label: string, shared: boolean, score: number, level: CompetenceRiskLevel, specialistCount: number, specialistsLeaving: number, trainedCount: number, trainedShare: number | null, userCount: number | null, trainingPlanReviewedOn: string | null, reasons: Array<{ code: CompetenceRiskReasonCode, contribution: number, explanation: string }>, application: { name: string }, municipality: { code: string } | null, collaboration: { name: string } | null, trainingPlan: { name: string } | null, competenceNetworks: Array<{ name: string }> }> } | null };

export type CompetenceSeedCompetenceNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedCompetenceNetworksQuery = { competenceNetworks: { totalCount: number, nodes: Array<{ name: string, category: ApplicationCategory | null, meetingCadence: MeetingCadence | null, startedOn: string | null, lastActivityOn: string | null, coordinator: { name: string, municipality: { code: string } }, members: Array<{ joinedOn: string, person: { name: string, municipality: { code: string } } }>, collaborations: Array<{ name: string }>, activities: Array<{ occurredOn: string, kind: NetworkActivityKind, title: string, participants: Array<{ name: string }> }> }> } | null };

export type CompetenceSeedCompetenceNetworks2QueryVariables = Exact<{
  m?: string | number | null | undefined;
  c?: string | number | null | undefined;
  cat?: ApplicationCategory | null | undefined;
}>;


export type CompetenceSeedCompetenceNetworks2Query = { competenceNetworks: { nodes: Array<{ name: string }> } | null };

export type CompetenceSeedCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedCollaborationsQuery = { collaborations: { nodes: Array<{ id: string, competenceNetworks: Array<{ name: string }> }> } | null };

export type CompetenceSeedCollaborations2QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedCollaborations2Query = { collaborations: { nodes: Array<{ competenceNetworks: Array<{ name: string }> }> } | null };

export type CompetenceSeedPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedPeopleQuery = { people: { nodes: Array<{ competences: Array<{ level: CompetenceLevel, since: string | null, application: { name: string } }>, networkMemberships: Array<{ network: { name: string } }> }> } | null };

export type CompetenceSeedApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedApplicationsQuery = { applications: { nodes: Array<{ competences: Array<{ person: { name: string } }> }> } | null };

export type CompetenceSeedApplicationUsagesQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type CompetenceSeedApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ application: { name: string }, competences: Array<{ person: { name: string } }>, trainingPlan: { name: string } | null }> } | null };

export type CompetenceSeedPeople2QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedPeople2Query = { people: { nodes: Array<{ plannedLeave: string | null }> } | null };

export type CompetenceSeedTrainingPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedTrainingPlansQuery = { trainingPlans: { totalCount: number, nodes: Array<{ name: string, target: TrainingPlanTarget, targetGroups: Array<string>, reviewedOn: string, nextReviewDue: string, reviewOverdue: boolean, owner: { name: string } | null, applicationUsage: { municipality: { code: string }, application: { name: string } } | null, collaboration: { name: string } | null, activities: Array<{ heldOn: string, title: string, municipalities: Array<{ participantCount: number, municipality: { code: string } }>, participants: Array<{ name: string }> }> }> } | null };

export type CompetenceSeedTrainingPlans2QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedTrainingPlans2Query = { trainingPlans: { nodes: Array<{ name: string }> } | null };

export type CompetenceSeedTrainingPlans3QueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type CompetenceSeedTrainingPlans3Query = { trainingPlans: { nodes: Array<{ name: string }> } | null };

export type CompetenceSeedTrainingPlans4QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedTrainingPlans4Query = { trainingPlans: { nodes: Array<{ name: string, activities: Array<{ title: string, costOre: number | null, costSplit: { basis: TrainingCostBasis, shares: Array<{ amountOre: number, fraction: number, population: number | null, populationYear: number | null, municipality: { code: string } }> } | null }> }> } | null };

export type CompetenceSeedTrainingPlans5QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedTrainingPlans5Query = { trainingPlans: { nodes: Array<{ name: string, activities: Array<{ title: string, costOre: number | null, costSplit: { basis: TrainingCostBasis, key: CostKeyKind, agreement: { name: string } | null, shares: Array<{ amountOre: number, population: number | null, municipality: { code: string } }> } | null }> }> } | null };

export type CompetenceSeedInPhaseQueryVariables = Exact<{
  phase?: LifecyclePhase | null | undefined;
}>;


export type CompetenceSeedInPhaseQuery = { applicationUsages: { totalCount: number } | null };

export type CompetenceSeedNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CompetenceSeedNodeQuery = { node:
    | { name: string }
    | Record<PropertyKey, never>
   | null };

export type CompetenceSeedApplications2QueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceSeedApplications2Query = { applications: { nodes: Array<{ id: string }> } | null };

export type CompetenceStatementsCompetenceRiskQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type CompetenceStatementsCompetenceRiskQuery = { competenceRisk: { totalCount: number, nodes: Array<{ kind: CompetenceRiskSubjectKind, label: string, score: number, level: CompetenceRiskLevel, specialistCount: number, specialistsLeaving: number, trainedShare: number | null, reasons: Array<{ code: CompetenceRiskReasonCode, contribution: number, explanation: string }>, application: { name: string }, municipality: { code: string } | null, collaboration: { name: string } | null, trainingPlan: { name: string, reviewedOn: string } | null, competenceNetworks: Array<{ name: string }> }> } | null };

export type CompetenceStatementsCompetenceRisk2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CompetenceStatementsCompetenceRisk2Query = { competenceRisk: { pageInfo: { endCursor: string | null }, nodes: Array<{ label: string }> } | null };

export type KeptUpToDateStatusBoardQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type KeptUpToDateStatusBoardQuery = { statusBoard: { totalCount: number, nodes: Array<{ needsAttention: boolean, collaboration: { name: string }, level: { ordinal: number } | null, lastLevelChange: { changedOn: string } | null, participants: Array<{ code: string }>, systemOwners: Array<{ id: string }>, systemResponsibles: Array<{ id: string }>, agreements: Array<{ status: AgreementStatus, decisionDeadline: string, noticeDeadline: string, currentTermEnd: string, agreement: { name: string } }>, nextDeadline: { date: string, kind: DeadlineKind, daysLeft: number } | null, openGaps: Array<{ ruleCode: string, objectId: string, reason: string }> }> } | null, governanceReport: { applicable: number, compliant: number, rules: Array<{ code: string, applicable: number, compliant: number, failures: Array<{ objectId: string, label: string, reason: string, object:
          | { id: string }
          | { id: string }
          | { userCount: number | null, lifecyclePhase: LifecyclePhase, id: string }
          | { id: string }
          | { name: string, id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }> }> } | null, competenceRisk: { totalCount: number, nodes: Array<{ label: string, score: number, level: CompetenceRiskLevel, specialistsLeaving: number, reasons: Array<{ code: CompetenceRiskReasonCode, contribution: number, explanation: string }> }> } | null, collaborationCandidates: { totalCount: number, nodes: Array<{ key: string, score: number, kind: CollaborationCandidateKind, summary: string, explanation: Array<string>, hidden: boolean, targetLevel: { ordinal: number }, participants: Array<{ code: string }> }> } | null, annualReport: { summary: { systems: Array<{ name: string, host: string, participantsEnd: number, levelEnd: { ordinal: number } | null }>, changes: Array<{ system: string, changedOn: string }> }, agreements: { noticeGiven: Array<{ agreement: string, date: string }>, upcomingDecisions: Array<{ agreement: string, date: string }> }, recommendations: Array<{ subject: string, score: number | null, decision: string | null }>, followUps: { decisions: Array<{ subject: string, points: Array<{ realised: { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null } | null }> }> }, competence: { risks: Array<{ label: string, score: number }>, trainings: Array<{ title: string, participants: number, costOre: number | null }> }, cost: { totalOre: number, municipalities: Array<{ municipality: string, trainingOre: number, totalOre: number, perInhabitantOre: number | null }>, unsplit: Array<{ agreement: string, reason: string }> }, governance: { complianceEnd: number, rules: Array<{ code: string, applicable: number, compliant: number }> } } | null };

export type KeptUpToDateStatusBoard2QueryVariables = Exact<{ [key: string]: never; }>;


export type KeptUpToDateStatusBoard2Query = { statusBoard: { nodes: Array<{ collaboration: { name: string }, level: { ordinal: number } | null, openGaps: Array<{ ruleCode: string }> }> } | null };

export type KeptUpToDateCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type KeptUpToDateCollaborationsQuery = { collaborations: { nodes: Array<{ id: string, name: string, level: { ordinal: number } }> } | null, collaborationLevels: Array<{ id: string, ordinal: number }> | null, applicationUsages: { nodes: Array<{ id: string, userCount: number | null, municipality: { code: string }, application: { name: string } }> } | null, people: { nodes: Array<{ id: string, name: string, municipality: { id: string, code: string } }> } | null, applications: { nodes: Array<{ id: string, name: string }> } | null, agreements: { nodes: Array<{ id: string, name: string, status: AgreementStatus }> } | null, municipalities: { nodes: Array<{ id: string, code: string }> } | null };

export type KeptUpToDateCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeptUpToDateCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string }> } | null };

export type KeptUpToDateRecommendationDecideMutationVariables = Exact<{
  i: RecommendationDecideInput;
}>;


export type KeptUpToDateRecommendationDecideMutation = { recommendationDecide: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type KeptUpToDateApplicationUsagesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeptUpToDateApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string, userCount: number | null }> } | null };

export type KeptUpToDateApplicationUsageUpdateMutationVariables = Exact<{
  i: ApplicationUsageUpdateInput;
}>;


export type KeptUpToDateApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type KeptUpToDateStatusBoard3QueryVariables = Exact<{ [key: string]: never; }>;


export type KeptUpToDateStatusBoard3Query = { statusBoard: { nodes: Array<{ collaboration: { name: string }, level: { ordinal: number } | null }> } | null };

export type KeptUpToDateApplicationUsageUpdate2MutationVariables = Exact<{
  i: ApplicationUsageUpdateInput;
}>;


export type KeptUpToDateApplicationUsageUpdate2Mutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }>, applicationUsage: { userCount: number | null } | null } | null };

export type UnitsApplicationUsagesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string, userCount: number | null, application: { id: string } }> } | null };

export type UnitsApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type UnitsApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ message: string }>, applicationUsage: { userCount: number | null } | null } | null };

export type KeptApplicationUsagesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeptApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string, userCount: number | null, application: { id: string } }> } | null };

export type KeptApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type KeptApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ message: string }> } | null };

export type UnitsMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsMunicipalitiesQuery = { municipalities: { nodes: Array<{ code: string, name: string }> } | null };

export type AccessMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessMunicipalitiesQuery = { municipalities: { totalCount: number } | null };

export type AccessViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerQuery = { viewer: { role: Role } | null };

export type AccessViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewer2Query = { viewer: { role: Role, tokenName: string } | null };

export type AccessViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewer3Query = { viewer: { tokenName: string } | null };

export type AccessMunicipalityUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessMunicipalityUpdateMutation = { municipalityUpdate: { municipality: { name: string } | null } | null };

export type AccessMunicipalityUpdate2MutationVariables = Exact<{
  id: string | number;
  county?: string | null | undefined;
}>;


export type AccessMunicipalityUpdate2Mutation = { municipalityUpdate: { municipality: { county: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AccessMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type AccessMunicipalityQuery = { municipality: { county: string | null } | null };

export type AccessApplicationUsageCreateMutationVariables = Exact<{
  m: string | number;
  a: string | number;
}>;


export type AccessApplicationUsageCreateMutation = { applicationUsageCreate: { applicationUsage: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AccessApplicationUsagesQueryVariables = Exact<{
  m: string | number;
}>;


export type AccessApplicationUsagesQuery = { applicationUsages: { totalCount: number } | null };

export type AccessCollaborationUpdateMutationVariables = Exact<{
  id: string | number;
  d?: string | null | undefined;
}>;


export type AccessCollaborationUpdateMutation = { collaborationUpdate: { collaboration: { description: string | null } | null } | null };

export type AccessMunicipalityCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessMunicipalityCreateMutation = { municipalityCreate: { municipality: { id: string } | null } | null };

export type AccessAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAuditLogQuery = { auditLog: { totalCount: number } | null };

export type AccessPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessPeopleQuery = { people: { nodes: Array<{ name: string, email: string | null, viewerCanSeeContactDetails: boolean, municipality: { code: string } }> } | null };

export type AuditCollaborationLevelSetMutationVariables = Exact<{
  c: string | number;
  l: string | number;
}>;


export type AuditCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type AuditAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditAuditLogQuery = { auditLog: { nodes: Array<{ correctionReason: string | null, changes: Array<{ objectType: string, fields: Array<{ field: string, before: unknown, after: unknown }> }> }> } | null };

export type AuditNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditNodeQuery = { node:
    | { ordinal: number }
    | Record<PropertyKey, never>
   | null };

export type LimitsMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMunicipalitiesQuery = { municipalities: { totalCount: number } | null };

export type LimitsMunicipalities2QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMunicipalities2Query = { municipalities: { totalCount: number } | null };

export type LimitsMunicipalities3QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMunicipalities3Query = { municipalities: { totalCount: number } | null };

export type LimitsMunicipalities4QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMunicipalities4Query = { municipalities: { totalCount: number, nodes: Array<{ code: string }> } | null };

export type LimitsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LimitsNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type LimitsMunicipalities5QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMunicipalities5Query = { municipalities: { totalCount: number } | null };

export type LimitsMunicipalities6QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMunicipalities6Query = { municipalities: { totalCount: number } | null };

export type Limits__SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type Limits__SchemaQuery = { __schema: { types: Array<{ name: string | null }> } };

export type LimitsCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsCollaborationsQuery = { collaborations: { nodes: Array<{ name: string, levelHistory: Array<{ changedOn: string }> }> } | null };

export type FoundationMutationsCollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsCollaborationLevelsQuery = { collaborationLevels: Array<{ id: string, ordinal: number }> | null };

export type FoundationMutationsMunicipalityCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsMunicipalityCreateMutation = { municipalityCreate: { municipality: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type FoundationMutationsMunicipalityCreate2MutationVariables = Exact<{
  code: string;
}>;


export type FoundationMutationsMunicipalityCreate2Mutation = { municipalityCreate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FoundationMutationsMunicipalityCreate3MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsMunicipalityCreate3Mutation = { municipalityCreate: { municipality: { code: string, population: { year: number, population: number } | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type FoundationMutationsApplicationUsageCreateMutationVariables = Exact<{
  m: string | number;
  a: string | number;
  u?: string | number | null | undefined;
}>;


export type FoundationMutationsApplicationUsageCreateMutation = { applicationUsageCreate: { applicationUsage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FoundationMutationsCollaborationCreateMutationVariables = Exact<{
  h: string | number;
  a: string | number;
  l: string | number;
}>;


export type FoundationMutationsCollaborationCreateMutation = { collaborationCreate: { collaboration: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FoundationMutationsApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsApplicationsQuery = { applications: { nodes: Array<{ id: string }> } | null };

export type FoundationMutationsMunicipalityUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationMutationsMunicipalityUpdateMutation = { municipalityUpdate: { municipality: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FoundationMutationsMunicipalityUpdate2MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsMunicipalityUpdate2Mutation = { municipalityUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FoundationMutationsCollaborationLevelSetMutationVariables = Exact<{
  c: string | number;
  l: string | number;
  on?: string | null | undefined;
  ref?: string | null | undefined;
  why?: string | null | undefined;
}>;


export type FoundationMutationsCollaborationLevelSetMutation = { collaborationLevelSet: { collaboration: { levelSince: string | null, level: { ordinal: number }, levelHistory: Array<{ changedOn: string, decisionReference: string | null, fromLevel: { ordinal: number } | null, toLevel: { ordinal: number } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FoundationMutationsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationMutationsNodeQuery = { node:
    | { y2004: { ordinal: number } | null, y2005: { ordinal: number } | null, y2007: { ordinal: number } | null, y2008: { ordinal: number } | null }
    | Record<PropertyKey, never>
   | null };

export type FoundationMutationsCollaborationParticipantRemoveMutationVariables = Exact<{
  c: string | number;
  m: string | number;
}>;


export type FoundationMutationsCollaborationParticipantRemoveMutation = { collaborationParticipantRemove: { collaboration: { participants: Array<{ municipality: { code: string } }>, all: Array<{ joinedOn: string, leftOn: string | null, municipality: { code: string } }>, in2025: Array<{ municipality: { code: string } }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FoundationMutationsMunicipalityUpdate3MutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationMutationsMunicipalityUpdate3Mutation = { municipalityUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FoundationMutationsMunicipalityPopulationSetMutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationMutationsMunicipalityPopulationSetMutation = { municipalityPopulationSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FoundationMutationsAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationMutationsAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ at: string, actorName: string, operation: string, changes: Array<{ objectId: string, kind: string, fields: Array<{ field: string, before: unknown, after: unknown }> }> }> } | null };

export type FoundationMutationsAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsAuditLog2Query = { auditLog: { totalCount: number } | null };

export type FoundationMutationsMunicipalityCreate4MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationMutationsMunicipalityCreate4Mutation = { municipalityCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type NationalMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type NationalMunicipalityQuery = { municipality: { applicationUsages: Array<{ lifecyclePhase: LifecyclePhase }> } | null };

export type NationalAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalAgreementsQuery = { agreements: { totalCount: number, nodes: Array<{ schedule: { status: AgreementStatus } }> } | null };

export type NationalGovernanceReportQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalGovernanceReportQuery = { governanceReport: { rules: Array<{ code: string, applicable: number, compliant: number }> } | null };

export type NationalCompetenceRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalCompetenceRiskQuery = { competenceRisk: { totalCount: number, nodes: Array<{ score: number, specialistsLeaving: number }> } | null };

export type NationalCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalCollaborationsQuery = { collaborations: { totalCount: number } | null };

export type SeedTruthStatusBoardQueryVariables = Exact<{
  asOf: string;
  participant?: string | number | null | undefined;
}>;


export type SeedTruthStatusBoardQuery = { statusBoard: { totalCount: number, nodes: Array<{ collaboration: { name: string, application: { category: ApplicationCategory }, collaborationBody: { shortName: string | null } | null }, level: { ordinal: number, name: string } | null, participants: Array<{ code: string }> }> } | null };

export type SeedTruthRoleAssignmentsQueryVariables = Exact<{
  kind: RoleKind;
}>;


export type SeedTruthRoleAssignmentsQuery = { roleAssignments: { totalCount: number, nodes: Array<{ itUnit: { name: string, municipality: { code: string } } | null }> } | null };

export type SeedTruthCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedTruthCollaborationsQuery = { collaborations: { nodes: Array<{ name: string, all: Array<{ joinedOn: string, leftOn: string | null, municipality: { code: string } }> }> } | null };

export type SeedTruthCollaborations2QueryVariables = Exact<{ [key: string]: never; }>;


export type SeedTruthCollaborations2Query = { collaborations: { nodes: Array<{ name: string, collaborationBody: { shortName: string | null } | null }> } | null };

export type SeedTruthAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedTruthAgreementsQuery = { agreements: { nodes: Array<{ name: string, municipalities: Array<{ code: string }> }> } | null };

export type SeedTruthGovernanceReportQueryVariables = Exact<{
  asOf: string;
}>;


export type SeedTruthGovernanceReportQuery = { governanceReport: { rules: Array<{ code: string, failures: Array<{ label: string }> }> } | null };

export type SeedTruthRoleAssignments2QueryVariables = Exact<{
  asOf: string;
}>;


export type SeedTruthRoleAssignments2Query = { roleAssignments: { totalCount: number, nodes: Array<{ kind: RoleKind, person: { name: string, municipality: { code: string } }, collaboration: { collaborationBody: { shortName: string | null } | null } | null, itUnit: { municipality: { code: string } } | null }> } | null };

export type FoundationSeedMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedMunicipalitiesQuery = { municipalities: { totalCount: number, nodes: Array<{ code: string, name: string, population: { year: number, population: number } | null }> } | null };

export type FoundationSeedMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedMunicipalityQuery = { municipality: { memberships: Array<{ fromDate: string, toDate: string | null, collaborationBody: { shortName: string | null } }> } | null };

export type FoundationSeedCollaborationBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedCollaborationBodiesQuery = { collaborationBodies: { nodes: Array<{ id: string }> } | null };

export type FoundationSeedMunicipalities2QueryVariables = Exact<{
  body: string | number;
  on?: string | null | undefined;
}>;


export type FoundationSeedMunicipalities2Query = { municipalities: { nodes: Array<{ code: string }> } | null };

export type FoundationSeedCollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedCollaborationLevelsQuery = { collaborationLevels: Array<{ ordinal: number, name: string }> | null };

export type FoundationSeedMunicipality2QueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedMunicipality2Query = { municipality: { id: string } | null };

export type FoundationSeedCollaborationsQueryVariables = Exact<{
  m: string | number;
}>;


export type FoundationSeedCollaborationsQuery = { collaborations: { nodes: Array<{ name: string, application: { category: ApplicationCategory } }> } | null };

export type FoundationSeedCollaborations2QueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedCollaborations2Query = { collaborations: { nodes: Array<{ name: string, level: { ordinal: number } }> } | null };

export type FoundationSeedApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedApplicationsQuery = { applications: { nodes: Array<{ name: string }> } | null };

export type FoundationSeedApplications2QueryVariables = Exact<{
  m: string | number;
}>;


export type FoundationSeedApplications2Query = { applications: { totalCount: number } | null };

export type FoundationSeedApplications3QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FoundationSeedApplications3Query = { applications: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string }> } | null };

export type FoundationSeedApplications4QueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedApplications4Query = { applications: { totalCount: number, nodes: Array<{ name: string }> } | null };

export type FoundationSeedCollaborations3QueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationSeedCollaborations3Query = { collaborations: { nodes: Array<{ id: string, name: string }> } | null };

export type FoundationSeedNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationSeedNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type FoundationSeedNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type FoundationSeedNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type FoundationStatementsCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationStatementsCollaborationsQuery = { collaborations: { totalCount: number, nodes: Array<{ id: string, name: string, levelSince: string | null, application: { name: string, category: ApplicationCategory }, host: { code: string, name: string, population: { population: number } | null }, operator: { name: string, municipality: { code: string } } | null, level: { ordinal: number, name: string }, participants: Array<{ joinedOn: string, municipality: { code: string, name: string } }>, levelHistory: Array<{ changedOn: string, fromLevel: { ordinal: number } | null, toLevel: { ordinal: number, name: string } }> }> } | null };

export type FoundationStatementsMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationStatementsMunicipalitiesQuery = { municipalities: { nodes: Array<{ code: string, itUnits: Array<{ name: string }>, applicationUsages: Array<{ lifecyclePhase: LifecyclePhase, application: { name: string } }>, memberships: Array<{ fromDate: string }> }> } | null };

export type SwedishMessagesWebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type SwedishMessagesWebhookEndpointCreateMutation = { webhookEndpointCreate: { webhookEndpoint: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type SwedishMessagesMunicipalityCreateMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type SwedishMessagesMunicipalityCreateMutation = { municipalityCreate: { municipality: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type SwedishMessagesCollaborationBodyCreateMutationVariables = Exact<{
  input: CollaborationBodyCreateInput;
}>;


export type SwedishMessagesCollaborationBodyCreateMutation = { collaborationBodyCreate: { collaborationBody: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type SwedishMessagesMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SwedishMessagesMunicipalitiesQuery = { municipalities: { totalCount: number } | null };

export type SwedishMessagesMunicipalities2QueryVariables = Exact<{ [key: string]: never; }>;


export type SwedishMessagesMunicipalities2Query = { municipalities: { totalCount: number } | null };

export type SwedishMessagesItUnitCreateMutationVariables = Exact<{
  input: ItUnitCreateInput;
}>;


export type SwedishMessagesItUnitCreateMutation = { itUnitCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TokenExpiryViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TokenExpiryViewerQuery = { viewer: { role: Role, tokenExpiresAt: string | null } | null };

export type CutoffUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type CutoffUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ message: string }> } | null };

export type CutoffReportObjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type CutoffReportObjectsQuery = { governanceReport: { rules: Array<{ code: string, failures: Array<{ objectId: string, object:
          | { userCount: number | null }
          | Record<PropertyKey, never>
         | null }> }> } | null };

export type ReportCollaborationUpdateMutationVariables = Exact<{
  input: CollaborationUpdateInput;
}>;


export type ReportCollaborationUpdateMutation = { collaborationUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReportApplicationUsagesQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type ReportApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string, application: { name: string } }> } | null };

export type ReportCollaborationBodyCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type ReportCollaborationBodyCreateMutation = { collaborationBodyCreate: { collaborationBody: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReportGovernanceDocumentCreateMutationVariables = Exact<{
  input: GovernanceDocumentCreateInput;
}>;


export type ReportGovernanceDocumentCreateMutation = { governanceDocumentCreate: { governanceDocument: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type ReportGovernanceDocumentUpdateMutationVariables = Exact<{
  input: GovernanceDocumentUpdateInput;
}>;


export type ReportGovernanceDocumentUpdateMutation = { governanceDocumentUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type ReportGovernanceReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReportGovernanceReportQuery = { governanceReport: { asOf: string, applicable: number, compliant: number, complianceRate: number, rules: Array<{ code: string, title: string, source: string, applicable: number, compliant: number, complianceRate: number, failures: Array<{ ruleCode: string, objectId: string, objectType: string, label: string, reason: string, object:
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
          | { __typename: 'SharedSystemStatus', id: string }
          | { __typename: 'TrainingActivity', id: string }
          | { __typename: 'TrainingActivityMunicipality', id: string }
          | { __typename: 'TrainingPlan', id: string }
          | { __typename: 'TriggerSettings', id: string }
          | { __typename: 'VocabularyTerm', id: string }
         | null }> }> } | null };

export type ReportGovernanceReport2QueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReportGovernanceReport2Query = { governanceReport: { rules: Array<{ code: string, failures: Array<{ label: string, object:
          | { id: string }
          | { id: string }
          | { userCount: number | null, id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }> }> } | null };

export type ReportApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type ReportApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReportRoleAssignMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type ReportRoleAssignMutation = { roleAssign: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReportAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type ReportAgreementCreateMutation = { agreementCreate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type ReportGovernanceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportGovernanceDocumentsQuery = { governanceDocuments: { totalCount: number, nodes: Array<{ id: string, title: string, kind: GovernanceDocumentKind, adoptedOn: string, lastReviewedOn: string | null, reviewIntervalMonths: number, retiredOn: string | null, nextReviewDue: string, reviewOverdue: boolean, municipality: { code: string } | null, collaborationBody: { shortName: string | null } | null }> } | null };

export type ReportGovernanceDocumentUpdate2MutationVariables = Exact<{
  input: GovernanceDocumentUpdateInput;
}>;


export type ReportGovernanceDocumentUpdate2Mutation = { governanceDocumentUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }>, governanceDocument: { lastReviewedOn: string | null, nextReviewDue: string, reviewOverdue: boolean } | null } | null };

export type ReportGovernanceDocumentCreate2MutationVariables = Exact<{
  input: GovernanceDocumentCreateInput;
}>;


export type ReportGovernanceDocumentCreate2Mutation = { governanceDocumentCreate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }>, governanceDocument: { reviewIntervalMonths: number, nextReviewDue: string, municipality: { code: string } | null } | null } | null };

export type BackupRenameMutationVariables = Exact<{
  id: string | number;
}>;


export type BackupRenameMutation = { municipalityUpdate: { userErrors: Array<{ message: string }> } | null };

export type NamesMunicipalitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NamesMunicipalitiesQuery = { municipalities: { nodes: Array<{ name: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type NamesMunicipalityCreateMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type NamesMunicipalityCreateMutation = { municipalityCreate: { userErrors: Array<{ message: string }> } | null };

export type NamesApplicationCreateMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type NamesApplicationCreateMutation = { applicationCreate: { userErrors: Array<{ message: string }> } | null };

export type NamesMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type NamesMunicipalityQuery = { municipality: { people: Array<{ name: string }> } | null };

export type NamesMunicipality2QueryVariables = Exact<{ [key: string]: never; }>;


export type NamesMunicipality2Query = { municipality: { id: string } | null };

export type NamesMunicipalityUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type NamesMunicipalityUpdateMutation = { municipalityUpdate: { userErrors: Array<{ message: string }> } | null };

export type Names__TypeQueryVariables = Exact<{ [key: string]: never; }>;


export type Names__TypeQuery = { __type: { fields: Array<{ name: string, args: Array<{ name: string, description: string | null }> }> | null } | null };

export type ConcurrentWritesApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type ConcurrentWritesApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }>, applicationUsage: { id: string, userCount: number | null } | null } | null };

export type ConcurrentWritesApplicationUsagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrentWritesApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string, userCount: number | null }> } | null };

export type ConcurrentWritesAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrentWritesAuditLogQuery = { auditLog: { nodes: Array<{ operation: string }> } | null };

export type CostLimitCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostLimitCollaborationsQuery = { collaborations: { nodes: Array<{ participants: Array<{ municipality: { applicationUsages: Array<{ application: { usages: Array<{ municipality: { name: string, code: string } }> } }> } }> }> } | null };

export type HttpAnswersMunicipalityUpdateMutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type HttpAnswersMunicipalityUpdateMutation = { municipalityUpdate: { municipality: { name: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type HttpAnswersMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type HttpAnswersMunicipalityQuery = { municipality: { name: string } | null };

export type HttpAnswersMunicipalitiesQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type HttpAnswersMunicipalitiesQuery = { municipalities: { totalCount: number } | null };

export type HttpAnswersAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type HttpAnswersAgreementCreateMutation = { agreementCreate: { agreement: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type HttpAnswersNodeQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type HttpAnswersNodeQuery = { node:
    | { schedule: { status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, latestPossibleEnd: string, daysLeft: number } }
    | Record<PropertyKey, never>
   | null };

export type HttpCachingCreateMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type HttpCachingCreateMutation = { municipalityCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type HttpCachingMunicipalityUpdateMutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type HttpCachingMunicipalityUpdateMutation = { municipalityUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type InputListsCompetenceNetworkCreateMutationVariables = Exact<{
  input: CompetenceNetworkCreateInput;
}>;


export type InputListsCompetenceNetworkCreateMutation = { competenceNetworkCreate: { competenceNetwork: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type InputListsCompetenceNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type InputListsCompetenceNetworksQuery = { competenceNetworks: { totalCount: number } | null };

export type InputListsAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type InputListsAgreementCreateMutation = { agreementCreate: { agreement: { id: string } | null } | null };

export type LateRegistrationWriteApplicationCreateMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type LateRegistrationWriteApplicationCreateMutation = { applicationCreate: { application: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationWriteCollaborationCreateMutationVariables = Exact<{
  input: CollaborationCreateInput;
}>;


export type LateRegistrationWriteCollaborationCreateMutation = { collaborationCreate: { collaboration: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationNodeQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type LateRegistrationNodeQuery = { node:
    | { schedule: { status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, extensionsUsed: number, extensionsRemaining: number, procurementLeadTimeMonths: number }, collaborations: Array<{ id: string }>, municipalities: Array<{ code: string }> }
    | Record<PropertyKey, never>
   | null };

export type LateRegistrationWriteAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type LateRegistrationWriteAgreementCreateMutation = { agreementCreate: { agreement: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationWriteAgreementExtendMutationVariables = Exact<{
  input: AgreementExtendInput;
}>;


export type LateRegistrationWriteAgreementExtendMutation = { agreementExtend: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationWriteAgreementUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type LateRegistrationWriteAgreementUpdateMutation = { agreementUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationWriteAgreementCreate2MutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type LateRegistrationWriteAgreementCreate2Mutation = { agreementCreate: { agreement: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationStatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type LateRegistrationStatusBoardQuery = { statusBoard: { nodes: Array<{ collaboration: { id: string }, agreements: Array<{ decisionDeadline: string, status: AgreementStatus, agreement: { name: string } }> }> } | null };

export type LateRegistrationAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type LateRegistrationAuditLogQuery = { auditLog: { nodes: Array<{ correctionReason: string | null }> } | null };

export type LateRegistrationAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type LateRegistrationAgreementCreateMutation = { agreementCreate: { agreement: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type LateRegistrationWriteCollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type LateRegistrationWriteCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationWriteCollaborationLevelSet2MutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type LateRegistrationWriteCollaborationLevelSet2Mutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type LateRegistrationNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type LateRegistrationNode2Query = { node:
    | { levelOn: { ordinal: number } | null, levelHistory: Array<{ id: string, changedOn: string, fromLevel: { ordinal: number } | null, toLevel: { ordinal: number } }> }
    | Record<PropertyKey, never>
   | null };

export type LateRegistrationNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type LateRegistrationNode3Query = { node:
    | { fromLevel: { ordinal: number } | null }
    | Record<PropertyKey, never>
   | null };

export type TimeTravelBoardQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TimeTravelBoardQuery = { statusBoard: { totalCount: number, nodes: Array<{ needsAttention: boolean, collaboration: { name: string }, level: { ordinal: number } | null, lastLevelChange: { changedOn: string } | null, participants: Array<{ code: string }>, host: { code: string }, operator: { name: string } | null, systemOwners: Array<{ fromDate: string, toDate: string | null, person: { name: string } }>, systemResponsibles: Array<{ person: { name: string } }>, agreements: Array<{ status: AgreementStatus, currentTermStart: string, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, extensionsUsed: number, procurementLeadTimeMonths: number, agreement: { name: string } }>, nextDeadline: { date: string, kind: DeadlineKind, agreement: { name: string } | null } | null, openGaps: Array<{ ruleCode: string, label: string, reason: string }> }> } | null };

export type TimeTravelGovernanceQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TimeTravelGovernanceQuery = { governanceReport: { applicable: number, compliant: number, rules: Array<{ code: string, applicable: number, compliant: number, failures: Array<{ label: string, reason: string }> }> } | null };

export type TimeTravelRiskQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TimeTravelRiskQuery = { competenceRisk: { totalCount: number, nodes: Array<{ label: string, score: number, level: CompetenceRiskLevel, specialistCount: number, specialistsLeaving: number, reasons: Array<{ code: CompetenceRiskReasonCode, contribution: number, explanation: string }> }> } | null };

export type TimeTravelAgreementsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TimeTravelAgreementsQuery = { agreements: { totalCount: number, nodes: Array<{ name: string, municipalities: Array<{ code: string }>, itUnits: Array<{ name: string }>, applications: Array<{ name: string }>, collaborations: Array<{ name: string }>, schedule: { status: AgreementStatus, currentTermStart: string, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, extensionsUsed: number, extensionsRemaining: number, latestPossibleEnd: string, procurementLeadTimeMonths: number } }> } | null };

export type TimeTravelUsagesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TimeTravelUsagesQuery = { applicationUsages: { totalCount: number, nodes: Array<{ id: string, lifecyclePhase: LifecyclePhase, functionalFit: number | null, technicalFit: number | null, userCount: number | null, annualCostOre: number | null, itUnit: { name: string } | null }> } | null };

export type TimeTravelCollaborationsQueryVariables = Exact<{
  asOf: string;
}>;


export type TimeTravelCollaborationsQuery = { collaborations: { nodes: Array<{ name: string, levelOn: { ordinal: number } | null, participants: Array<{ municipality: { code: string } }>, roles: Array<{ kind: RoleKind, person: { name: string } }> }> } | null };

export type TimeTravelLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type TimeTravelLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelCollaborationUpdateMutationVariables = Exact<{
  input: CollaborationUpdateInput;
}>;


export type TimeTravelCollaborationUpdateMutation = { collaborationUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelParticipantAddMutationVariables = Exact<{
  input: CollaborationParticipantAddInput;
}>;


export type TimeTravelParticipantAddMutation = { collaborationParticipantAdd: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelParticipantRemoveMutationVariables = Exact<{
  input: CollaborationParticipantRemoveInput;
}>;


export type TimeTravelParticipantRemoveMutation = { collaborationParticipantRemove: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type TimeTravelUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelAgreementUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type TimeTravelAgreementUpdateMutation = { agreementUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelGiveNoticeMutationVariables = Exact<{
  input: AgreementGiveNoticeInput;
}>;


export type TimeTravelGiveNoticeMutation = { agreementGiveNotice: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelTerminateMutationVariables = Exact<{
  input: AgreementTerminateInput;
}>;


export type TimeTravelTerminateMutation = { agreementTerminate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelRolesQueryVariables = Exact<{
  id: string | number;
}>;


export type TimeTravelRolesQuery = { node:
    | { roles: Array<{ id: string, kind: RoleKind }> }
    | Record<PropertyKey, never>
   | null };

export type TimeTravelRoleEndMutationVariables = Exact<{
  input: RoleEndInput;
}>;


export type TimeTravelRoleEndMutation = { roleEnd: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeTravelPeopleQuery = { people: { nodes: Array<{ id: string, name: string, competences: Array<{ level: CompetenceLevel, application: { id: string } }> }> } | null };

export type TimeTravelCompetenceSetMutationVariables = Exact<{
  input: CompetenceSetInput;
}>;


export type TimeTravelCompetenceSetMutation = { competenceSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelLeaveSetMutationVariables = Exact<{
  input: PersonPlannedLeaveSetInput;
}>;


export type TimeTravelLeaveSetMutation = { personPlannedLeaveSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeTravelPlansQuery = { trainingPlans: { nodes: Array<{ id: string }> } | null };

export type TimeTravelPlanUpdateMutationVariables = Exact<{
  input: TrainingPlanUpdateInput;
}>;


export type TimeTravelPlanUpdateMutation = { trainingPlanUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelPlanCreateMutationVariables = Exact<{
  input: TrainingPlanCreateInput;
}>;


export type TimeTravelPlanCreateMutation = { trainingPlanCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeTravelDocumentsQuery = { governanceDocuments: { nodes: Array<{ id: string }> } | null };

export type TimeTravelDocumentUpdateMutationVariables = Exact<{
  input: GovernanceDocumentUpdateInput;
}>;


export type TimeTravelDocumentUpdateMutation = { governanceDocumentUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelCoveringQueryVariables = Exact<{
  asOf?: string | null | undefined;
  c?: string | number | null | undefined;
}>;


export type TimeTravelCoveringQuery = { agreements: { nodes: Array<{ name: string }> } | null };

export type TimeTravelCorrectionMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type TimeTravelCorrectionMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeTravelAuditQuery = { auditLog: { nodes: Array<{ correctionReason: string | null, changes: Array<{ objectType: string }> }> } | null };

export type TimeTravelPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeTravelPersonQuery = { people: { nodes: Array<{ id: string, municipality: { code: string }, competences: Array<{ level: CompetenceLevel, application: { id: string } }> }> } | null };

export type TimeTravelApplicationCreateMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type TimeTravelApplicationCreateMutation = { applicationCreate: { application: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelCollaborationCreateMutationVariables = Exact<{
  input: CollaborationCreateInput;
}>;


export type TimeTravelCollaborationCreateMutation = { collaborationCreate: { collaboration: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type TimeTravelAgreementCreateMutation = { agreementCreate: { agreement: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelUsageCreateMutationVariables = Exact<{
  input: ApplicationUsageCreateInput;
}>;


export type TimeTravelUsageCreateMutation = { applicationUsageCreate: { applicationUsage: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelLatePlanMutationVariables = Exact<{
  input: TrainingPlanCreateInput;
}>;


export type TimeTravelLatePlanMutation = { trainingPlanCreate: { trainingPlan: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelDocumentCreateMutationVariables = Exact<{
  input: GovernanceDocumentCreateInput;
}>;


export type TimeTravelDocumentCreateMutation = { governanceDocumentCreate: { governanceDocument: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelRoleAssignMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type TimeTravelRoleAssignMutation = { roleAssign: { roleAssignment: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelCollaborationUpdate2MutationVariables = Exact<{
  input: CollaborationUpdateInput;
}>;


export type TimeTravelCollaborationUpdate2Mutation = { collaborationUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelLevelSet2MutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type TimeTravelLevelSet2Mutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelExtendMutationVariables = Exact<{
  input: AgreementExtendInput;
}>;


export type TimeTravelExtendMutation = { agreementExtend: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelAgreementUpdate2MutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type TimeTravelAgreementUpdate2Mutation = { agreementUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelUsageUpdate2MutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type TimeTravelUsageUpdate2Mutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelCompetenceSet2MutationVariables = Exact<{
  input: CompetenceSetInput;
}>;


export type TimeTravelCompetenceSet2Mutation = { competenceSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelLeaveSet2MutationVariables = Exact<{
  input: PersonPlannedLeaveSetInput;
}>;


export type TimeTravelLeaveSet2Mutation = { personPlannedLeaveSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelPlanUpdate2MutationVariables = Exact<{
  input: TrainingPlanUpdateInput;
}>;


export type TimeTravelPlanUpdate2Mutation = { trainingPlanUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelDocumentUpdate2MutationVariables = Exact<{
  input: GovernanceDocumentUpdateInput;
}>;


export type TimeTravelDocumentUpdate2Mutation = { governanceDocumentUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelRoleEnd2MutationVariables = Exact<{
  input: RoleEndInput;
}>;


export type TimeTravelRoleEnd2Mutation = { roleEnd: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type TimeTravelScheduleQueryVariables = Exact<{
  id: string | number;
}>;


export type TimeTravelScheduleQuery = { node:
    | { schedule: { currentTermEnd: string, extensionsUsed: number, procurementLeadTimeMonths: number } }
    | Record<PropertyKey, never>
   | null };

export type TimeTravelInPhaseQueryVariables = Exact<{
  asOf?: string | null | undefined;
  phase?: LifecyclePhase | null | undefined;
}>;


export type TimeTravelInPhaseQuery = { applicationUsages: { nodes: Array<{ id: string }> } | null };

export type TimeTravelBackDatedMutationVariables = Exact<{
  input: CollaborationUpdateInput;
}>;


export type TimeTravelBackDatedMutation = { collaborationUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type KitMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type KitMunicipalitiesQuery = { municipalities: { totalCount: number } | null, collaborations: { totalCount: number } | null, agreements: { totalCount: number } | null, collaborationLevels: Array<{ ordinal: number }> | null };

export type KitRenameMutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type KitRenameMutation = { municipalityUpdate: { municipality: { name: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type KitLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitLevelsQuery = { collaborationLevels: Array<{ id: string, ordinal: number, name: string }> | null };

export type KitMunicipalityMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type KitMunicipalityMutation = { municipalityCreate: { municipality: { id: string, code: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitItUnitMutationVariables = Exact<{
  input: ItUnitCreateInput;
}>;


export type KitItUnitMutation = { itUnitCreate: { itUnit: { id: string, name: string, kind: ItUnitKind, municipality: { id: string, code: string } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitApplicationMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type KitApplicationMutation = { applicationCreate: { application: { id: string, name: string, category: ApplicationCategory, scope: ApplicationScope } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitUsageMutationVariables = Exact<{
  input: ApplicationUsageCreateInput;
}>;


export type KitUsageMutation = { applicationUsageCreate: { applicationUsage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitCollaborationMutationVariables = Exact<{
  input: CollaborationCreateInput;
}>;


export type KitCollaborationMutation = { collaborationCreate: { collaboration: { id: string, name: string, startedOn: string | null, level: { id: string, ordinal: number }, application: { id: string, name: string }, host: { id: string, code: string }, participants: Array<{ municipality: { id: string, code: string } }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitAgreementMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type KitAgreementMutation = { agreementCreate: { agreement: { id: string, name: string, kind: AgreementKind, startDate: string, endDate: string, status: AgreementStatus, noticeDeadline: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitPersonMutationVariables = Exact<{
  input: PersonCreateInput;
}>;


export type KitPersonMutation = { personCreate: { person: { id: string, name: string, municipality: { id: string, code: string } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type KitLevelSetMutation = { collaborationLevelSet: { collaboration: { id: string, level: { ordinal: number }, levelHistory: Array<{ changedOn: string, toLevel: { ordinal: number } }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type KitAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ operation: string, correctionReason: string | null }> } | null };

export type KitCompetenceMutationVariables = Exact<{
  input: CompetenceSetInput;
}>;


export type KitCompetenceMutation = { competenceSet: { competence: { id: string, level: CompetenceLevel } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitPlannedLeaveMutationVariables = Exact<{
  input: PersonPlannedLeaveSetInput;
}>;


export type KitPlannedLeaveMutation = { personPlannedLeaveSet: { person: { id: string, plannedLeave: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitChangeFreezeMutationVariables = Exact<{
  input: ChangeFreezeCreateInput;
}>;


export type KitChangeFreezeMutation = { changeFreezeCreate: { changeFreeze: { id: string, name: string, kind: FreezeKind, category: ApplicationCategory | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitCompetenceNetworkMutationVariables = Exact<{
  input: CompetenceNetworkCreateInput;
}>;


export type KitCompetenceNetworkMutation = { competenceNetworkCreate: { competenceNetwork: { id: string, name: string, category: ApplicationCategory | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitTrainingPlanMutationVariables = Exact<{
  input: TrainingPlanCreateInput;
}>;


export type KitTrainingPlanMutation = { trainingPlanCreate: { trainingPlan: { id: string, name: string, target: TrainingPlanTarget, reviewedOn: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitTrainingActivityMutationVariables = Exact<{
  input: TrainingActivityAddInput;
}>;


export type KitTrainingActivityMutation = { trainingActivityAdd: { trainingActivity: { id: string, title: string, heldOn: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitRoleMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type KitRoleMutation = { roleAssign: { roleAssignment: { id: string, kind: RoleKind, fromDate: string, toDate: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitParticipantAddMutationVariables = Exact<{
  input: CollaborationParticipantAddInput;
}>;


export type KitParticipantAddMutation = { collaborationParticipantAdd: { collaboration: { id: string, participants: Array<{ municipality: { id: string, code: string } }> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitCollaborationBodyMutationVariables = Exact<{
  input: CollaborationBodyCreateInput;
}>;


export type KitCollaborationBodyMutation = { collaborationBodyCreate: { collaborationBody: { id: string, name: string, shortName: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type KitGovernanceDocumentMutationVariables = Exact<{
  input: GovernanceDocumentCreateInput;
}>;


export type KitGovernanceDocumentMutation = { governanceDocumentCreate: { governanceDocument: { id: string, title: string, kind: GovernanceDocumentKind, adoptedOn: string, lastReviewedOn: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } | null };

export type PopulationImportMunicipalityPopulationsImportMutationVariables = Exact<{
  input: MunicipalityPopulationsImportInput;
}>;


export type PopulationImportMunicipalityPopulationsImportMutation = { municipalityPopulationsImport: { plan: { applied: boolean, newCount: number, changedCount: number, unchangedCount: number, skippedRegions: Array<string>, notInDatabase: Array<string>, problems: Array<{ line: number, column: string | null, code: UserErrorCode, message: string }>, rows: Array<{ code: string, name: string, year: number, before: number | null, after: number, action: PopulationImportAction }> }, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type PopulationImportMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type PopulationImportMunicipalityQuery = { municipality: { populations: Array<{ year: number, population: number }> } | null };

export type PopulationImportAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type PopulationImportAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, actorName: string, changes: Array<{ objectId: string, fields: Array<{ field: string, before: unknown, after: unknown }> }> }> } | null };

export type PopulationImportMunicipalityPopulationSetMutationVariables = Exact<{
  id: string | number;
}>;


export type PopulationImportMunicipalityPopulationSetMutation = { municipalityPopulationSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type PopulationImportMunicipalityCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type PopulationImportMunicipalityCreateMutation = { municipalityCreate: { municipality: { id: string } | null } | null };

export type PopulationImportMunicipalityCodeChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type PopulationImportMunicipalityCodeChangeMutation = { municipalityCodeChange: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReferenceMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalitiesQuery = { municipalities: { totalCount: number } | null, counties: Array<{ code: string, name: string, shortName: string }> | null, collaborations: { totalCount: number } | null, collaborationLevels: Array<{ ordinal: number }> | null, municipality: { name: string, county: string | null, countyCode: string | null, populations: Array<{ year: number, population: number }>, itUnits: Array<{ name: string }> } | null };

export type ReferencePageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReferencePageQuery = { municipalities: { nodes: Array<{ code: string, countyCode: string | null, formerCodes: Array<{ code: string }>, populations: Array<{ year: number }> }> } | null };

export type ReferenceMunicipalities2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalities2Query = { municipalities: { totalCount: number, nodes: Array<{ code: string, name: string }> } | null };

export type ReferenceMunicipalities3QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalities3Query = { municipalities: { nodes: Array<{ name: string }> } | null };

export type ReferenceMunicipalities4QueryVariables = Exact<{
  c?: string | null | undefined;
}>;


export type ReferenceMunicipalities4Query = { municipalities: { totalCount: number } | null };

export type ReferenceMunicipalities5QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalities5Query = { municipalities: { totalCount: number } | null, collaborations: { totalCount: number } | null, collaborationLevels: Array<{ ordinal: number }> | null, municipality: { countyCode: string | null, populations: Array<{ year: number, population: number }>, itUnits: Array<{ name: string }> } | null };

export type ReferenceMunicipalities6QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalities6Query = { municipalities: { nodes: Array<{ code: string, countyCode: string | null }> } | null };

export type ReferenceMunicipalityCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalityCreateMutation = { municipalityCreate: { municipality: { code: string, name: string, county: string | null, countyCode: string | null, populations: Array<{ year: number, population: number }> } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReferenceMunicipalities7QueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalities7Query = { municipalities: { totalCount: number } | null };

export type ReferenceMunicipalityCreate2MutationVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalityCreate2Mutation = { municipalityCreate: { municipality: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type ReferenceMunicipalityCreate3MutationVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalityCreate3Mutation = { municipalityCreate: { municipality: { name: string, county: string | null, countyCode: string | null, populations: Array<{ year: number }> } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReferenceMunicipalityUpdateMutationVariables = Exact<{
  id: string | number;
  county?: string | null | undefined;
}>;


export type ReferenceMunicipalityUpdateMutation = { municipalityUpdate: { municipality: { county: string | null, countyCode: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReferenceMunicipalityCreate4MutationVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalityCreate4Mutation = { municipalityCreate: { municipality: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type ReferenceMunicipalityCodeChangeMutationVariables = Exact<{
  input: MunicipalityCodeChangeInput;
}>;


export type ReferenceMunicipalityCodeChangeMutation = { municipalityCodeChange: { municipality: { code: string, codeValidFrom: string | null, formerCodes: Array<{ code: string, validFrom: string | null, validTo: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type ReferenceMunicipalityQueryVariables = Exact<{
  code: string;
  on?: string | null | undefined;
}>;


export type ReferenceMunicipalityQuery = { municipality: { name: string, code: string } | null };

export type ReferenceAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferenceAuditLogQuery = { auditLog: { nodes: Array<{ operation: string }> } | null };

export type ReferenceMunicipalityCodeChange2MutationVariables = Exact<{
  input: MunicipalityCodeChangeInput;
}>;


export type ReferenceMunicipalityCodeChange2Mutation = { municipalityCodeChange: { municipality: { code: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type ReferenceNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferenceNodeQuery = { node:
    | { code: string, formerCodes: Array<{ code: string, validTo: string }> }
    | Record<PropertyKey, never>
   | null };

export type BrowserRecommendationDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserRecommendationDecisionsQuery = { recommendationDecisions: { nodes: Array<{ id: string, reason: string, decidedBy: string }> } | null };

export type BrowserAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, actorName: string }> } | null };

export type CompetenceGovernancePagesCompetenceNetworkCreateMutationVariables = Exact<{
  input: CompetenceNetworkCreateInput;
}>;


export type CompetenceGovernancePagesCompetenceNetworkCreateMutation = { competenceNetworkCreate: { userErrors: Array<{ message: string }> } | null };

export type CompetenceGovernancePagesCompetenceRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceGovernancePagesCompetenceRiskQuery = { competenceRisk: { nodes: Array<{ label: string, score: number, application: { name: string }, collaboration: { id: string } | null }> } | null };

export type CompetenceGovernancePagesGovernanceReportQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceGovernancePagesGovernanceReportQuery = { governanceReport: { compliant: number, applicable: number, rules: Array<{ title: string, failures: Array<{ label: string, objectType: string }> }> } | null };

export type ImportPageMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type ImportPageMunicipalityQuery = { municipality: { applicationUsages: Array<{ userCount: number | null, application: { name: string } }> } | null };

export type ImportPageAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageAuditLogQuery = { auditLog: { nodes: Array<{ operation: string }> } | null };

export type MunicipalityPageMunicipalityQueryVariables = Exact<{
  code: string;
  ref: string | number;
}>;


export type MunicipalityPageMunicipalityQuery = { municipality: { name: string, applicationUsages: Array<{ userCount: number | null, application: { name: string } }>, participations: Array<{ collaboration: { id: string, name: string } }> } | null, agreements: { nodes: Array<{ name: string, schedule: { status: AgreementStatus, decisionDeadline: string, noticeDeadline: string, currentTermEnd: string } }> } | null, competenceRisk: { nodes: Array<{ label: string }> } | null };

export type MunicipalityPageAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityPageAgreementsQuery = { agreements: { nodes: Array<{ name: string, schedule: { status: AgreementStatus, decisionDeadline: string, noticeDeadline: string, currentTermEnd: string } }> } | null };

export type NeedsPageNeedRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedsPageNeedRegistrationsQuery = { needRegistrations: { nodes: Array<{ id: string, category: ApplicationCategory, neededBy: string, description: string, budgetFrameOre: number | null, municipality: { code: string }, choice: { kind: NeedOptionKind, reason: string } | null }> } | null };

export type NeedsPageWebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type NeedsPageWebhookEndpointCreateMutation = { webhookEndpointCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type NeedsPageApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedsPageApplicationsQuery = { applications: { nodes: Array<{ id: string, name: string }> } | null };

export type NeedsPageAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type NeedsPageAgreementCreateMutation = { agreementCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type PagesBrowserCollaborationBodyCreateMutationVariables = Exact<{
  input: CollaborationBodyCreateInput;
}>;


export type PagesBrowserCollaborationBodyCreateMutation = { collaborationBodyCreate: { collaborationBody: { id: string } | null, userErrors: Array<{ message: string }> } | null };

export type PagesBrowserMembershipStartMutationVariables = Exact<{
  input: MembershipStartInput;
}>;


export type PagesBrowserMembershipStartMutation = { membershipStart: { userErrors: Array<{ message: string }> } | null };

export type PagesBrowserCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesBrowserCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string }> } | null };

export type PagesBrowserMunicipalityQueryVariables = Exact<{
  c: string;
}>;


export type PagesBrowserMunicipalityQuery = { municipality: { applicationUsages: Array<{ userCount: number | null, application: { name: string } }> } | null };

export type PagesBrowserAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesBrowserAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, actorName: string }> } | null };

export type PagesBrowserRecommendationDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesBrowserRecommendationDecisionsQuery = { recommendationDecisions: { nodes: Array<{ reason: string }> } | null };

export type PlansBrowserCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansBrowserCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, key: string }> } | null };

export type PlansBrowserRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type PlansBrowserRecommendationDecideMutation = { recommendationDecide: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type PlansBrowserCollaborationBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansBrowserCollaborationBodiesQuery = { collaborationBodies: { nodes: Array<{ id: string, shortName: string | null }> } | null };

export type PlansBrowserImplementationPlanIssueMutationVariables = Exact<{
  input: ImplementationPlanIssueInput;
}>;


export type PlansBrowserImplementationPlanIssueMutation = { implementationPlanIssue: { issue: { html: string } | null } | null };

export type RecommendationsPageCollaborationCandidatesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  municipality?: string | number | null | undefined;
  trigger?: RecommendationTrigger | null | undefined;
  orderBy?: CollaborationCandidateOrder | null | undefined;
}>;


export type RecommendationsPageCollaborationCandidatesQuery = { collaborationCandidates: { totalCount: number, nodes: Array<{ id: string, kind: CollaborationCandidateKind, score: number, summary: string, drivingDeadline: string | null, proposedApplication: { name: string }, participants: Array<{ code: string }>, targetLevel: { ordinal: number, name: string } }> } | null };

export type RecommendationsPageRecommendationDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationsPageRecommendationDecisionsQuery = { recommendationDecisions: { nodes: Array<{ id: string, status: RecommendationDecisionStatus, reason: string, decidedBy: string, deferredUntil: string | null, candidateKey: string }> } | null };

export type RecommendationsPageAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationsPageAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, actorName: string }> } | null };

export type SigninCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SigninCollaborationsQuery = { collaborations: { totalCount: number } | null };

export type StatusPageSharedSystemStatusQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type StatusPageSharedSystemStatusQuery = { sharedSystemStatus: Array<{ collaboration: { name: string }, level: { ordinal: number, name: string } | null, openGaps: Array<{ reason: string }>, nextDeadline: { date: string, daysLeft: number } | null }> | null };

export type SystemPageCollaborationsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type SystemPageCollaborationsQuery = { collaborations: { nodes: Array<{ id: string, name: string, startedOn: string | null, levelHistory: Array<{ changedOn: string, decisionReference: string | null }>, participants: Array<{ joinedOn: string, leftOn: string | null, municipality: { name: string } }>, roles: Array<{ kind: RoleKind, person: { name: string } }>, statusBoardRow: { agreements: Array<{ decisionDeadline: string, noticeDeadline: string, agreement: { name: string } }>, openGaps: Array<{ reason: string }> } | null }> } | null, collaborationCandidates: { nodes: Array<{ id: string, summary: string, collaboration: { id: string } | null }> } | null };

export type SystemPageMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemPageMunicipalitiesQuery = { municipalities: { nodes: Array<{ id: string }> } | null };

export type BudgetDigestCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetDigestCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, category: ApplicationCategory }> } | null };

export type BudgetDigestRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type BudgetDigestRecommendationDecideMutation = { recommendationDecide: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type BudgetDigestImplementationPlanIssueMutationVariables = Exact<{
  input: ImplementationPlanIssueInput;
}>;


export type BudgetDigestImplementationPlanIssueMutation = { implementationPlanIssue: { issue: { version: number } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type KeptFreshImplementationPlanQueryVariables = Exact<{
  body: string | number;
}>;


export type KeptFreshImplementationPlanQuery = { implementationPlan: { items: Array<{ decisionId: string, oneOff: Array<{ kind: DecisionCostKind, amountOre: number, estimated: boolean }> }>, budgetNotices: Array<{ code: string, budgetDecidedBy: string | null }> } | null };

export type KeptFreshCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeptFreshCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, key: string }> } | null };

export type KeptFreshRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type KeptFreshRecommendationDecideMutation = { recommendationDecide: { decision: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type KeptFreshDecisionCostsSetMutationVariables = Exact<{
  input: DecisionCostsSetInput;
}>;


export type KeptFreshDecisionCostsSetMutation = { decisionCostsSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type KeptFreshBudgetCalendarSetMutationVariables = Exact<{
  input: BudgetCalendarSetInput;
}>;


export type KeptFreshBudgetCalendarSetMutation = { budgetCalendarSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type PlansPlanCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansPlanCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, key: string, category: ApplicationCategory, participants: Array<{ id: string, code: string }> }> } | null };

export type PlansPlanRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type PlansPlanRecommendationDecideMutation = { recommendationDecide: { decision: { id: string, status: RecommendationDecisionStatus } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type PlansPlanImplementationPlanQueryVariables = Exact<{
  body: string | number;
  from: string;
  to: string;
  asOf?: string | null | undefined;
}>;


export type PlansPlanImplementationPlanQuery = { implementationPlan: { asOf: string, bodyName: string, from: string, to: string, oneOffTotalOre: number, annualBeforeOre: number, annualAfterOre: number, items: Array<{ decisionId: string, decidedOn: string, system: string, category: string, collaboration: string | null, currentLevel: number | null, targetLevel: number, targetLevelName: string, costKey: string, systemOwners: Array<string>, operator: string | null, annualBeforeOre: number, oneOffTotalOre: number, window: { decisionOn: string, leadMonths: number, earliestStart: string, lengthDays: number, start: string | null, end: string | null, avoidedFreezes: Array<string> }, annualAfter: { kind: DecisionCostKind, amountOre: number, estimated: boolean, basis: string, budgetYear: number | null, shares: Array<{ code: string, amountOre: number }> }, oneOff: Array<{ kind: DecisionCostKind, amountOre: number, estimated: boolean, basis: string, budgetYear: number | null, shares: Array<{ code: string, amountOre: number }> }>, municipalities: Array<{ code: string, name: string, annualBeforeOre: number, annualAfterOre: number, annualChangeOre: number, oneOffOre: number, oneOffBudgetYear: number | null, annualBudgetYear: number | null, budgetDecidedBy: string | null, inTime: boolean }> }>, municipalities: Array<{ code: string, annualBeforeOre: number, annualAfterOre: number, annualChangeOre: number, oneOffOre: number }>, budgetNotices: Array<{ code: string, name: string, budgetDecidedBy: string | null, inTime: boolean, lines: Array<{ decisionId: string, system: string, what: string, kind: DecisionCostKind, budgetYear: number | null, amountOre: number, estimated: boolean }>, years: Array<{ year: number, amountOre: number }> }> } | null };

export type PlansPlanImplementationPlanIssueMutationVariables = Exact<{
  input: ImplementationPlanIssueInput;
}>;


export type PlansPlanImplementationPlanIssueMutation = { implementationPlanIssue: { issue: { version: number, sha256: string, issuedOn: string, html: string, csv: string, path: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type PlansPlanDecisionCostsSetMutationVariables = Exact<{
  input: DecisionCostsSetInput;
}>;


export type PlansPlanDecisionCostsSetMutation = { decisionCostsSet: { decision: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type PlansPlanMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansPlanMunicipalitiesQuery = { municipalities: { nodes: Array<{ code: string, id: string }> } | null };

export type PlansPlanBudgetCalendarSetMutationVariables = Exact<{
  input: BudgetCalendarSetInput;
}>;


export type PlansPlanBudgetCalendarSetMutation = { budgetCalendarSet: { municipality: { code: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type PlansPlanImplementationPlanIssuesQueryVariables = Exact<{
  b: string | number;
  f: string;
  t: string;
}>;


export type PlansPlanImplementationPlanIssuesQuery = { implementationPlanIssues: Array<{ version: number, sha256: string, html: string }> | null };

export type WhatifWhatIfQueryVariables = Exact<{
  input: WhatIfInput;
}>;


export type WhatifWhatIfQuery = { whatIf: { change: WhatIfChange, municipalityCode: string, municipalityName: string, scope: string, from: string, summary: string, costSplits: Array<{ agreementId: string, agreement: string, key: string, totalOre: number, problem: string | null, shares: Array<{ code: string, name: string, beforeOre: number, afterOre: number, changeOre: number }> | null }>, agreements: Array<{ agreement: string, kind: string, referenceNumber: string | null, change: string, noticeDeadline: string, decisionDeadline: string, currentTermEnd: string, noticeDeadlinePassed: boolean }>, systems: Array<{ collaboration: string, application: string, level: number, levelName: string, participantsBefore: number, participantsAfter: number, fallsBelowLevel: boolean, consequences: Array<string>, specialistsBefore: number, specialistsAfter: number, specialistsLost: Array<string>, rolesLost: Array<string> }>, window: { start: string, end: string, avoidedFreezes: Array<string> } | null } | null };

export type WhatifAgreementUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type WhatifAgreementUpdateMutation = { agreementUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type WhatifWhatIfDecisionRecordMutationVariables = Exact<{
  input: WhatIfDecisionRecordInput;
}>;


export type WhatifWhatIfDecisionRecordMutation = { whatIfDecisionRecord: { decision: { id: string, change: WhatIfChange, from: string, scenario: string, summary: string, resultSha256: string, reason: string, decisionReference: string | null, decidedOn: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type WhatifWhatIfDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatifWhatIfDecisionsQuery = { whatIfDecisions: Array<{ id: string }> | null };

export type WhatifWhatIfDecisionRecord2MutationVariables = Exact<{
  input: WhatIfDecisionRecordInput;
}>;


export type WhatifWhatIfDecisionRecord2Mutation = { whatIfDecisionRecord: { decision: { id: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type CandidateIdentityCollaborationCandidatesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CandidateIdentityCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, key: string, asOf: string, score: number, hidden: boolean }> } | null };

export type CandidateIdentityNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateIdentityNodeQuery = { node:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Application', id: string }
    | { __typename: 'ApplicationUsage', id: string }
    | { __typename: 'ChangeFreeze', id: string }
    | { __typename: 'Collaboration', id: string }
    | { __typename: 'CollaborationBody', id: string }
    | { __typename: 'CollaborationCandidate', key: string, asOf: string, score: number, hidden: boolean, id: string, decision: { status: RecommendationDecisionStatus } | null }
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
    | { __typename: 'SharedSystemStatus', id: string }
    | { __typename: 'TrainingActivity', id: string }
    | { __typename: 'TrainingActivityMunicipality', id: string }
    | { __typename: 'TrainingPlan', id: string }
    | { __typename: 'TriggerSettings', id: string }
    | { __typename: 'VocabularyTerm', id: string }
   | null };

export type CandidateIdentityRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type CandidateIdentityRecommendationDecideMutation = { recommendationDecide: { decision: { status: RecommendationDecisionStatus } | null, candidate: { id: string, key: string, asOf: string, hidden: boolean, decision: { status: RecommendationDecisionStatus, reason: string } | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type CandidateIdentityCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type CandidateIdentityCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ key: string, category: ApplicationCategory }> } | null };

export type CandidateIdentityNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CandidateIdentityNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { score: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type CandidatesCollaborationCandidatesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  m?: string | number | null | undefined;
  hidden?: boolean | null | undefined;
}>;


export type CandidatesCollaborationCandidatesQuery = { collaborationCandidates: { totalCount: number, nodes: Array<{ id: string, key: string, kind: CollaborationCandidateKind, category: ApplicationCategory, score: number, summary: string, explanation: Array<string>, hidden: boolean, changesSinceDecision: Array<string>, drivingDeadline: string | null, combinedAnnualCostSek: number | null, targetLevelReason: string, proposalReason: string | null, viewerCanDecide: boolean, participants: Array<{ code: string }>, joiningMunicipalities: Array<{ code: string }>, applications: Array<{ name: string }>, proposedApplication: { name: string }, collaboration: { name: string } | null, currentLevel: { ordinal: number } | null, targetLevel: { ordinal: number, name: string }, drivingAgreement: { name: string } | null, contributions: Array<{ trigger: RecommendationTrigger, weight: number, points: number, explanation: string, evidence: Array<{ objectId: string, objectType: string, label: string, detail: string, lastChangedOn: string | null, object:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           | null }> }>, costSplit: Array<{ population: number, amountOre: number, municipality: { code: string } }> | null, transitionWindow: { decisionOn: string, procurementLeadTimeMonths: number, earliestStart: string, start: string | null, end: string | null, avoidedFreezes: Array<string> }, decision: { status: RecommendationDecisionStatus, reason: string, decidedOn: string, decidedBy: string } | null, decisionHistory: Array<{ status: RecommendationDecisionStatus, decidedOn: string }> }> } | null };

export type CandidatesRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type CandidatesRecommendationDecideMutation = { recommendationDecide: { decision: { status: RecommendationDecisionStatus, reason: string, decidedOn: string, decidedBy: string, candidateKey: string, participants: Array<{ code: string }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type CandidatesRecommendationDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidatesRecommendationDecisionsQuery = { recommendationDecisions: { totalCount: number } | null };

export type CandidatesAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidatesAuditLogQuery = { auditLog: { totalCount: number } | null };

export type CandidatesApplicationUsageUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type CandidatesApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type CandidatesRecommendationDecisions2QueryVariables = Exact<{ [key: string]: never; }>;


export type CandidatesRecommendationDecisions2Query = { recommendationDecisions: { totalCount: number, nodes: Array<{ status: RecommendationDecisionStatus, summary: string, decidedBy: string, municipality: { code: string } | null }> } | null };

export type FollowUpRecommendationDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpRecommendationDecisionsQuery = { recommendationDecisions: { nodes: Array<{ id: string, status: RecommendationDecisionStatus, decidedOn: string, expectedEffects: { expectedCostPerInhabitantOre: number | null, expectedLevel: number | null, expectedCompetenceRiskScore: number | null, expectedProductCount: number | null, recordedOn: string } | null, followUp: { atDecision: { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null, productCount: number }, points: Array<{ monthsAfter: number, date: string, reached: boolean, costRose: boolean | null, realised: { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null, productCount: number } | null }> } | null }> } | null };

export type FollowUpDecisionEffectsRecordMutationVariables = Exact<{
  input: DecisionEffectsRecordInput;
}>;


export type FollowUpDecisionEffectsRecordMutation = { decisionEffectsRecord: { decisionEffect: { expectedLevel: number | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FollowUpMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type FollowUpMunicipalityQuery = { municipality: { applicationUsages: Array<{ id: string, annualCostOre: number | null, application: { name: string } }> } | null };

export type FollowUpApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type FollowUpApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FollowUpCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, key: string }> } | null };

export type FollowUpAnnualReportQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpAnnualReportQuery = { annualReport: { followUps: { costRose: Array<string>, decisions: Array<{ subject: string, points: Array<{ monthsAfter: number, costRose: boolean | null }> }> } } | null };

export type FollowUpNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowUpNodeQuery = { node:
    | { followUp: { points: Array<{ date: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type FreezeExceptionsCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FreezeExceptionsCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ key: string, category: ApplicationCategory }> } | null };

export type FreezeExceptionsChangeFreezeCreateMutationVariables = Exact<{
  input: ChangeFreezeCreateInput;
}>;


export type FreezeExceptionsChangeFreezeCreateMutation = { changeFreezeCreate: { changeFreeze: { id: string, announcedOn: string | null, announcedLate: boolean } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FreezeExceptionsFreezeExceptionRequestMutationVariables = Exact<{
  input: FreezeExceptionRequestInput;
}>;


export type FreezeExceptionsFreezeExceptionRequestMutation = { freezeExceptionRequest: { freezeException: { id: string, kind: FreezeExceptionKind, status: FreezeExceptionStatus, fromDate: string, toDate: string, requestedOn: string, requestedBy: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FreezeExceptionsFreezeExceptionDecideMutationVariables = Exact<{
  input: FreezeExceptionDecideInput;
}>;


export type FreezeExceptionsFreezeExceptionDecideMutation = { freezeExceptionDecide: { freezeException: { id: string, status: FreezeExceptionStatus, decidedOn: string | null, decisionReason: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FreezeExceptionsCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type FreezeExceptionsCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ key: string, transitionWindow: { start: string | null, end: string | null, avoidedFreezes: Array<string> } }> } | null };

export type FreezeExceptionsAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type FreezeExceptionsAuditLogQuery = { auditLog: { nodes: Array<{ operation: string }> } | null };

export type FreezeExceptionsCollaborationCandidates3QueryVariables = Exact<{ [key: string]: never; }>;


export type FreezeExceptionsCollaborationCandidates3Query = { collaborationCandidates: { nodes: Array<{ key: string, transitionWindow: { start: string | null } }> } | null };

export type FreezeExceptionsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FreezeExceptionsNodeQuery = { node:
    | { exceptions: Array<{ status: FreezeExceptionStatus, kind: FreezeExceptionKind, rollbackPlan: string | null }> }
    | Record<PropertyKey, never>
   | null, freezeExceptions: { totalCount: number } | null };

export type FreezeExceptionsChangeFreezesQueryVariables = Exact<{ [key: string]: never; }>;


export type FreezeExceptionsChangeFreezesQuery = { changeFreezes: { nodes: Array<{ name: string, announcedLate: boolean }> } | null };

export type NeedsVocabularyVocabularyTermCreateMutationVariables = Exact<{
  input: VocabularyTermCreateInput;
}>;


export type NeedsVocabularyVocabularyTermCreateMutation = { vocabularyTermCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type NeedsVocabularyApplicationCreateMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type NeedsVocabularyApplicationCreateMutation = { applicationCreate: { application: { id: string, name: string, vendor: string | null, category: ApplicationCategory, scope: ApplicationScope } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type NeedsVocabularyNeedRegisterMutationVariables = Exact<{
  input: NeedRegisterInput;
}>;


export type NeedsVocabularyNeedRegisterMutation = { needRegister: { needRegistration: { id: string, category: ApplicationCategory, categoryCode: string, answer: { summary: string, matches: Array<{ municipality: { name: string }, application: { name: string } }>, options: Array<{ kind: NeedOptionKind }> } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type NeedsNeedFragment = { id: string, category: ApplicationCategory, neededBy: string, description: string, budgetFrameOre: number | null, registeredOn: string, registeredBy: string, viewerCanChoose: boolean, municipality: { code: string }, answer: { asOf: string, summary: string, matches: Array<{ inSameBody: boolean, lifecyclePhase: string, functionalFit: number | null, technicalFit: number | null, userCount: number | null, annualCostOre: number | null, municipality: { code: string }, application: { name: string }, collaboration: { name: string } | null, level: { ordinal: number } | null, agreements: Array<{ name: string, decisionDeadline: string, nearNeed: boolean, agreement: { id: string } | null }> }>, deadlinesNearNeed: Array<{ name: string, decisionDeadline: string }>, options: Array<{ key: string, kind: NeedOptionKind, summary: string, meetsNeededBy: boolean, annualCostOre: number | null, partners: Array<{ code: string }>, collaboration: { name: string } | null, application: { name: string } | null, window: { decisionOn: string, procurementLeadTimeMonths: number, earliestStart: string, start: string | null, end: string | null, avoidedFreezes: Array<string> }, costSplit: Array<{ population: number | null, amountOre: number, municipality: { code: string } }> | null }> }, choice: { key: string, kind: NeedOptionKind, summary: string, reason: string, decidedOn: string, decidedBy: string, partners: Array<{ code: string }>, window: { start: string | null, end: string | null } } | null };

export type NeedsRegisterMutationVariables = Exact<{
  input: NeedRegisterInput;
}>;


export type NeedsRegisterMutation = { needRegister: { needRegistration: { id: string, category: ApplicationCategory, neededBy: string, description: string, budgetFrameOre: number | null, registeredOn: string, registeredBy: string, viewerCanChoose: boolean, municipality: { code: string }, answer: { asOf: string, summary: string, matches: Array<{ inSameBody: boolean, lifecyclePhase: string, functionalFit: number | null, technicalFit: number | null, userCount: number | null, annualCostOre: number | null, municipality: { code: string }, application: { name: string }, collaboration: { name: string } | null, level: { ordinal: number } | null, agreements: Array<{ name: string, decisionDeadline: string, nearNeed: boolean, agreement: { id: string } | null }> }>, deadlinesNearNeed: Array<{ name: string, decisionDeadline: string }>, options: Array<{ key: string, kind: NeedOptionKind, summary: string, meetsNeededBy: boolean, annualCostOre: number | null, partners: Array<{ code: string }>, collaboration: { name: string } | null, application: { name: string } | null, window: { decisionOn: string, procurementLeadTimeMonths: number, earliestStart: string, start: string | null, end: string | null, avoidedFreezes: Array<string> }, costSplit: Array<{ population: number | null, amountOre: number, municipality: { code: string } }> | null }> }, choice: { key: string, kind: NeedOptionKind, summary: string, reason: string, decidedOn: string, decidedBy: string, partners: Array<{ code: string }>, window: { start: string | null, end: string | null } } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type NeedsChooseMutationVariables = Exact<{
  input: NeedChooseInput;
}>;


export type NeedsChooseMutation = { needChoose: { needRegistration: { id: string, category: ApplicationCategory, neededBy: string, description: string, budgetFrameOre: number | null, registeredOn: string, registeredBy: string, viewerCanChoose: boolean, municipality: { code: string }, answer: { asOf: string, summary: string, matches: Array<{ inSameBody: boolean, lifecyclePhase: string, functionalFit: number | null, technicalFit: number | null, userCount: number | null, annualCostOre: number | null, municipality: { code: string }, application: { name: string }, collaboration: { name: string } | null, level: { ordinal: number } | null, agreements: Array<{ name: string, decisionDeadline: string, nearNeed: boolean, agreement: { id: string } | null }> }>, deadlinesNearNeed: Array<{ name: string, decisionDeadline: string }>, options: Array<{ key: string, kind: NeedOptionKind, summary: string, meetsNeededBy: boolean, annualCostOre: number | null, partners: Array<{ code: string }>, collaboration: { name: string } | null, application: { name: string } | null, window: { decisionOn: string, procurementLeadTimeMonths: number, earliestStart: string, start: string | null, end: string | null, avoidedFreezes: Array<string> }, costSplit: Array<{ population: number | null, amountOre: number, municipality: { code: string } }> | null }> }, choice: { key: string, kind: NeedOptionKind, summary: string, reason: string, decidedOn: string, decidedBy: string, partners: Array<{ code: string }>, window: { start: string | null, end: string | null } } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type NeedsAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type NeedsAgreementCreateMutation = { agreementCreate: { agreement: { id: string, decisionDeadline: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type NeedsWebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type NeedsWebhookEndpointCreateMutation = { webhookEndpointCreate: { webhookEndpoint: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type NeedsAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedsAuditLogQuery = { auditLog: { nodes: Array<{ operation: string }> } | null };

export type NeedsNeedRegistrationsQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type NeedsNeedRegistrationsQuery = { needRegistrations: { totalCount: number, nodes: Array<{ id: string, choice: { kind: NeedOptionKind } | null }> } | null };

export type NeedsNeedRegistrations2QueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type NeedsNeedRegistrations2Query = { needRegistrations: { totalCount: number } | null };

export type SettingsFreezesCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFreezesCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ key: string, category: ApplicationCategory }> } | null };

export type SettingsFreezesTriggerSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFreezesTriggerSettingsQuery = { triggerSettings: { id: string, agreementHorizonMonths: number, poorFitThreshold: number, competenceRiskMinScore: number, jointLevel: number, weightSameApplication: number, transitionWindowDays: number } | null };

export type SettingsFreezesTriggerSettingsUpdateMutationVariables = Exact<{
  input: TriggerSettingsUpdateInput;
}>;


export type SettingsFreezesTriggerSettingsUpdateMutation = { triggerSettingsUpdate: { triggerSettings: { weightSameApplication: number, poorFitThreshold: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type SettingsFreezesCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFreezesCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ key: string, score: number, contributions: Array<{ trigger: RecommendationTrigger, weight: number }> }> } | null };

export type SettingsFreezesAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type SettingsFreezesAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, changes: Array<{ fields: Array<{ field: string, before: unknown, after: unknown }> }> }> } | null };

export type SettingsFreezesChangeFreezeCreateMutationVariables = Exact<{
  input: ChangeFreezeCreateInput;
}>;


export type SettingsFreezesChangeFreezeCreateMutation = { changeFreezeCreate: { changeFreeze: { id: string, name: string, kind: FreezeKind, category: ApplicationCategory | null, periods: Array<{ from: string, to: string }>, municipality: { code: string } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type SettingsFreezesChangeFreezesQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type SettingsFreezesChangeFreezesQuery = { changeFreezes: { totalCount: number, nodes: Array<{ name: string, kind: FreezeKind, category: ApplicationCategory | null, fromWeek: number | null, toWeek: number | null, fromMonthDay: string | null, toMonthDay: string | null, periods: Array<{ from: string, to: string }> }> } | null };

export type SettingsFreezesChangeFreezes2QueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type SettingsFreezesChangeFreezes2Query = { changeFreezes: { totalCount: number } | null };

export type SettingsFreezesMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFreezesMunicipalityQuery = { municipality: { changeFreezes: Array<{ name: string, kind: FreezeKind, fromDate: string | null, toDate: string | null }> } | null };

export type SettingsFreezesChangeFreezeUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsFreezesChangeFreezeUpdateMutation = { changeFreezeUpdate: { changeFreeze: { kind: FreezeKind, category: ApplicationCategory | null, fromWeek: number | null, fromMonthDay: string | null, periods: Array<{ from: string, to: string }> } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type SettingsFreezesChangeFreezeDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsFreezesChangeFreezeDeleteMutation = { changeFreezeDelete: { changeFreeze: { name: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type SettingsFreezesNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SettingsFreezesNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SettingsFreezesCollaborationCandidates3QueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFreezesCollaborationCandidates3Query = { collaborationCandidates: { nodes: Array<{ key: string, transitionWindow: { start: string | null, end: string | null, avoidedFreezes: Array<string> } }> } | null };

export type RecommendationsStatementsCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationsStatementsCollaborationCandidatesQuery = { collaborationCandidates: { totalCount: number, nodes: Array<{ key: string, score: number, summary: string, explanation: Array<string>, participants: Array<{ name: string }>, applications: Array<{ name: string }>, proposedApplication: { name: string }, collaboration: { name: string } | null, currentLevel: { ordinal: number } | null, targetLevel: { ordinal: number }, drivingAgreement: { name: string } | null, decision: { status: RecommendationDecisionStatus } | null, contributions: Array<{ trigger: RecommendationTrigger, points: number, evidence: Array<{ objectId: string, lastChangedOn: string | null }> }>, costSplit: Array<{ amountOre: number, municipality: { code: string } }> | null, transitionWindow: { start: string | null, end: string | null } }> } | null };

export type RemindersCliWebhookEndpointCreateMutationVariables = Exact<{
  url: string;
}>;


export type RemindersCliWebhookEndpointCreateMutation = { webhookEndpointCreate: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type RemindersCliCollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type RemindersCliCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type RemindersCliWebhookDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RemindersCliWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ eventType: WebhookEventType, status: WebhookDeliveryStatus }> } | null };

export type FeedsCalendarFeedCreateMutationVariables = Exact<{
  input: CalendarFeedCreateInput;
}>;


export type FeedsCalendarFeedCreateMutation = { calendarFeedCreate: { token: string | null, url: string | null, calendarFeed: { id: string, name: string, createdBy: string, createdAt: string, revokedAt: string | null, municipality: { code: string } | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FeedsCalendarFeedRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type FeedsCalendarFeedRevokeMutation = { calendarFeedRevoke: { calendarFeed: { id: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FeedsCalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedsCalendarFeedsQuery = { calendarFeeds: { nodes: Array<{ name: string, municipality: { code: string } | null }> } | null };

export type WebhooksWebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhooksWebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, webhookEndpoint: { id: string, url: string, eventTypes: Array<WebhookEventType>, thresholdDays: Array<number>, disabledAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type WebhooksWebhookDeliveriesQueryVariables = Exact<{
  endpoint?: string | number | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
}>;


export type WebhooksWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, nodes: Array<{ messageId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastResponseCode: number | null, lastError: string | null, nextAttemptAt: string | null, lastAttemptAt: string | null }> } | null };

export type WebhooksWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksWebhookEndpointsQuery = { webhookEndpoints: { totalCount: number } | null };

export type WebhooksAgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type WebhooksAgreementCreateMutation = { agreementCreate: { userErrors: Array<{ field: Array<string> | null, message: string }> } | null };

export type WebhooksAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksAgreementsQuery = { agreements: { nodes: Array<{ id: string, name: string }> } | null };

export type WebhooksAgreementUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type WebhooksAgreementUpdateMutation = { agreementUpdate: { userErrors: Array<{ message: string }> } | null };

export type WebhooksCollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksCollaborationLevelsQuery = { collaborationLevels: Array<{ id: string, ordinal: number }> | null };

export type WebhooksCollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type WebhooksCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type WebhooksWebhookEndpointDisableMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksWebhookEndpointDisableMutation = { webhookEndpointDisable: { webhookEndpoint: { disabledAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AnnualReportCollaborationBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportCollaborationBodiesQuery = { collaborationBodies: { nodes: Array<{ id: string, shortName: string | null }> } | null };

export type AnnualReportDkf2025QueryVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type AnnualReportDkf2025Query = { annualReport: { year: number, start: string, end: string, body: { shortName: string | null } | null, summary: { systems: Array<{ name: string, host: string, participantsEnd: number, levelStart: { ordinal: number, name: string } | null, levelEnd: { ordinal: number, name: string } | null }>, changes: Array<{ system: string }>, perLevel: Array<{ systemsStart: number, systemsEnd: number, municipalitiesEnd: number, level: { ordinal: number } }> }, matrix: { systems: Array<string>, rows: Array<{ municipality: string, levels: Array<number | null> }> }, levelsByYear: Array<{ year: number, systems: Array<number> }> } | null };

export type AnnualReport2014QueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReport2014Query = { annualReport: { summary: { systems: Array<{ name: string, levelStart: { ordinal: number, name: string } | null, levelEnd: { ordinal: number, name: string } | null }>, changes: Array<{ system: string, changedOn: string, decisionReference: string | null, from: { ordinal: number, name: string } | null, to: { ordinal: number, name: string } }> }, levelsByYear: Array<{ year: number, systems: Array<number> }> } | null };

export type AnnualReportAnnualReportQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReportQuery = { annualReport: { agreements: { ended: Array<{ agreement: string, date: string }>, renewed: Array<{ agreement: string, date: string, detail: string }>, noticeGiven: Array<{ agreement: string }>, upcomingDecisions: Array<{ agreement: string, date: string }> } } | null };

export type AnnualReportAnnualReport2QueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReport2Query = { annualReport: { cost: { totalOre: number, lines: Array<{ agreement: string, key: string, totalOre: number, shares: Array<{ municipality: string, amountOre: number }> }>, municipalities: Array<{ municipality: string, agreementsOre: number, trainingOre: number, totalOre: number, population: number | null, perInhabitantOre: number | null, leavingShiftsOre: number, leavingNeedsNewAgreement: Array<string> }> }, competence: { trainingParticipants: number, trainingCostOre: number, trainings: Array<{ title: string, participants: number, costOre: number | null }> } } | null };

export type AnnualReportAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAgreementsQuery = { agreements: { nodes: Array<{ id: string, name: string }> } | null };

export type AnnualReportCostAllocationQueryVariables = Exact<{
  a: string | number;
}>;


export type AnnualReportCostAllocationQuery = { costAllocation: { shares: Array<{ amountOre: number, municipality: { name: string } }> } | null };

export type AnnualReportGoalsQueryVariables = Exact<{
  year: number;
}>;


export type AnnualReportGoalsQuery = { annualReport: { governance: { complianceEnd: number, policyGoals: Array<{ title: string, deadline: string, status: string }>, rules: Array<{ code: string, complianceEnd: number, compliancePrevious: number | null }> } } | null };

export type AnnualReportCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ category: ApplicationCategory, participants: Array<{ name: string }> }> } | null };

export type AnnualReportAnnualReport3QueryVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type AnnualReportAnnualReport3Query = { annualReport: { recommendations: Array<{ candidateId: string | null, subject: string, proposedProduct: string | null, score: number | null, deadline: string | null, proposedLevel: { ordinal: number } | null, window: { start: string } | null }> } | null };

export type AnnualReportAnnualReport4QueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReport4Query = { annualReport: { year: number } | null };

export type AnnualReportAnnualReport5QueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReport5Query = { annualReport: { year: number } | null };

export type AnnualReportAnnualReport6QueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReport6Query = { annualReport: { year: number } | null };

export type AnnualReportAnnualReportIssueMutationVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReportIssueMutation = { annualReportIssue: { issue: { year: number } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AnnualReportAnnualReportIssue2MutationVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportAnnualReportIssue2Mutation = { annualReportIssue: { issue: { year: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type AnnualReportAnnualReportIssue3MutationVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type AnnualReportAnnualReportIssue3Mutation = { annualReportIssue: { issue: { year: number, sha256: string, issuedOn: string, issuedBy: string, path: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type AnnualReportCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportCollaborationsQuery = { collaborations: { nodes: Array<{ id: string, name: string }> } | null, collaborationLevels: Array<{ id: string, ordinal: number }> | null, agreements: { nodes: Array<{ id: string, name: string }> } | null };

export type AnnualReportCollaborationLevelSetMutationVariables = Exact<{
  c: string | number;
  l: string | number;
}>;


export type AnnualReportCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type AnnualReportAgreementGiveNoticeMutationVariables = Exact<{
  a: string | number;
}>;


export type AnnualReportAgreementGiveNoticeMutation = { agreementGiveNotice: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type AnnualReportDkf2026QueryVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type AnnualReportDkf2026Query = { annualReport: { summary: { changes: Array<{ system: string }> }, agreements: { noticeGiven: Array<{ agreement: string }> } } | null };

export type AnnualReportAnnualReportIssue4MutationVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type AnnualReportAnnualReportIssue4Mutation = { annualReportIssue: { issue: { year: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }> } | null };

export type FollowUpsMeasuresFragment = { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null, productCount: number | null };

export type FollowUpsReportQueryVariables = Exact<{
  year: number;
}>;


export type FollowUpsReportQuery = { annualReport: { followUps: { costRose: Array<string>, decisions: Array<{ decidedOn: string, subject: string, participants: Array<string>, summary: string, costRose: boolean, expected: { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null, productCount: number | null } | null, atDecision: { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null, productCount: number | null }, points: Array<{ monthsAfter: number, date: string, costRose: boolean | null, realised: { costPerInhabitantOre: number | null, levelOrdinal: number | null, competenceRiskScore: number | null, productCount: number | null } | null }> }> } } | null };

export type FollowUpsApplicationUsageUpdateMutationVariables = Exact<{
  input: ApplicationUsageUpdateInput;
}>;


export type FollowUpsApplicationUsageUpdateMutation = { applicationUsageUpdate: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type FollowUpsMunicipalityCreateMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type FollowUpsMunicipalityCreateMutation = { municipalityCreate: { municipality: { id: string, code: string, name: string } | null, userErrors: Array<{ code: UserErrorCode }> } | null };

export type FollowUpsDecisionEffectsRecordMutationVariables = Exact<{
  input: DecisionEffectsRecordInput;
}>;


export type FollowUpsDecisionEffectsRecordMutation = { decisionEffectsRecord: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type FollowUpsCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpsCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, key: string }> } | null };

export type ReportRecommendationsRecommendationFragment = { date: string, trigger: string, subject: string, explanation: string, decision: string | null, decidedOn: string | null, candidateId: string | null, proposedProduct: string | null, score: number | null, deadline: string | null, annualCostOre: number | null, system: { id: string, name: string } | null, participants: Array<{ code: string, name: string }>, proposedLevel: { ordinal: number, name: string } | null, window: { start: string, end: string | null } | null, costSplit: Array<{ municipality: string, amountOre: number }> | null };

export type ReportRecommendationsCollaborationBodyCreateMutationVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsCollaborationBodyCreateMutation = { collaborationBodyCreate: { collaborationBody: { id: string } | null, userErrors: Array<{ message: string }> } | null };

export type ReportRecommendationsMembershipStartMutationVariables = Exact<{
  input: MembershipStartInput;
}>;


export type ReportRecommendationsMembershipStartMutation = { membershipStart: { userErrors: Array<{ message: string }> } | null };

export type ReportRecommendations2025QueryVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type ReportRecommendations2025Query = { annualReport: { hasData: boolean, recommendations: Array<{ date: string, trigger: string, subject: string, explanation: string, decision: string | null, decidedOn: string | null, candidateId: string | null, proposedProduct: string | null, score: number | null, deadline: string | null, annualCostOre: number | null, system: { id: string, name: string } | null, participants: Array<{ code: string, name: string }>, proposedLevel: { ordinal: number, name: string } | null, window: { start: string, end: string | null } | null, costSplit: Array<{ municipality: string, amountOre: number }> | null }> } | null };

export type ReportRecommendationsAnnualReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsAnnualReportQuery = { annualReport: { recommendations: Array<{ subject: string, proposedProduct: string | null }> } | null };

export type ReportRecommendationsCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string, score: number, drivingDeadline: string | null, combinedAnnualCostOre: number | null, proposedApplication: { name: string }, targetLevel: { ordinal: number }, transitionWindow: { start: string | null, end: string | null }, costSplit: Array<{ amountOre: number }> | null }> } | null };

export type ReportRecommendationsCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ id: string, proposedApplication: { name: string } }> } | null };

export type ReportRecommendationsRecommendationDecideMutationVariables = Exact<{
  input: RecommendationDecideInput;
}>;


export type ReportRecommendationsRecommendationDecideMutation = { recommendationDecide: { userErrors: Array<{ field: Array<string> | null, message: string }> } | null };

export type ReportRecommendations2026QueryVariables = Exact<{
  body?: string | number | null | undefined;
}>;


export type ReportRecommendations2026Query = { annualReport: { recommendations: Array<{ date: string, trigger: string, subject: string, explanation: string, decision: string | null, decidedOn: string | null, candidateId: string | null, proposedProduct: string | null, score: number | null, deadline: string | null, annualCostOre: number | null, system: { id: string, name: string } | null, participants: Array<{ code: string, name: string }>, proposedLevel: { ordinal: number, name: string } | null, window: { start: string, end: string | null } | null, costSplit: Array<{ municipality: string, amountOre: number }> | null }> } | null };

export type ReportRecommendationsAnnualReport2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsAnnualReport2Query = { annualReport: { hasData: boolean, governance: { complianceEnd: number, applicableEnd: number, applicablePrevious: number }, recommendations: Array<{ subject: string }> } | null };

export type ReportRecommendationsAnnualReport3QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsAnnualReport3Query = { annualReport: { year: number } | null };

export type ReportRecommendationsAnnualReport4QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsAnnualReport4Query = { annualReport: { year: number } | null };

export type ReportRecommendationsAnnualReportIssueMutationVariables = Exact<{ [key: string]: never; }>;


export type ReportRecommendationsAnnualReportIssueMutation = { annualReportIssue: { userErrors: Array<{ message: string, code: UserErrorCode }> } | null };

export type RolesRoleAssignMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type RolesRoleAssignMutation = { roleAssign: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }>, roleAssignment: { id: string, kind: RoleKind, fromDate: string, toDate: string | null, person: { name: string }, collaboration: { name: string } | null, applicationUsage: { id: string } | null, itUnit: { name: string } | null } | null } | null };

export type RolesRoleEndMutationVariables = Exact<{
  input: RoleEndInput;
}>;


export type RolesRoleEndMutation = { roleEnd: { userErrors: Array<{ field: Array<string> | null, code: UserErrorCode }>, roleAssignment: { id: string, toDate: string | null } | null } | null };

export type RolesRoleAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesRoleAssignmentsQuery = { roleAssignments: { totalCount: number } | null };

export type RolesNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RolesNodeQuery = { node:
    | { roles: Array<{ kind: RoleKind, fromDate: string, toDate: string | null, person: { name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type RolesNode2QueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  all: boolean;
}>;


export type RolesNode2Query = { node:
    | { roles: Array<{ fromDate: string, toDate: string | null, person: { name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type RolesNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesNode3Query = { node:
    | { roleAssignments: Array<{ kind: RoleKind, collaboration: { name: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type RolesNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesNode4Query = { node:
    | { roles: Array<{ kind: RoleKind, toDate: string | null, person: { name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type RolesRoleAssignments2QueryVariables = Exact<{ [key: string]: never; }>;


export type RolesRoleAssignments2Query = { roleAssignments: { totalCount: number } | null };

export type RolesNode5QueryVariables = Exact<{
  id: string | number;
}>;


export type RolesNode5Query = { node:
    | { roles: Array<{ person: { name: string, email: string | null, phone: string | null, viewerCanSeeContactDetails: boolean } }> }
    | Record<PropertyKey, never>
   | null };

export type RolesNode6QueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type RolesNode6Query = { node:
    | { roles: Array<{ id: string, person: { name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type ApolloCacheCollaborationLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloCacheCollaborationLevelsQuery = { collaborationLevels: Array<{ id: string, ordinal: number }> | null };

export type ApolloCacheStatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloCacheStatusBoardQuery = { statusBoard: { nodes: Array<{ id: string, level: { ordinal: number } | null }> } | null };

export type ApolloCacheCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloCacheCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ key: string, score: number }> } | null };

export type ApolloCacheCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloCacheCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ key: string, score: number }> } | null };

export type ApolloCacheApplicationUsagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApolloCacheApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string }> } | null };

export type ArgumentsCollaborationsQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type ArgumentsCollaborationsQuery = { collaborations: { totalCount: number } | null };

export type ArgumentsCompetenceRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type ArgumentsCompetenceRiskQuery = { competenceRisk: { totalCount: number } | null };

export type ArgumentsAgreementsQueryVariables = Exact<{
  x?: string | number | null | undefined;
}>;


export type ArgumentsAgreementsQuery = { agreements: { totalCount: number } | null };

export type ConsumerStatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumerStatusBoardQuery = { statusBoard: { totalCount: number } | null };

export type OperationsAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsAgreementsQuery = { agreements: { nodes: Array<{ id: string }> } | null };

export type OperationsMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsMunicipalityQuery = { municipality: { id: string } | null };

export type OperationsCollaborationBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsCollaborationBodiesQuery = { collaborationBodies: { nodes: Array<{ id: string }> } | null };

export type OperationsCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ id: string }> } | null };

export type PackageAgreementsQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type PackageAgreementsQuery = { agreements: { nodes: Array<{ name: string, schedule: { decisionDeadline: string } }> } | null };

export type PackageApplicationUsagesQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type PackageApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string, application: { name: string } }> } | null };

export type PackageNodeQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type PackageNodeQuery = { a:
    | { functionalFit: number | null, technicalFit: number | null }
    | Record<PropertyKey, never>
   | null, b:
    | { functionalFit: number | null }
    | Record<PropertyKey, never>
   | null };

export type PackageStatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type PackageStatusBoardQuery = { statusBoard: { totalCount: number } | null };

export type PagingStatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type PagingStatusBoardQuery = { statusBoard: { nodes: Array<{ level: { ordinal: number } | null }> } | null };

export type PagingStatusBoard2QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingStatusBoard2Query = { statusBoard: { nodes: Array<{ nextDeadline: { date: string } | null }> } | null };

export type PagingAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type PagingAgreementsQuery = { agreements: { nodes: Array<{ endDate: string }> } | null };

export type PagingAgreements2QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingAgreements2Query = { agreements: { nodes: Array<{ startDate: string }> } | null };

export type PagingCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PagingCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ score: number }> } | null };

export type PagingCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ key: string }> } | null };

export type PagingCollaborationCandidates3QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingCollaborationCandidates3Query = { collaborationCandidates: { nodes: Array<{ key: string }> } | null };

export type PagingCollaborationCandidates4QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingCollaborationCandidates4Query = { collaborationCandidates: { nodes: Array<{ drivingDeadline: string | null }> } | null };

export type PagingAgreements3QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingAgreements3Query = { agreements: { nodes: Array<{ endDate: string }>, pageInfo: { endCursor: string | null } } | null };

export type PagingAgreements4QueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type PagingAgreements4Query = { agreements: { nodes: Array<{ endDate: string }> } | null };

export type PagingStatusBoard3QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingStatusBoard3Query = { statusBoard: { totalCount: number } | null };

export type PagingAgreements5QueryVariables = Exact<{ [key: string]: never; }>;


export type PagingAgreements5Query = { agreements: { totalCount: number } | null };

export type PagingCompetenceRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type PagingCompetenceRiskQuery = { competenceRisk: { totalCount: number } | null };

export type UrqlCacheCollaborationCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type UrqlCacheCollaborationCandidatesQuery = { collaborationCandidates: { nodes: Array<{ key: string, score: number, drivingDeadline: string | null }> } | null };

export type UrqlCacheCollaborationCandidates2QueryVariables = Exact<{ [key: string]: never; }>;


export type UrqlCacheCollaborationCandidates2Query = { collaborationCandidates: { nodes: Array<{ key: string, score: number, drivingDeadline: string | null }> } | null };

export type UrqlCacheApplicationUsagesQueryVariables = Exact<{ [key: string]: never; }>;


export type UrqlCacheApplicationUsagesQuery = { applicationUsages: { nodes: Array<{ id: string }> } | null };

export type ExportMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type ExportMunicipalityQuery = { municipality: { applicationUsages: Array<{ id: string }> } | null };

export type ExportStatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportStatusBoardQuery = { statusBoard: { totalCount: number } | null };

export type ExportAgreementsQueryVariables = Exact<{
  m?: string | number | null | undefined;
}>;


export type ExportAgreementsQuery = { agreements: { nodes: Array<{ name: string, schedule: { decisionDeadline: string } }> } | null };

export type HelpersApplicationUsagesImportMutationVariables = Exact<{
  input: ApplicationUsagesImportInput;
}>;


export type HelpersApplicationUsagesImportMutation = { applicationUsagesImport: { userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, plan: { applied: boolean, createCount: number, updateCount: number, unchangedCount: number, problems: Array<{ row: number, column: string | null, message: string, code: UserErrorCode }>, rows: Array<{ row: number, product: string | null, vendor: string | null, externalKey: string | null, action: ImportAction, match: ImportMatch, changes: Array<{ column: string, before: string | null, after: string | null }>, problems: Array<{ row: number, column: string | null, code: UserErrorCode }> }> } | null } | null };

export type ImportAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportAuditLogQuery = { auditLog: { nodes: Array<{ operation: string, actorName: string, changes: Array<{ objectType: string, kind: string, fields: Array<{ field: string, after: unknown }> }> }> } | null };

export type ImportMunicipalityQueryVariables = Exact<{
  code: string;
}>;


export type ImportMunicipalityQuery = { municipality: { applicationUsages: Array<{ application: { name: string }, roles: Array<{ kind: RoleKind, toDate: string | null, person: { name: string } }> }> } | null };

export type ImportMunicipality2QueryVariables = Exact<{
  code: string;
}>;


export type ImportMunicipality2Query = { municipality: { applicationUsages: Array<{ application: { name: string }, roles: Array<{ kind: RoleKind, fromDate: string, toDate: string | null, person: { name: string } }> }> } | null };

export type BoardNodeRowFragment = { id: string, asOf: string, collaboration: { name: string }, level: { ordinal: number } | null };

export type BoardNodeCollaborationLevelSetMutationVariables = Exact<{
  input: CollaborationLevelSetInput;
}>;


export type BoardNodeCollaborationLevelSetMutation = { collaborationLevelSet: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type BoardNodeBoardQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type BoardNodeBoardQuery = { statusBoard: { nodes: Array<{ id: string, asOf: string, collaboration: { name: string }, level: { ordinal: number } | null }> } | null };

export type BoardNodeRefetchQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BoardNodeRefetchQuery = { nodes: Array<
    | { __typename: 'Agreement' }
    | { __typename: 'Application' }
    | { __typename: 'ApplicationUsage' }
    | { __typename: 'ChangeFreeze' }
    | { __typename: 'Collaboration' }
    | { __typename: 'CollaborationBody' }
    | { __typename: 'CollaborationCandidate' }
    | { __typename: 'CollaborationLevel' }
    | { __typename: 'CollaborationParticipant' }
    | { __typename: 'Competence' }
    | { __typename: 'CompetenceNetwork' }
    | { __typename: 'CompetenceNetworkActivity' }
    | { __typename: 'CompetenceNetworkMember' }
    | { __typename: 'DecisionEffect' }
    | { __typename: 'FreezeException' }
    | { __typename: 'GovernanceDocument' }
    | { __typename: 'ItUnit' }
    | { __typename: 'LevelChange' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'NeedRegistration' }
    | { __typename: 'Person' }
    | { __typename: 'PolicyGoal' }
    | { __typename: 'RecommendationDecision' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'SharedSystemStatus', id: string, asOf: string, collaboration: { name: string }, level: { ordinal: number } | null }
    | { __typename: 'TrainingActivity' }
    | { __typename: 'TrainingActivityMunicipality' }
    | { __typename: 'TrainingPlan' }
    | { __typename: 'TriggerSettings' }
    | { __typename: 'VocabularyTerm' }
   | null> };

export type BoardNodeNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BoardNodeNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type BoardAgreementExtendMutationVariables = Exact<{
  id: string | number;
}>;


export type BoardAgreementExtendMutation = { agreementExtend: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type BoardAgreementGiveNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type BoardAgreementGiveNoticeMutation = { agreementGiveNotice: { userErrors: Array<{ code: UserErrorCode }> } | null };

export type BoardSharedSystemStatusQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type BoardSharedSystemStatusQuery = { sharedSystemStatus: Array<{ asOf: string, collaboration: { name: string }, level: { ordinal: number } | null, lastLevelChange: { changedOn: string, decisionReference: string | null } | null, participants: Array<{ code: string }>, host: { code: string }, operator: { name: string } | null, systemOwners: Array<{ person: { name: string } }>, systemResponsibles: Array<{ person: { name: string } }>, agreements: Array<{ status: AgreementStatus, currentTermEnd: string, noticeDeadline: string, decisionDeadline: string, daysLeft: number, agreement: { name: string } }>, nextDeadline: { date: string, kind: DeadlineKind, daysLeft: number, agreement: { name: string } | null, roleAssignment: { person: { name: string } } | null } | null, openGaps: Array<{ ruleCode: string, objectType: string, label: string }> }> | null };

export type BoardStatusBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  participant?: string | number | null | undefined;
  level?: number | null | undefined;
  attention?: boolean | null | undefined;
  asOf?: string | null | undefined;
}>;


export type BoardStatusBoardQuery = { statusBoard: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, nodes: Array<{ needsAttention: boolean, collaboration: { name: string }, level: { ordinal: number } | null, participants: Array<{ code: string }> }> } | null };

export type BoardCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardCollaborationsQuery = { collaborations: { nodes: Array<{ id: string }> } | null };

export type DocumentKindsVocabularyTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentKindsVocabularyTermsQuery = { vocabularyTerms: Array<{ id: string, code: string, name: string, sortOrder: number, reviewMinMonths: number | null, reviewMaxMonths: number | null, reviewDefaultMonths: number | null }> | null };

export type DocumentKindsVocabularyTermCreateMutationVariables = Exact<{
  input: VocabularyTermCreateInput;
}>;


export type DocumentKindsVocabularyTermCreateMutation = { vocabularyTermCreate: { vocabularyTerm: { id: string, code: string, name: string, reviewMinMonths: number | null, reviewMaxMonths: number | null, reviewDefaultMonths: number | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type DocumentKindsVocabularyTermUpdateMutationVariables = Exact<{
  input: VocabularyTermUpdateInput;
}>;


export type DocumentKindsVocabularyTermUpdateMutation = { vocabularyTermUpdate: { vocabularyTerm: { code: string, reviewMinMonths: number | null, reviewMaxMonths: number | null, reviewDefaultMonths: number | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type DocumentKindsGovernanceDocumentCreateMutationVariables = Exact<{
  input: GovernanceDocumentCreateInput;
}>;


export type DocumentKindsGovernanceDocumentCreateMutation = { governanceDocumentCreate: { governanceDocument: { id: string, kind: GovernanceDocumentKind, kindCode: string, title: string, reviewIntervalMonths: number, nextReviewDue: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type DocumentKindsGovernanceDocumentUpdateMutationVariables = Exact<{
  input: GovernanceDocumentUpdateInput;
}>;


export type DocumentKindsGovernanceDocumentUpdateMutation = { governanceDocumentUpdate: { governanceDocument: { reviewIntervalMonths: number } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type DocumentKindsGovernanceReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type DocumentKindsGovernanceReportQuery = { governanceReport: { rules: Array<{ code: string, applicable: number, failures: Array<{ objectId: string, label: string, reason: string }> }> } | null };

export type DocumentKindsGovernanceDocumentsQueryVariables = Exact<{
  kind?: GovernanceDocumentKind | null | undefined;
  kindCode?: string | null | undefined;
}>;


export type DocumentKindsGovernanceDocumentsQuery = { governanceDocuments: { nodes: Array<{ title: string, kind: GovernanceDocumentKind, kindCode: string }> } | null };

export type VocabulariesVocabularyTermsQueryVariables = Exact<{
  v: Vocabulary;
}>;


export type VocabulariesVocabularyTermsQuery = { vocabularyTerms: Array<{ id: string, code: string, name: string, description: string | null, sortOrder: number, roleTargets: Array<string> | null, singleHolder: boolean | null }> | null };

export type VocabulariesVocabularyTermCreateMutationVariables = Exact<{
  input: VocabularyTermCreateInput;
}>;


export type VocabulariesVocabularyTermCreateMutation = { vocabularyTermCreate: { vocabularyTerm: { id: string, code: string, name: string, sortOrder: number, roleTargets: Array<string> | null, singleHolder: boolean | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type VocabulariesVocabularyTermUpdateMutationVariables = Exact<{
  input: VocabularyTermUpdateInput;
}>;


export type VocabulariesVocabularyTermUpdateMutation = { vocabularyTermUpdate: { vocabularyTerm: { code: string, name: string, singleHolder: boolean | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type VocabulariesApplicationCreateMutationVariables = Exact<{
  input: ApplicationCreateInput;
}>;


export type VocabulariesApplicationCreateMutation = { applicationCreate: { application: { id: string, name: string, category: ApplicationCategory, categoryCode: string } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type VocabulariesRoleAssignMutationVariables = Exact<{
  input: RoleAssignInput;
}>;


export type VocabulariesRoleAssignMutation = { roleAssign: { roleAssignment: { id: string, kind: RoleKind, kindCode: string, person: { name: string } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type VocabulariesAuditLogQueryVariables = Exact<{
  id: string | number;
}>;


export type VocabulariesAuditLogQuery = { auditLog: { nodes: Array<{ operation: string }> } | null };

export type VocabulariesApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabulariesApplicationsQuery = { applications: { nodes: Array<{ category: ApplicationCategory, categoryCode: string }> } | null };

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
export const AgreementsMutationsAgreementFragmentDoc = new TypedDocumentString(`
    fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}
    `, {"fragmentName":"AgreementsMutationsAgreement"}) as unknown as TypedDocumentString<AgreementsMutationsAgreementFragment, unknown>;
export const AgreementsMutationsResultFragmentDoc = new TypedDocumentString(`
    fragment AgreementsMutationsResult on AgreementPayload {
  userErrors {
    field
    code
    message
  }
  agreement {
    ...AgreementsMutationsAgreement
  }
}
    fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`, {"fragmentName":"AgreementsMutationsResult"}) as unknown as TypedDocumentString<AgreementsMutationsResultFragment, unknown>;
export const NeedsNeedFragmentDoc = new TypedDocumentString(`
    fragment NeedsNeed on NeedRegistration {
  id
  category
  neededBy
  description
  budgetFrameOre
  registeredOn
  registeredBy
  viewerCanChoose
  municipality {
    code
  }
  answer {
    asOf
    summary
    matches {
      inSameBody
      lifecyclePhase
      functionalFit
      technicalFit
      userCount
      annualCostOre
      municipality {
        code
      }
      application {
        name
      }
      collaboration {
        name
      }
      level {
        ordinal
      }
      agreements {
        name
        decisionDeadline
        nearNeed
        agreement {
          id
        }
      }
    }
    deadlinesNearNeed {
      name
      decisionDeadline
    }
    options {
      key
      kind
      summary
      meetsNeededBy
      annualCostOre
      partners {
        code
      }
      collaboration {
        name
      }
      application {
        name
      }
      window {
        decisionOn
        procurementLeadTimeMonths
        earliestStart
        start
        end
        avoidedFreezes
      }
      costSplit {
        municipality {
          code
        }
        population
        amountOre
      }
    }
  }
  choice {
    key
    kind
    summary
    reason
    decidedOn
    decidedBy
    partners {
      code
    }
    window {
      start
      end
    }
  }
}
    `, {"fragmentName":"NeedsNeed"}) as unknown as TypedDocumentString<NeedsNeedFragment, unknown>;
export const FollowUpsMeasuresFragmentDoc = new TypedDocumentString(`
    fragment FollowUpsMeasures on ReportFollowUpMeasures {
  costPerInhabitantOre
  levelOrdinal
  competenceRiskScore
  productCount
}
    `, {"fragmentName":"FollowUpsMeasures"}) as unknown as TypedDocumentString<FollowUpsMeasuresFragment, unknown>;
export const ReportRecommendationsRecommendationFragmentDoc = new TypedDocumentString(`
    fragment ReportRecommendationsRecommendation on ReportRecommendation {
  date
  trigger
  subject
  explanation
  decision
  decidedOn
  candidateId
  system {
    id
    name
  }
  participants {
    code
    name
  }
  proposedLevel {
    ordinal
    name
  }
  proposedProduct
  score
  deadline
  window {
    start
    end
  }
  annualCostOre
  costSplit {
    municipality
    amountOre
  }
}
    `, {"fragmentName":"ReportRecommendationsRecommendation"}) as unknown as TypedDocumentString<ReportRecommendationsRecommendationFragment, unknown>;
export const BoardNodeRowFragmentDoc = new TypedDocumentString(`
    fragment BoardNodeRow on SharedSystemStatus {
  id
  asOf
  collaboration {
    name
  }
  level {
    ordinal
  }
}
    `, {"fragmentName":"BoardNodeRow"}) as unknown as TypedDocumentString<BoardNodeRowFragment, unknown>;
export const AgreementsMutationsAgreementGiveNoticeDocument = new TypedDocumentString(`
    mutation AgreementsMutationsAgreementGiveNotice($id: ID!) {
  agreementGiveNotice(input: {id: $id, givenOn: "2026-01-20"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsMutationsAgreementGiveNoticeMutation, AgreementsMutationsAgreementGiveNoticeMutationVariables>;
export const AgreementsMutationsCreateDocument = new TypedDocumentString(`
    mutation AgreementsMutationsCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    ...AgreementsMutationsResult
  }
}
    fragment AgreementsMutationsResult on AgreementPayload {
  userErrors {
    field
    code
    message
  }
  agreement {
    ...AgreementsMutationsAgreement
  }
}
fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`) as unknown as TypedDocumentString<AgreementsMutationsCreateMutation, AgreementsMutationsCreateMutationVariables>;
export const AgreementsMutationsUpdateDocument = new TypedDocumentString(`
    mutation AgreementsMutationsUpdate($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    ...AgreementsMutationsResult
  }
}
    fragment AgreementsMutationsResult on AgreementPayload {
  userErrors {
    field
    code
    message
  }
  agreement {
    ...AgreementsMutationsAgreement
  }
}
fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`) as unknown as TypedDocumentString<AgreementsMutationsUpdateMutation, AgreementsMutationsUpdateMutationVariables>;
export const AgreementsMutationsExtendDocument = new TypedDocumentString(`
    mutation AgreementsMutationsExtend($input: AgreementExtendInput!) {
  agreementExtend(input: $input) {
    ...AgreementsMutationsResult
  }
}
    fragment AgreementsMutationsResult on AgreementPayload {
  userErrors {
    field
    code
    message
  }
  agreement {
    ...AgreementsMutationsAgreement
  }
}
fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`) as unknown as TypedDocumentString<AgreementsMutationsExtendMutation, AgreementsMutationsExtendMutationVariables>;
export const AgreementsMutationsNoticeDocument = new TypedDocumentString(`
    mutation AgreementsMutationsNotice($input: AgreementGiveNoticeInput!) {
  agreementGiveNotice(input: $input) {
    ...AgreementsMutationsResult
  }
}
    fragment AgreementsMutationsResult on AgreementPayload {
  userErrors {
    field
    code
    message
  }
  agreement {
    ...AgreementsMutationsAgreement
  }
}
fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`) as unknown as TypedDocumentString<AgreementsMutationsNoticeMutation, AgreementsMutationsNoticeMutationVariables>;
export const AgreementsMutationsTerminateDocument = new TypedDocumentString(`
    mutation AgreementsMutationsTerminate($input: AgreementTerminateInput!) {
  agreementTerminate(input: $input) {
    ...AgreementsMutationsResult
  }
}
    fragment AgreementsMutationsResult on AgreementPayload {
  userErrors {
    field
    code
    message
  }
  agreement {
    ...AgreementsMutationsAgreement
  }
}
fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`) as unknown as TypedDocumentString<AgreementsMutationsTerminateMutation, AgreementsMutationsTerminateMutationVariables>;
export const AgreementsMutationsAgreementsDocument = new TypedDocumentString(`
    query AgreementsMutationsAgreements {
  agreements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AgreementsMutationsAgreementsQuery, AgreementsMutationsAgreementsQueryVariables>;
export const AgreementsMutationsSnapshotDocument = new TypedDocumentString(`
    query AgreementsMutationsSnapshot($id: ID!) {
  node(id: $id) {
    ...AgreementsMutationsAgreement
  }
}
    fragment AgreementsMutationsAgreement on Agreement {
  id
  name
  kind
  status
  currentTermEnd
  noticeDeadline
  noticeGivenOn
  terminatedOn
  schedule {
    status
    currentTermEnd
    extensionsUsed
    renewsAutomatically
  }
  municipalities {
    code
  }
  itUnits {
    name
  }
  costKey {
    kind
    shares {
      municipality {
        code
      }
      shareBasisPoints
    }
  }
}`) as unknown as TypedDocumentString<AgreementsMutationsSnapshotQuery, AgreementsMutationsSnapshotQueryVariables>;
export const AgreementsMutationsAuditLogDocument = new TypedDocumentString(`
    query AgreementsMutationsAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
      changes {
        fields {
          field
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsMutationsAuditLogQuery, AgreementsMutationsAuditLogQueryVariables>;
export const AgreementsMutationsCostAllocationDocument = new TypedDocumentString(`
    query AgreementsMutationsCostAllocation($id: ID!) {
  costAllocation(agreement: $id, totalOre: 1001) {
    shares {
      municipality {
        code
      }
      amountOre
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsMutationsCostAllocationQuery, AgreementsMutationsCostAllocationQueryVariables>;
export const AgreementsMutationsAgreements2Document = new TypedDocumentString(`
    query AgreementsMutationsAgreements2($m: ID!) {
  agreements(first: 100, municipality: $m, kind: DRIFTAVTAL) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsMutationsAgreements2Query, AgreementsMutationsAgreements2QueryVariables>;
export const QueriesAgreementExtendDocument = new TypedDocumentString(`
    mutation QueriesAgreementExtend($id: ID!) {
  agreementExtend(input: {id: $id, extensions: 2}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesAgreementExtendMutation, QueriesAgreementExtendMutationVariables>;
export const QueriesAgreementGiveNoticeDocument = new TypedDocumentString(`
    mutation QueriesAgreementGiveNotice($id: ID!, $on: LocalDate) {
  agreementGiveNotice(input: {id: $id, givenOn: $on}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesAgreementGiveNoticeMutation, QueriesAgreementGiveNoticeMutationVariables>;
export const QueriesAgreementsDocument = new TypedDocumentString(`
    query QueriesAgreements {
  agreements(first: 100) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesAgreementsQuery, QueriesAgreementsQueryVariables>;
export const QueriesAgreements2Document = new TypedDocumentString(`
    query QueriesAgreements2 {
  agreements(first: 2, expiringBefore: "2026-09-01") {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesAgreements2Query, QueriesAgreements2QueryVariables>;
export const QueriesNodeDocument = new TypedDocumentString(`
    query QueriesNode($id: ID!, $asOf: LocalDate) {
  node(id: $id) {
    ... on Agreement {
      name
      kind
      startDate
      endDate
      renewalKind
      renewalTermMonths
      maxExtensions
      noticePeriod {
        amount
        unit
      }
      status
      currentTermEnd
      noticeDeadline
      decisionDeadline
      daysLeft
      schedule(asOf: $asOf) {
        asOf
        currentTermStart
        currentTermEnd
        noticeDeadline
        decisionDeadline
        status
        daysLeft
        extensionsUsed
        extensionsRemaining
        latestPossibleEnd
        renewsAutomatically
        procurementLeadTimeMonths
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNodeQuery, QueriesNodeQueryVariables>;
export const QueriesNode2Document = new TypedDocumentString(`
    query QueriesNode2($id: ID!) {
  node(id: $id) {
    ... on Agreement {
      municipalities {
        code
      }
      itUnits {
        name
      }
      applications {
        name
      }
      collaborations {
        name
      }
      costKey {
        kind
        populationYear
        baseShareBasisPoints
        shares {
          municipality {
            code
          }
          shareBasisPoints
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNode2Query, QueriesNode2QueryVariables>;
export const QueriesNode3Document = new TypedDocumentString(`
    query QueriesNode3($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      agreements {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNode3Query, QueriesNode3QueryVariables>;
export const QueriesCostAllocationDocument = new TypedDocumentString(`
    query QueriesCostAllocation($id: ID!, $year: Int, $total: SafeInt) {
  costAllocation(agreement: $id, year: $year, totalOre: $total) {
    year
    key
    populationYear
    baseShareBasisPoints
    totalOre
    shares {
      municipality {
        code
      }
      population
      populationYear
      shareBasisPoints
      fraction
      amountOre
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesCostAllocationQuery, QueriesCostAllocationQueryVariables>;
export const FactSnapshotStatusBoardDocument = new TypedDocumentString(`
    query FactSnapshotStatusBoard($first: Int, $after: String, $attention: Boolean) {
  statusBoard(first: $first, after: $after, needsAttention: $attention) {
    totalCount
    pageInfo {
      endCursor
    }
    nodes {
      collaboration {
        name
      }
      level {
        ordinal
      }
      participants {
        code
      }
      agreements {
        status
        decisionDeadline
      }
      nextDeadline {
        date
        kind
      }
      openGaps {
        ruleCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotStatusBoardQuery, FactSnapshotStatusBoardQueryVariables>;
export const FactSnapshotCompetenceRiskDocument = new TypedDocumentString(`
    query FactSnapshotCompetenceRisk {
  competenceRisk(first: 100) {
    totalCount
    nodes {
      label
      score
      specialistsLeaving
    }
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotCompetenceRiskQuery, FactSnapshotCompetenceRiskQueryVariables>;
export const FactSnapshotCollaborationsDocument = new TypedDocumentString(`
    query FactSnapshotCollaborations {
  collaborations(first: 100) {
    nodes {
      id
      name
      level {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotCollaborationsQuery, FactSnapshotCollaborationsQueryVariables>;
export const FactSnapshotCollaborationLevelsDocument = new TypedDocumentString(`
    query FactSnapshotCollaborationLevels {
  collaborationLevels {
    id
    ordinal
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotCollaborationLevelsQuery, FactSnapshotCollaborationLevelsQueryVariables>;
export const FactSnapshotCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation FactSnapshotCollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
    collaboration {
      statusBoardRow {
        level {
          ordinal
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotCollaborationLevelSetMutation, FactSnapshotCollaborationLevelSetMutationVariables>;
export const FactSnapshotCollaborationLevelSet2Document = new TypedDocumentString(`
    mutation FactSnapshotCollaborationLevelSet2($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotCollaborationLevelSet2Mutation, FactSnapshotCollaborationLevelSet2MutationVariables>;
export const FactSnapshotCollaborations2Document = new TypedDocumentString(`
    query FactSnapshotCollaborations2 {
  collaborations(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactSnapshotCollaborations2Query, FactSnapshotCollaborations2QueryVariables>;
export const ResponseCacheMunicipalityDocument = new TypedDocumentString(`
    query ResponseCacheMunicipality($code: String!) {
  municipality(code: $code) {
    name
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMunicipalityQuery, ResponseCacheMunicipalityQueryVariables>;
export const ResponseCacheCollaborationsDocument = new TypedDocumentString(`
    query ResponseCacheCollaborations {
  collaborations(first: 100) {
    nodes {
      name
      level {
        ordinal
      }
      participants {
        municipality {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborationsQuery, ResponseCacheCollaborationsQueryVariables>;
export const ResponseCacheCollaborations2Document = new TypedDocumentString(`
    query ResponseCacheCollaborations2 {
  together: collaborations(first: 100) {
    nodes {
      name
      participants {
        municipality {
          name
        }
      }
      levelHistory {
        changedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborations2Query, ResponseCacheCollaborations2QueryVariables>;
export const ResponseCacheMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) {
  municipalityUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMunicipalityUpdateMutation, ResponseCacheMunicipalityUpdateMutationVariables>;
export const ResponseCacheCollaborations3Document = new TypedDocumentString(`
    query ResponseCacheCollaborations3($asOf: LocalDate!) {
  collaborations(first: 100) {
    nodes {
      name
      levelOn(date: $asOf) {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborations3Query, ResponseCacheCollaborations3QueryVariables>;
export const ResponseCacheCollaborations4Document = new TypedDocumentString(`
    query ResponseCacheCollaborations4 {
  collaborations(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborations4Query, ResponseCacheCollaborations4QueryVariables>;
export const ResponseCacheCollaborationLevelsDocument = new TypedDocumentString(`
    query ResponseCacheCollaborationLevels {
  collaborationLevels {
    id
    ordinal
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborationLevelsQuery, ResponseCacheCollaborationLevelsQueryVariables>;
export const ResponseCacheCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation ResponseCacheCollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborationLevelSetMutation, ResponseCacheCollaborationLevelSetMutationVariables>;
export const ResponseCacheMunicipalitiesDocument = new TypedDocumentString(`
    query ResponseCacheMunicipalities {
  municipalities(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMunicipalitiesQuery, ResponseCacheMunicipalitiesQueryVariables>;
export const ResponseCacheMunicipality2Document = new TypedDocumentString(`
    query ResponseCacheMunicipality2 {
  municipality(code: "1439") {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMunicipality2Query, ResponseCacheMunicipality2QueryVariables>;
export const ResponseCachePeopleDocument = new TypedDocumentString(`
    query ResponseCachePeople {
  people(first: 100) {
    nodes {
      name
      email
      phone
      plannedLeave
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCachePeopleQuery, ResponseCachePeopleQueryVariables>;
export const ResponseCacheViewerDocument = new TypedDocumentString(`
    query ResponseCacheViewer {
  viewer {
    tokenName
    role
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheViewerQuery, ResponseCacheViewerQueryVariables>;
export const ResponseCacheCollaborationLevels2Document = new TypedDocumentString(`
    query ResponseCacheCollaborationLevels2 {
  collaborationLevels {
    ordinal
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCollaborationLevels2Query, ResponseCacheCollaborationLevels2QueryVariables>;
export const ResponseCacheMunicipalityPopulationSetDocument = new TypedDocumentString(`
    mutation ResponseCacheMunicipalityPopulationSet($input: MunicipalityPopulationSetInput!) {
  municipalityPopulationSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMunicipalityPopulationSetMutation, ResponseCacheMunicipalityPopulationSetMutationVariables>;
export const ResponseCache__SchemaDocument = new TypedDocumentString(`
    query ResponseCache__schema {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCache__SchemaQuery, ResponseCache__SchemaQueryVariables>;
export const ResponseCacheMunicipalityUpdate2Document = new TypedDocumentString(`
    mutation ResponseCacheMunicipalityUpdate2($input: MunicipalityUpdateInput!) {
  municipalityUpdate(input: $input) {
    municipality {
      county
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMunicipalityUpdate2Mutation, ResponseCacheMunicipalityUpdate2MutationVariables>;
export const LeavePrivacyCompetenceRiskDocument = new TypedDocumentString(`
    query LeavePrivacyCompetenceRisk($h: Int!) {
  competenceRisk(horizonMonths: $h, first: 100) {
    nodes {
      label
      specialistsLeaving
      reasons {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeavePrivacyCompetenceRiskQuery, LeavePrivacyCompetenceRiskQueryVariables>;
export const CompetenceMutationsCompetenceRiskDocument = new TypedDocumentString(`
    query CompetenceMutationsCompetenceRisk($k: CompetenceRiskSubjectKind) {
  competenceRisk(kind: $k, first: 100) {
    nodes {
      label
      score
      specialistCount
      specialistsLeaving
      trainedCount
      reasons {
        code
        contribution
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceRiskQuery, CompetenceMutationsCompetenceRiskQueryVariables>;
export const CompetenceMutationsPersonPlannedLeaveSetDocument = new TypedDocumentString(`
    mutation CompetenceMutationsPersonPlannedLeaveSet($p: ID!, $l: String) {
  personPlannedLeaveSet(input: {personId: $p, plannedLeave: $l}) {
    person {
      name
      plannedLeave
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsPersonPlannedLeaveSetMutation, CompetenceMutationsPersonPlannedLeaveSetMutationVariables>;
export const CompetenceMutationsCompetenceSetDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceSet($p: ID!, $a: ID!, $l: CompetenceLevel!, $s: LocalDate) {
  competenceSet(input: {personId: $p, applicationId: $a, level: $l, since: $s}) {
    competence {
      level
      since
      person {
        name
      }
      application {
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceSetMutation, CompetenceMutationsCompetenceSetMutationVariables>;
export const CompetenceMutationsCompetenceRemoveDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceRemove($p: ID!, $a: ID!) {
  competenceRemove(input: {personId: $p, applicationId: $a}) {
    person {
      competences {
        application {
          name
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceRemoveMutation, CompetenceMutationsCompetenceRemoveMutationVariables>;
export const CompetenceMutationsApplicationsDocument = new TypedDocumentString(`
    query CompetenceMutationsApplications {
  applications(search: "Bibliotek") {
    nodes {
      competences {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsApplicationsQuery, CompetenceMutationsApplicationsQueryVariables>;
export const CompetenceMutationsAuditLogDocument = new TypedDocumentString(`
    query CompetenceMutationsAuditLog {
  auditLog(operation: "competenceRemove") {
    nodes {
      changes {
        kind
        objectType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsAuditLogQuery, CompetenceMutationsAuditLogQueryVariables>;
export const CompetenceMutationsCompetenceNetworkCreateDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) {
  competenceNetworkCreate(input: $input) {
    competenceNetwork {
      id
      name
      category
      coordinator {
        name
      }
      members {
        person {
          name
        }
      }
      collaborations {
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceNetworkCreateMutation, CompetenceMutationsCompetenceNetworkCreateMutationVariables>;
export const CompetenceMutationsCompetenceNetworkMemberAddDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceNetworkMemberAdd($n: ID!, $p: ID!, $d: LocalDate) {
  competenceNetworkMemberAdd(input: {networkId: $n, personId: $p, joinedOn: $d}) {
    competenceNetwork {
      members {
        person {
          name
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceNetworkMemberAddMutation, CompetenceMutationsCompetenceNetworkMemberAddMutationVariables>;
export const CompetenceMutationsCompetenceNetworkMemberRemoveDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceNetworkMemberRemove($n: ID!, $p: ID!, $d: LocalDate) {
  competenceNetworkMemberRemove(input: {networkId: $n, personId: $p, leftOn: $d}) {
    competenceNetwork {
      members {
        person {
          name
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceNetworkMemberRemoveMutation, CompetenceMutationsCompetenceNetworkMemberRemoveMutationVariables>;
export const CompetenceMutationsCompetenceNetworkActivityAddDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceNetworkActivityAdd($input: CompetenceNetworkActivityAddInput!) {
  competenceNetworkActivityAdd(input: $input) {
    competenceNetworkActivity {
      occurredOn
      kind
      title
      participants {
        name
      }
      network {
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceNetworkActivityAddMutation, CompetenceMutationsCompetenceNetworkActivityAddMutationVariables>;
export const CompetenceMutationsNodeDocument = new TypedDocumentString(`
    query CompetenceMutationsNode($id: ID!) {
  node(id: $id) {
    ... on CompetenceNetwork {
      members(includeFormer: true) {
        leftOn
        person {
          name
        }
      }
      tomorrow: members(asOf: "2026-06-16") {
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsNodeQuery, CompetenceMutationsNodeQueryVariables>;
export const CompetenceMutationsCompetenceRisk2Document = new TypedDocumentString(`
    query CompetenceMutationsCompetenceRisk2 {
  competenceRisk(kind: COLLABORATION, asOf: "2026-06-16") {
    nodes {
      label
      reasons {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceRisk2Query, CompetenceMutationsCompetenceRisk2QueryVariables>;
export const CompetenceMutationsCompetenceNetworkUpdateDocument = new TypedDocumentString(`
    mutation CompetenceMutationsCompetenceNetworkUpdate($input: CompetenceNetworkUpdateInput!) {
  competenceNetworkUpdate(input: $input) {
    competenceNetwork {
      coordinator {
        name
      }
      meetingCadence
      collaborations {
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsCompetenceNetworkUpdateMutation, CompetenceMutationsCompetenceNetworkUpdateMutationVariables>;
export const CompetenceMutationsTrainingPlanCreateDocument = new TypedDocumentString(`
    mutation CompetenceMutationsTrainingPlanCreate($input: TrainingPlanCreateInput!) {
  trainingPlanCreate(input: $input) {
    trainingPlan {
      name
      target
      reviewedOn
      targetGroups
      owner {
        name
      }
      applicationUsage {
        id
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsTrainingPlanCreateMutation, CompetenceMutationsTrainingPlanCreateMutationVariables>;
export const CompetenceMutationsTrainingPlanUpdateDocument = new TypedDocumentString(`
    mutation CompetenceMutationsTrainingPlanUpdate($input: TrainingPlanUpdateInput!) {
  trainingPlanUpdate(input: $input) {
    trainingPlan {
      reviewedOn
      reviewOverdue
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsTrainingPlanUpdateMutation, CompetenceMutationsTrainingPlanUpdateMutationVariables>;
export const CompetenceMutationsTrainingActivityAddDocument = new TypedDocumentString(`
    mutation CompetenceMutationsTrainingActivityAdd($input: TrainingActivityAddInput!) {
  trainingActivityAdd(input: $input) {
    trainingActivity {
      id
      heldOn
      title
      costOre
      municipalities {
        participantCount
        municipality {
          code
        }
      }
      participants {
        name
      }
      costSplit {
        basis
        shares {
          amountOre
          municipality {
            code
          }
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsTrainingActivityAddMutation, CompetenceMutationsTrainingActivityAddMutationVariables>;
export const CompetenceMutationsTrainingActivityUpdateDocument = new TypedDocumentString(`
    mutation CompetenceMutationsTrainingActivityUpdate($input: TrainingActivityUpdateInput!) {
  trainingActivityUpdate(input: $input) {
    trainingActivity {
      title
      municipalities {
        participantCount
      }
      participants {
        name
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsTrainingActivityUpdateMutation, CompetenceMutationsTrainingActivityUpdateMutationVariables>;
export const CompetenceMutationsTrainingActivityRemoveDocument = new TypedDocumentString(`
    mutation CompetenceMutationsTrainingActivityRemove($id: ID!) {
  trainingActivityRemove(input: {id: $id}) {
    trainingPlan {
      activities {
        title
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceMutationsTrainingActivityRemoveMutation, CompetenceMutationsTrainingActivityRemoveMutationVariables>;
export const CompetenceSeedCompetenceRiskDocument = new TypedDocumentString(`
    query CompetenceSeedCompetenceRisk($first: Int, $after: String, $municipality: ID, $minScore: Int, $kind: CompetenceRiskSubjectKind, $horizonMonths: Int, $asOf: LocalDate) {
  competenceRisk(
    first: $first
    after: $after
    municipality: $municipality
    minScore: $minScore
    kind: $kind
    horizonMonths: $horizonMonths
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      kind
      label
      shared
      score
      level
      specialistCount
      specialistsLeaving
      trainedCount
      trainedShare
      userCount
      trainingPlanReviewedOn
      reasons {
        code
        contribution
        explanation
      }
      application {
        name
      }
      municipality {
        code
      }
      collaboration {
        name
      }
      trainingPlan {
        name
      }
      competenceNetworks {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedCompetenceRiskQuery, CompetenceSeedCompetenceRiskQueryVariables>;
export const CompetenceSeedCompetenceNetworksDocument = new TypedDocumentString(`
    query CompetenceSeedCompetenceNetworks {
  competenceNetworks(first: 20) {
    totalCount
    nodes {
      name
      category
      meetingCadence
      startedOn
      lastActivityOn
      coordinator {
        name
        municipality {
          code
        }
      }
      members {
        joinedOn
        person {
          name
          municipality {
            code
          }
        }
      }
      collaborations {
        name
      }
      activities {
        occurredOn
        kind
        title
        participants {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedCompetenceNetworksQuery, CompetenceSeedCompetenceNetworksQueryVariables>;
export const CompetenceSeedCompetenceNetworks2Document = new TypedDocumentString(`
    query CompetenceSeedCompetenceNetworks2($m: ID, $c: ID, $cat: ApplicationCategory) {
  competenceNetworks(municipality: $m, collaboration: $c, category: $cat) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedCompetenceNetworks2Query, CompetenceSeedCompetenceNetworks2QueryVariables>;
export const CompetenceSeedCollaborationsDocument = new TypedDocumentString(`
    query CompetenceSeedCollaborations {
  collaborations(category: HELPDESK) {
    nodes {
      id
      competenceNetworks {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedCollaborationsQuery, CompetenceSeedCollaborationsQueryVariables>;
export const CompetenceSeedCollaborations2Document = new TypedDocumentString(`
    query CompetenceSeedCollaborations2 {
  collaborations(category: PAYROLL_HR) {
    nodes {
      competenceNetworks {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedCollaborations2Query, CompetenceSeedCollaborations2QueryVariables>;
export const CompetenceSeedPeopleDocument = new TypedDocumentString(`
    query CompetenceSeedPeople {
  people(search: "Oskar Wallin") {
    nodes {
      competences {
        level
        since
        application {
          name
        }
      }
      networkMemberships {
        network {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedPeopleQuery, CompetenceSeedPeopleQueryVariables>;
export const CompetenceSeedApplicationsDocument = new TypedDocumentString(`
    query CompetenceSeedApplications {
  applications(search: "Raindance") {
    nodes {
      competences(level: SPECIALIST) {
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedApplicationsQuery, CompetenceSeedApplicationsQueryVariables>;
export const CompetenceSeedApplicationUsagesDocument = new TypedDocumentString(`
    query CompetenceSeedApplicationUsages($m: ID) {
  applicationUsages(municipality: $m, first: 100) {
    nodes {
      application {
        name
      }
      competences {
        person {
          name
        }
      }
      trainingPlan {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedApplicationUsagesQuery, CompetenceSeedApplicationUsagesQueryVariables>;
export const CompetenceSeedPeople2Document = new TypedDocumentString(`
    query CompetenceSeedPeople2 {
  people(search: "Lena Rask") {
    nodes {
      plannedLeave
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedPeople2Query, CompetenceSeedPeople2QueryVariables>;
export const CompetenceSeedTrainingPlansDocument = new TypedDocumentString(`
    query CompetenceSeedTrainingPlans {
  trainingPlans(first: 50) {
    totalCount
    nodes {
      name
      target
      targetGroups
      reviewedOn
      nextReviewDue
      reviewOverdue
      owner {
        name
      }
      applicationUsage {
        municipality {
          code
        }
        application {
          name
        }
      }
      collaboration {
        name
      }
      activities {
        heldOn
        title
        municipalities {
          participantCount
          municipality {
            code
          }
        }
        participants {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedTrainingPlansQuery, CompetenceSeedTrainingPlansQueryVariables>;
export const CompetenceSeedTrainingPlans2Document = new TypedDocumentString(`
    query CompetenceSeedTrainingPlans2 {
  trainingPlans(target: IT_STAFF) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedTrainingPlans2Query, CompetenceSeedTrainingPlans2QueryVariables>;
export const CompetenceSeedTrainingPlans3Document = new TypedDocumentString(`
    query CompetenceSeedTrainingPlans3($m: ID) {
  trainingPlans(municipality: $m, first: 50) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedTrainingPlans3Query, CompetenceSeedTrainingPlans3QueryVariables>;
export const CompetenceSeedTrainingPlans4Document = new TypedDocumentString(`
    query CompetenceSeedTrainingPlans4 {
  trainingPlans(first: 50) {
    nodes {
      name
      activities {
        title
        costOre
        costSplit {
          basis
          shares {
            amountOre
            fraction
            population
            populationYear
            municipality {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedTrainingPlans4Query, CompetenceSeedTrainingPlans4QueryVariables>;
export const CompetenceSeedTrainingPlans5Document = new TypedDocumentString(`
    query CompetenceSeedTrainingPlans5 {
  trainingPlans(target: COLLABORATION, first: 50) {
    nodes {
      name
      activities {
        title
        costOre
        costSplit {
          basis
          key
          agreement {
            name
          }
          shares {
            amountOre
            population
            municipality {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedTrainingPlans5Query, CompetenceSeedTrainingPlans5QueryVariables>;
export const CompetenceSeedInPhaseDocument = new TypedDocumentString(`
    query CompetenceSeedInPhase($phase: LifecyclePhase) {
  applicationUsages(lifecyclePhase: $phase, first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedInPhaseQuery, CompetenceSeedInPhaseQueryVariables>;
export const CompetenceSeedNodeDocument = new TypedDocumentString(`
    query CompetenceSeedNode($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedNodeQuery, CompetenceSeedNodeQueryVariables>;
export const CompetenceSeedApplications2Document = new TypedDocumentString(`
    query CompetenceSeedApplications2 {
  applications(search: "Book-IT") {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceSeedApplications2Query, CompetenceSeedApplications2QueryVariables>;
export const CompetenceStatementsCompetenceRiskDocument = new TypedDocumentString(`
    query CompetenceStatementsCompetenceRisk($m: ID) {
  competenceRisk(first: 100, municipality: $m) {
    totalCount
    nodes {
      kind
      label
      score
      level
      specialistCount
      specialistsLeaving
      trainedShare
      reasons {
        code
        contribution
        explanation
      }
      application {
        name
      }
      municipality {
        code
      }
      collaboration {
        name
      }
      trainingPlan {
        name
        reviewedOn
      }
      competenceNetworks {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceStatementsCompetenceRiskQuery, CompetenceStatementsCompetenceRiskQueryVariables>;
export const CompetenceStatementsCompetenceRisk2Document = new TypedDocumentString(`
    query CompetenceStatementsCompetenceRisk2($after: String) {
  competenceRisk(first: 100, after: $after, minScore: 10) {
    pageInfo {
      endCursor
    }
    nodes {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceStatementsCompetenceRisk2Query, CompetenceStatementsCompetenceRisk2QueryVariables>;
export const KeptUpToDateStatusBoardDocument = new TypedDocumentString(`
    query KeptUpToDateStatusBoard($asOf: LocalDate) {
  statusBoard(first: 100, asOf: $asOf) {
    totalCount
    nodes {
      collaboration {
        name
      }
      level {
        ordinal
      }
      lastLevelChange {
        changedOn
      }
      participants {
        code
      }
      systemOwners {
        id
      }
      systemResponsibles {
        id
      }
      agreements {
        agreement {
          name
        }
        status
        decisionDeadline
        noticeDeadline
        currentTermEnd
      }
      nextDeadline {
        date
        kind
        daysLeft
      }
      openGaps {
        ruleCode
        objectId
        reason
      }
      needsAttention
    }
  }
  governanceReport(asOf: $asOf) {
    applicable
    compliant
    rules {
      code
      applicable
      compliant
      failures {
        objectId
        label
        reason
        object {
          id
          ... on ApplicationUsage {
            userCount
            lifecyclePhase
          }
          ... on Collaboration {
            name
          }
        }
      }
    }
  }
  competenceRisk(first: 100, asOf: $asOf) {
    totalCount
    nodes {
      label
      score
      level
      specialistsLeaving
      reasons {
        code
        contribution
        explanation
      }
    }
  }
  collaborationCandidates(first: 100, asOf: $asOf) {
    totalCount
    nodes {
      key
      score
      kind
      summary
      explanation
      hidden
      targetLevel {
        ordinal
      }
      participants {
        code
      }
    }
  }
  annualReport(year: 2026) {
    summary {
      systems {
        name
        host
        levelEnd {
          ordinal
        }
        participantsEnd
      }
      changes {
        system
        changedOn
      }
    }
    agreements {
      noticeGiven {
        agreement
        date
      }
      upcomingDecisions {
        agreement
        date
      }
    }
    recommendations {
      subject
      score
      decision
    }
    followUps {
      decisions {
        subject
        points {
          realised {
            costPerInhabitantOre
            levelOrdinal
            competenceRiskScore
          }
        }
      }
    }
    competence {
      risks {
        label
        score
      }
      trainings {
        title
        participants
        costOre
      }
    }
    cost {
      totalOre
      municipalities {
        municipality
        trainingOre
        totalOre
        perInhabitantOre
      }
      unsplit {
        agreement
        reason
      }
    }
    governance {
      complianceEnd
      rules {
        code
        applicable
        compliant
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateStatusBoardQuery, KeptUpToDateStatusBoardQueryVariables>;
export const KeptUpToDateStatusBoard2Document = new TypedDocumentString(`
    query KeptUpToDateStatusBoard2 {
  statusBoard(first: 100) {
    nodes {
      collaboration {
        name
      }
      level {
        ordinal
      }
      openGaps {
        ruleCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateStatusBoard2Query, KeptUpToDateStatusBoard2QueryVariables>;
export const KeptUpToDateCollaborationsDocument = new TypedDocumentString(`
    query KeptUpToDateCollaborations {
  collaborations(first: 100) {
    nodes {
      id
      name
      level {
        ordinal
      }
    }
  }
  collaborationLevels {
    id
    ordinal
  }
  applicationUsages(first: 100) {
    nodes {
      id
      userCount
      municipality {
        code
      }
      application {
        name
      }
    }
  }
  people(first: 100) {
    nodes {
      id
      name
      municipality {
        id
        code
      }
    }
  }
  applications(first: 100) {
    nodes {
      id
      name
    }
  }
  agreements(first: 100) {
    nodes {
      id
      name
      status
    }
  }
  municipalities {
    nodes {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateCollaborationsQuery, KeptUpToDateCollaborationsQueryVariables>;
export const KeptUpToDateCollaborationCandidatesDocument = new TypedDocumentString(`
    query KeptUpToDateCollaborationCandidates {
  collaborationCandidates(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateCollaborationCandidatesQuery, KeptUpToDateCollaborationCandidatesQueryVariables>;
export const KeptUpToDateRecommendationDecideDocument = new TypedDocumentString(`
    mutation KeptUpToDateRecommendationDecide($i: RecommendationDecideInput!) {
  recommendationDecide(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateRecommendationDecideMutation, KeptUpToDateRecommendationDecideMutationVariables>;
export const KeptUpToDateApplicationUsagesDocument = new TypedDocumentString(`
    query KeptUpToDateApplicationUsages {
  applicationUsages(first: 1) {
    nodes {
      id
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateApplicationUsagesQuery, KeptUpToDateApplicationUsagesQueryVariables>;
export const KeptUpToDateApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation KeptUpToDateApplicationUsageUpdate($i: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $i) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateApplicationUsageUpdateMutation, KeptUpToDateApplicationUsageUpdateMutationVariables>;
export const KeptUpToDateStatusBoard3Document = new TypedDocumentString(`
    query KeptUpToDateStatusBoard3 {
  statusBoard(first: 100) {
    nodes {
      collaboration {
        name
      }
      level {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateStatusBoard3Query, KeptUpToDateStatusBoard3QueryVariables>;
export const KeptUpToDateApplicationUsageUpdate2Document = new TypedDocumentString(`
    mutation KeptUpToDateApplicationUsageUpdate2($i: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $i) {
    userErrors {
      code
    }
    applicationUsage {
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<KeptUpToDateApplicationUsageUpdate2Mutation, KeptUpToDateApplicationUsageUpdate2MutationVariables>;
export const UnitsApplicationUsagesDocument = new TypedDocumentString(`
    query UnitsApplicationUsages {
  applicationUsages(first: 1, lifecyclePhase: ACTIVE) {
    nodes {
      id
      userCount
      application {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitsApplicationUsagesQuery, UnitsApplicationUsagesQueryVariables>;
export const UnitsApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation UnitsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      message
    }
    applicationUsage {
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<UnitsApplicationUsageUpdateMutation, UnitsApplicationUsageUpdateMutationVariables>;
export const KeptApplicationUsagesDocument = new TypedDocumentString(`
    query KeptApplicationUsages {
  applicationUsages(first: 1, lifecyclePhase: ACTIVE) {
    nodes {
      id
      userCount
      application {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KeptApplicationUsagesQuery, KeptApplicationUsagesQueryVariables>;
export const KeptApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation KeptApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<KeptApplicationUsageUpdateMutation, KeptApplicationUsageUpdateMutationVariables>;
export const UnitsMunicipalitiesDocument = new TypedDocumentString(`
    query UnitsMunicipalities {
  municipalities(first: 3) {
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UnitsMunicipalitiesQuery, UnitsMunicipalitiesQueryVariables>;
export const AccessMunicipalitiesDocument = new TypedDocumentString(`
    query AccessMunicipalities {
  municipalities {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessMunicipalitiesQuery, AccessMunicipalitiesQueryVariables>;
export const AccessViewerDocument = new TypedDocumentString(`
    query AccessViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<AccessViewerQuery, AccessViewerQueryVariables>;
export const AccessViewer2Document = new TypedDocumentString(`
    query AccessViewer2 {
  viewer {
    role
    tokenName
  }
}
    `) as unknown as TypedDocumentString<AccessViewer2Query, AccessViewer2QueryVariables>;
export const AccessViewer3Document = new TypedDocumentString(`
    query AccessViewer3 {
  viewer {
    tokenName
  }
}
    `) as unknown as TypedDocumentString<AccessViewer3Query, AccessViewer3QueryVariables>;
export const AccessMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation AccessMunicipalityUpdate($id: ID!) {
  municipalityUpdate(input: {id: $id, name: "X"}) {
    municipality {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccessMunicipalityUpdateMutation, AccessMunicipalityUpdateMutationVariables>;
export const AccessMunicipalityUpdate2Document = new TypedDocumentString(`
    mutation AccessMunicipalityUpdate2($id: ID!, $county: String) {
  municipalityUpdate(input: {id: $id, county: $county}) {
    municipality {
      county
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessMunicipalityUpdate2Mutation, AccessMunicipalityUpdate2MutationVariables>;
export const AccessMunicipalityDocument = new TypedDocumentString(`
    query AccessMunicipality($code: String!) {
  municipality(code: $code) {
    county
  }
}
    `) as unknown as TypedDocumentString<AccessMunicipalityQuery, AccessMunicipalityQueryVariables>;
export const AccessApplicationUsageCreateDocument = new TypedDocumentString(`
    mutation AccessApplicationUsageCreate($m: ID!, $a: ID!) {
  applicationUsageCreate(input: {municipalityId: $m, applicationId: $a}) {
    applicationUsage {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessApplicationUsageCreateMutation, AccessApplicationUsageCreateMutationVariables>;
export const AccessApplicationUsagesDocument = new TypedDocumentString(`
    query AccessApplicationUsages($m: ID!) {
  applicationUsages(municipality: $m, first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessApplicationUsagesQuery, AccessApplicationUsagesQueryVariables>;
export const AccessCollaborationUpdateDocument = new TypedDocumentString(`
    mutation AccessCollaborationUpdate($id: ID!, $d: String) {
  collaborationUpdate(input: {id: $id, description: $d}) {
    collaboration {
      description
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCollaborationUpdateMutation, AccessCollaborationUpdateMutationVariables>;
export const AccessMunicipalityCreateDocument = new TypedDocumentString(`
    mutation AccessMunicipalityCreate {
  municipalityCreate(input: {code: "1234", name: "Ny"}) {
    municipality {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessMunicipalityCreateMutation, AccessMunicipalityCreateMutationVariables>;
export const AccessAuditLogDocument = new TypedDocumentString(`
    query AccessAuditLog {
  auditLog {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessAuditLogQuery, AccessAuditLogQueryVariables>;
export const AccessPeopleDocument = new TypedDocumentString(`
    query AccessPeople {
  people(first: 100) {
    nodes {
      name
      email
      viewerCanSeeContactDetails
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessPeopleQuery, AccessPeopleQueryVariables>;
export const AuditCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation AuditCollaborationLevelSet($c: ID!, $l: ID!) {
  collaborationLevelSet(
    input: {collaborationId: $c, levelId: $l, changedOn: "2026-01-01", correctionReason: "Beslutet glömdes bort"}
  ) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCollaborationLevelSetMutation, AuditCollaborationLevelSetMutationVariables>;
export const AuditAuditLogDocument = new TypedDocumentString(`
    query AuditAuditLog($id: ID!) {
  auditLog(objectId: $id, operation: "collaborationLevelSet") {
    nodes {
      correctionReason
      changes {
        objectType
        fields {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAuditLogQuery, AuditAuditLogQueryVariables>;
export const AuditNodeDocument = new TypedDocumentString(`
    query AuditNode($id: ID!) {
  node(id: $id) {
    ... on CollaborationLevel {
      ordinal
    }
  }
}
    `) as unknown as TypedDocumentString<AuditNodeQuery, AuditNodeQueryVariables>;
export const LimitsMunicipalitiesDocument = new TypedDocumentString(`
    query LimitsMunicipalities {
  municipalities(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsMunicipalitiesQuery, LimitsMunicipalitiesQueryVariables>;
export const LimitsMunicipalities2Document = new TypedDocumentString(`
    query LimitsMunicipalities2 {
  municipalities(first: -1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsMunicipalities2Query, LimitsMunicipalities2QueryVariables>;
export const LimitsMunicipalities3Document = new TypedDocumentString(`
    query LimitsMunicipalities3 {
  municipalities(after: "bm90IGEgY3Vyc29y") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsMunicipalities3Query, LimitsMunicipalities3QueryVariables>;
export const LimitsMunicipalities4Document = new TypedDocumentString(`
    query LimitsMunicipalities4 {
  municipalities(first: 0) {
    nodes {
      code
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsMunicipalities4Query, LimitsMunicipalities4QueryVariables>;
export const LimitsNodesDocument = new TypedDocumentString(`
    query LimitsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsNodesQuery, LimitsNodesQueryVariables>;
export const LimitsMunicipalities5Document = new TypedDocumentString(`
    query LimitsMunicipalities5 {
  municipalities(search: "' OR 1=1 --") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsMunicipalities5Query, LimitsMunicipalities5QueryVariables>;
export const LimitsMunicipalities6Document = new TypedDocumentString(`
    query LimitsMunicipalities6 {
  municipalities(search: "%") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsMunicipalities6Query, LimitsMunicipalities6QueryVariables>;
export const Limits__SchemaDocument = new TypedDocumentString(`
    query Limits__schema {
  __schema {
    types {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<Limits__SchemaQuery, Limits__SchemaQueryVariables>;
export const LimitsCollaborationsDocument = new TypedDocumentString(`
    query LimitsCollaborations {
  collaborations {
    nodes {
      name
      levelHistory {
        changedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCollaborationsQuery, LimitsCollaborationsQueryVariables>;
export const FoundationMutationsCollaborationLevelsDocument = new TypedDocumentString(`
    query FoundationMutationsCollaborationLevels {
  collaborationLevels {
    id
    ordinal
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsCollaborationLevelsQuery, FoundationMutationsCollaborationLevelsQueryVariables>;
export const FoundationMutationsMunicipalityCreateDocument = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityCreate {
  municipalityCreate(
    input: {code: "14a", name: "  ", populations: [{year: 2024, population: 10}, {year: 2024, population: 11}]}
  ) {
    municipality {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityCreateMutation, FoundationMutationsMunicipalityCreateMutationVariables>;
export const FoundationMutationsMunicipalityCreate2Document = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityCreate2($code: String!) {
  municipalityCreate(input: {code: $code, name: "Bengtby igen"}) {
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityCreate2Mutation, FoundationMutationsMunicipalityCreate2MutationVariables>;
export const FoundationMutationsMunicipalityCreate3Document = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityCreate3 {
  municipalityCreate(
    input: {code: "1737", name: "Torsby", county: "Värmlands län", populations: [{year: 2024, population: 11500}]}
  ) {
    municipality {
      code
      population {
        year
        population
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityCreate3Mutation, FoundationMutationsMunicipalityCreate3MutationVariables>;
export const FoundationMutationsApplicationUsageCreateDocument = new TypedDocumentString(`
    mutation FoundationMutationsApplicationUsageCreate($m: ID!, $a: ID!, $u: ID) {
  applicationUsageCreate(
    input: {municipalityId: $m, applicationId: $a, functionalFit: 7, technicalFit: 0, inUseSince: "2027-01-01", itUnitId: $u}
  ) {
    applicationUsage {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsApplicationUsageCreateMutation, FoundationMutationsApplicationUsageCreateMutationVariables>;
export const FoundationMutationsCollaborationCreateDocument = new TypedDocumentString(`
    mutation FoundationMutationsCollaborationCreate($h: ID!, $a: ID!, $l: ID!) {
  collaborationCreate(
    input: {name: "Gemensamt bygglov", applicationId: $a, hostMunicipalityId: $h, participantIds: ["TXVuaWNpcGFsaXR5Ojk5OTk"], levelId: $l}
  ) {
    collaboration {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsCollaborationCreateMutation, FoundationMutationsCollaborationCreateMutationVariables>;
export const FoundationMutationsApplicationsDocument = new TypedDocumentString(`
    query FoundationMutationsApplications {
  applications(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsApplicationsQuery, FoundationMutationsApplicationsQueryVariables>;
export const FoundationMutationsMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityUpdate($id: ID!) {
  municipalityUpdate(input: {id: $id, name: "X"}) {
    municipality {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityUpdateMutation, FoundationMutationsMunicipalityUpdateMutationVariables>;
export const FoundationMutationsMunicipalityUpdate2Document = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityUpdate2 {
  municipalityUpdate(input: {id: "!!!", name: "X"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityUpdate2Mutation, FoundationMutationsMunicipalityUpdate2MutationVariables>;
export const FoundationMutationsCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation FoundationMutationsCollaborationLevelSet($c: ID!, $l: ID!, $on: LocalDate, $ref: String, $why: String) {
  collaborationLevelSet(
    input: {collaborationId: $c, levelId: $l, changedOn: $on, decisionReference: $ref, reason: "test", correctionReason: $why}
  ) {
    collaboration {
      level {
        ordinal
      }
      levelSince
      levelHistory {
        changedOn
        decisionReference
        fromLevel {
          ordinal
        }
        toLevel {
          ordinal
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsCollaborationLevelSetMutation, FoundationMutationsCollaborationLevelSetMutationVariables>;
export const FoundationMutationsNodeDocument = new TypedDocumentString(`
    query FoundationMutationsNode($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      y2004: levelOn(date: "2004-12-31") {
        ordinal
      }
      y2005: levelOn(date: "2005-06-01") {
        ordinal
      }
      y2007: levelOn(date: "2007-12-31") {
        ordinal
      }
      y2008: levelOn(date: "2008-01-01") {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsNodeQuery, FoundationMutationsNodeQueryVariables>;
export const FoundationMutationsCollaborationParticipantRemoveDocument = new TypedDocumentString(`
    mutation FoundationMutationsCollaborationParticipantRemove($c: ID!, $m: ID!) {
  collaborationParticipantRemove(
    input: {collaborationId: $c, municipalityId: $m, leftOn: "2026-03-31", correctionReason: "Utträdet registrerades sent"}
  ) {
    collaboration {
      participants {
        municipality {
          code
        }
      }
      all: participants(includeFormer: true) {
        municipality {
          code
        }
        joinedOn
        leftOn
      }
      in2025: participants(asOf: "2025-01-01") {
        municipality {
          code
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsCollaborationParticipantRemoveMutation, FoundationMutationsCollaborationParticipantRemoveMutationVariables>;
export const FoundationMutationsMunicipalityUpdate3Document = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityUpdate3($id: ID!) {
  municipalityUpdate(input: {id: $id, name: "Mellby kommun"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityUpdate3Mutation, FoundationMutationsMunicipalityUpdate3MutationVariables>;
export const FoundationMutationsMunicipalityPopulationSetDocument = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityPopulationSet($id: ID!) {
  municipalityPopulationSet(
    input: {municipalityId: $id, year: 2025, population: 9010}
  ) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityPopulationSetMutation, FoundationMutationsMunicipalityPopulationSetMutationVariables>;
export const FoundationMutationsAuditLogDocument = new TypedDocumentString(`
    query FoundationMutationsAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    totalCount
    nodes {
      at
      actorName
      operation
      changes {
        objectId
        kind
        fields {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsAuditLogQuery, FoundationMutationsAuditLogQueryVariables>;
export const FoundationMutationsAuditLog2Document = new TypedDocumentString(`
    query FoundationMutationsAuditLog2 {
  auditLog {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsAuditLog2Query, FoundationMutationsAuditLog2QueryVariables>;
export const FoundationMutationsMunicipalityCreate4Document = new TypedDocumentString(`
    mutation FoundationMutationsMunicipalityCreate4 {
  municipalityCreate(input: {code: "x", name: ""}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationMutationsMunicipalityCreate4Mutation, FoundationMutationsMunicipalityCreate4MutationVariables>;
export const NationalMunicipalityDocument = new TypedDocumentString(`
    query NationalMunicipality($code: String!) {
  municipality(code: $code) {
    applicationUsages {
      lifecyclePhase
    }
  }
}
    `) as unknown as TypedDocumentString<NationalMunicipalityQuery, NationalMunicipalityQueryVariables>;
export const NationalAgreementsDocument = new TypedDocumentString(`
    query NationalAgreements {
  agreements(first: 100) {
    totalCount
    nodes {
      schedule {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalAgreementsQuery, NationalAgreementsQueryVariables>;
export const NationalGovernanceReportDocument = new TypedDocumentString(`
    query NationalGovernanceReport {
  governanceReport {
    rules {
      code
      applicable
      compliant
    }
  }
}
    `) as unknown as TypedDocumentString<NationalGovernanceReportQuery, NationalGovernanceReportQueryVariables>;
export const NationalCompetenceRiskDocument = new TypedDocumentString(`
    query NationalCompetenceRisk {
  competenceRisk(first: 10) {
    totalCount
    nodes {
      score
      specialistsLeaving
    }
  }
}
    `) as unknown as TypedDocumentString<NationalCompetenceRiskQuery, NationalCompetenceRiskQueryVariables>;
export const NationalCollaborationsDocument = new TypedDocumentString(`
    query NationalCollaborations {
  collaborations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NationalCollaborationsQuery, NationalCollaborationsQueryVariables>;
export const SeedTruthStatusBoardDocument = new TypedDocumentString(`
    query SeedTruthStatusBoard($asOf: LocalDate!, $participant: ID) {
  statusBoard(asOf: $asOf, first: 100, participant: $participant) {
    totalCount
    nodes {
      collaboration {
        name
        application {
          category
        }
        collaborationBody {
          shortName
        }
      }
      level {
        ordinal
        name
      }
      participants {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthStatusBoardQuery, SeedTruthStatusBoardQueryVariables>;
export const SeedTruthRoleAssignmentsDocument = new TypedDocumentString(`
    query SeedTruthRoleAssignments($kind: RoleKind!) {
  roleAssignments(kind: $kind, asOf: "2008-06-01", first: 100) {
    totalCount
    nodes {
      itUnit {
        name
        municipality {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthRoleAssignmentsQuery, SeedTruthRoleAssignmentsQueryVariables>;
export const SeedTruthCollaborationsDocument = new TypedDocumentString(`
    query SeedTruthCollaborations {
  collaborations(first: 100) {
    nodes {
      name
      all: participants(includeFormer: true) {
        municipality {
          code
        }
        joinedOn
        leftOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthCollaborationsQuery, SeedTruthCollaborationsQueryVariables>;
export const SeedTruthCollaborations2Document = new TypedDocumentString(`
    query SeedTruthCollaborations2 {
  collaborations(first: 100) {
    nodes {
      name
      collaborationBody {
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthCollaborations2Query, SeedTruthCollaborations2QueryVariables>;
export const SeedTruthAgreementsDocument = new TypedDocumentString(`
    query SeedTruthAgreements {
  agreements(kind: SAMVERKANSAVTAL, first: 100) {
    nodes {
      name
      municipalities {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthAgreementsQuery, SeedTruthAgreementsQueryVariables>;
export const SeedTruthGovernanceReportDocument = new TypedDocumentString(`
    query SeedTruthGovernanceReport($asOf: LocalDate!) {
  governanceReport(asOf: $asOf) {
    rules {
      code
      failures {
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthGovernanceReportQuery, SeedTruthGovernanceReportQueryVariables>;
export const SeedTruthRoleAssignments2Document = new TypedDocumentString(`
    query SeedTruthRoleAssignments2($asOf: LocalDate!) {
  roleAssignments(asOf: $asOf, first: 100) {
    totalCount
    nodes {
      kind
      person {
        name
        municipality {
          code
        }
      }
      collaboration {
        collaborationBody {
          shortName
        }
      }
      itUnit {
        municipality {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTruthRoleAssignments2Query, SeedTruthRoleAssignments2QueryVariables>;
export const FoundationSeedMunicipalitiesDocument = new TypedDocumentString(`
    query FoundationSeedMunicipalities {
  municipalities(first: 20) {
    totalCount
    nodes {
      code
      name
      population(year: 2024) {
        year
        population
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedMunicipalitiesQuery, FoundationSeedMunicipalitiesQueryVariables>;
export const FoundationSeedMunicipalityDocument = new TypedDocumentString(`
    query FoundationSeedMunicipality {
  municipality(code: "1492") {
    memberships {
      fromDate
      toDate
      collaborationBody {
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedMunicipalityQuery, FoundationSeedMunicipalityQueryVariables>;
export const FoundationSeedCollaborationBodiesDocument = new TypedDocumentString(`
    query FoundationSeedCollaborationBodies {
  collaborationBodies {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedCollaborationBodiesQuery, FoundationSeedCollaborationBodiesQueryVariables>;
export const FoundationSeedMunicipalities2Document = new TypedDocumentString(`
    query FoundationSeedMunicipalities2($body: ID!, $on: LocalDate) {
  municipalities(memberOf: $body, memberOn: $on) {
    nodes {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedMunicipalities2Query, FoundationSeedMunicipalities2QueryVariables>;
export const FoundationSeedCollaborationLevelsDocument = new TypedDocumentString(`
    query FoundationSeedCollaborationLevels {
  collaborationLevels {
    ordinal
    name
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedCollaborationLevelsQuery, FoundationSeedCollaborationLevelsQueryVariables>;
export const FoundationSeedMunicipality2Document = new TypedDocumentString(`
    query FoundationSeedMunicipality2 {
  municipality(code: "1785") {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedMunicipality2Query, FoundationSeedMunicipality2QueryVariables>;
export const FoundationSeedCollaborationsDocument = new TypedDocumentString(`
    query FoundationSeedCollaborations($m: ID!) {
  collaborations(participant: $m) {
    nodes {
      name
      application {
        category
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedCollaborationsQuery, FoundationSeedCollaborationsQueryVariables>;
export const FoundationSeedCollaborations2Document = new TypedDocumentString(`
    query FoundationSeedCollaborations2 {
  collaborations(minLevel: 4) {
    nodes {
      name
      level {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedCollaborations2Query, FoundationSeedCollaborations2QueryVariables>;
export const FoundationSeedApplicationsDocument = new TypedDocumentString(`
    query FoundationSeedApplications {
  applications(category: CARE) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedApplicationsQuery, FoundationSeedApplicationsQueryVariables>;
export const FoundationSeedApplications2Document = new TypedDocumentString(`
    query FoundationSeedApplications2($m: ID!) {
  applications(municipality: $m) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedApplications2Query, FoundationSeedApplications2QueryVariables>;
export const FoundationSeedApplications3Document = new TypedDocumentString(`
    query FoundationSeedApplications3($after: String) {
  applications(first: 5, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedApplications3Query, FoundationSeedApplications3QueryVariables>;
export const FoundationSeedApplications4Document = new TypedDocumentString(`
    query FoundationSeedApplications4 {
  applications(first: 100) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedApplications4Query, FoundationSeedApplications4QueryVariables>;
export const FoundationSeedCollaborations3Document = new TypedDocumentString(`
    query FoundationSeedCollaborations3 {
  collaborations(first: 1) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedCollaborations3Query, FoundationSeedCollaborations3QueryVariables>;
export const FoundationSeedNodeDocument = new TypedDocumentString(`
    query FoundationSeedNode($id: ID!) {
  node(id: $id) {
    id
    ... on Collaboration {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedNodeQuery, FoundationSeedNodeQueryVariables>;
export const FoundationSeedNodesDocument = new TypedDocumentString(`
    query FoundationSeedNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationSeedNodesQuery, FoundationSeedNodesQueryVariables>;
export const FoundationStatementsCollaborationsDocument = new TypedDocumentString(`
    query FoundationStatementsCollaborations {
  collaborations(first: 100) {
    totalCount
    nodes {
      id
      name
      application {
        name
        category
      }
      host {
        code
        name
        population {
          population
        }
      }
      operator {
        name
        municipality {
          code
        }
      }
      level {
        ordinal
        name
      }
      levelSince
      participants {
        joinedOn
        municipality {
          code
          name
        }
      }
      levelHistory {
        changedOn
        fromLevel {
          ordinal
        }
        toLevel {
          ordinal
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationStatementsCollaborationsQuery, FoundationStatementsCollaborationsQueryVariables>;
export const FoundationStatementsMunicipalitiesDocument = new TypedDocumentString(`
    query FoundationStatementsMunicipalities {
  municipalities(first: 100) {
    nodes {
      code
      itUnits {
        name
      }
      applicationUsages {
        lifecyclePhase
        application {
          name
        }
      }
      memberships {
        fromDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationStatementsMunicipalitiesQuery, FoundationStatementsMunicipalitiesQueryVariables>;
export const SwedishMessagesWebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation SwedishMessagesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    webhookEndpoint {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SwedishMessagesWebhookEndpointCreateMutation, SwedishMessagesWebhookEndpointCreateMutationVariables>;
export const SwedishMessagesMunicipalityCreateDocument = new TypedDocumentString(`
    mutation SwedishMessagesMunicipalityCreate($input: MunicipalityCreateInput!) {
  municipalityCreate(input: $input) {
    municipality {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SwedishMessagesMunicipalityCreateMutation, SwedishMessagesMunicipalityCreateMutationVariables>;
export const SwedishMessagesCollaborationBodyCreateDocument = new TypedDocumentString(`
    mutation SwedishMessagesCollaborationBodyCreate($input: CollaborationBodyCreateInput!) {
  collaborationBodyCreate(input: $input) {
    collaborationBody {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SwedishMessagesCollaborationBodyCreateMutation, SwedishMessagesCollaborationBodyCreateMutationVariables>;
export const SwedishMessagesMunicipalitiesDocument = new TypedDocumentString(`
    query SwedishMessagesMunicipalities {
  municipalities(countyCode: "99") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SwedishMessagesMunicipalitiesQuery, SwedishMessagesMunicipalitiesQueryVariables>;
export const SwedishMessagesMunicipalities2Document = new TypedDocumentString(`
    query SwedishMessagesMunicipalities2 {
  municipalities(first: 1, last: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SwedishMessagesMunicipalities2Query, SwedishMessagesMunicipalities2QueryVariables>;
export const SwedishMessagesItUnitCreateDocument = new TypedDocumentString(`
    mutation SwedishMessagesItUnitCreate($input: ItUnitCreateInput!) {
  itUnitCreate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SwedishMessagesItUnitCreateMutation, SwedishMessagesItUnitCreateMutationVariables>;
export const TokenExpiryViewerDocument = new TypedDocumentString(`
    query TokenExpiryViewer {
  viewer {
    role
    tokenExpiresAt
  }
}
    `) as unknown as TypedDocumentString<TokenExpiryViewerQuery, TokenExpiryViewerQueryVariables>;
export const CutoffUsageUpdateDocument = new TypedDocumentString(`
    mutation CutoffUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CutoffUsageUpdateMutation, CutoffUsageUpdateMutationVariables>;
export const CutoffReportObjectsDocument = new TypedDocumentString(`
    query CutoffReportObjects {
  governanceReport {
    rules {
      code
      failures {
        objectId
        object {
          ... on ApplicationUsage {
            userCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CutoffReportObjectsQuery, CutoffReportObjectsQueryVariables>;
export const ReportCollaborationUpdateDocument = new TypedDocumentString(`
    mutation ReportCollaborationUpdate($input: CollaborationUpdateInput!) {
  collaborationUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportCollaborationUpdateMutation, ReportCollaborationUpdateMutationVariables>;
export const ReportApplicationUsagesDocument = new TypedDocumentString(`
    query ReportApplicationUsages($m: ID) {
  applicationUsages(municipality: $m) {
    nodes {
      id
      application {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportApplicationUsagesQuery, ReportApplicationUsagesQueryVariables>;
export const ReportCollaborationBodyCreateDocument = new TypedDocumentString(`
    mutation ReportCollaborationBodyCreate {
  collaborationBodyCreate(
    input: {name: "Dalby kommunalförbund", shortName: "DKF"}
  ) {
    collaborationBody {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportCollaborationBodyCreateMutation, ReportCollaborationBodyCreateMutationVariables>;
export const ReportGovernanceDocumentCreateDocument = new TypedDocumentString(`
    mutation ReportGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) {
  governanceDocumentCreate(input: $input) {
    governanceDocument {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceDocumentCreateMutation, ReportGovernanceDocumentCreateMutationVariables>;
export const ReportGovernanceDocumentUpdateDocument = new TypedDocumentString(`
    mutation ReportGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) {
  governanceDocumentUpdate(input: $input) {
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceDocumentUpdateMutation, ReportGovernanceDocumentUpdateMutationVariables>;
export const ReportGovernanceReportDocument = new TypedDocumentString(`
    query ReportGovernanceReport($asOf: LocalDate) {
  governanceReport(asOf: $asOf) {
    asOf
    applicable
    compliant
    complianceRate
    rules {
      code
      title
      source
      applicable
      compliant
      complianceRate
      failures {
        ruleCode
        objectId
        objectType
        label
        reason
        object {
          id
          __typename
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceReportQuery, ReportGovernanceReportQueryVariables>;
export const ReportGovernanceReport2Document = new TypedDocumentString(`
    query ReportGovernanceReport2($asOf: LocalDate) {
  governanceReport(asOf: $asOf) {
    rules {
      code
      failures {
        label
        object {
          id
          ... on ApplicationUsage {
            userCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceReport2Query, ReportGovernanceReport2QueryVariables>;
export const ReportApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation ReportApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportApplicationUsageUpdateMutation, ReportApplicationUsageUpdateMutationVariables>;
export const ReportRoleAssignDocument = new TypedDocumentString(`
    mutation ReportRoleAssign($input: RoleAssignInput!) {
  roleAssign(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRoleAssignMutation, ReportRoleAssignMutationVariables>;
export const ReportAgreementCreateDocument = new TypedDocumentString(`
    mutation ReportAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAgreementCreateMutation, ReportAgreementCreateMutationVariables>;
export const ReportGovernanceDocumentsDocument = new TypedDocumentString(`
    query ReportGovernanceDocuments {
  governanceDocuments(first: 100) {
    totalCount
    nodes {
      id
      title
      kind
      adoptedOn
      lastReviewedOn
      reviewIntervalMonths
      retiredOn
      nextReviewDue
      reviewOverdue
      municipality {
        code
      }
      collaborationBody {
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceDocumentsQuery, ReportGovernanceDocumentsQueryVariables>;
export const ReportGovernanceDocumentUpdate2Document = new TypedDocumentString(`
    mutation ReportGovernanceDocumentUpdate2($input: GovernanceDocumentUpdateInput!) {
  governanceDocumentUpdate(input: $input) {
    userErrors {
      field
      code
    }
    governanceDocument {
      lastReviewedOn
      nextReviewDue
      reviewOverdue
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceDocumentUpdate2Mutation, ReportGovernanceDocumentUpdate2MutationVariables>;
export const ReportGovernanceDocumentCreate2Document = new TypedDocumentString(`
    mutation ReportGovernanceDocumentCreate2($input: GovernanceDocumentCreateInput!) {
  governanceDocumentCreate(input: $input) {
    userErrors {
      field
      code
    }
    governanceDocument {
      reviewIntervalMonths
      nextReviewDue
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportGovernanceDocumentCreate2Mutation, ReportGovernanceDocumentCreate2MutationVariables>;
export const BackupRenameDocument = new TypedDocumentString(`
    mutation BackupRename($id: ID!) {
  municipalityUpdate(input: {id: $id, name: "Ödeby"}) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BackupRenameMutation, BackupRenameMutationVariables>;
export const NamesMunicipalitiesDocument = new TypedDocumentString(`
    query NamesMunicipalities($first: Int, $after: String) {
  municipalities(first: $first, after: $after) {
    nodes {
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NamesMunicipalitiesQuery, NamesMunicipalitiesQueryVariables>;
export const NamesMunicipalityCreateDocument = new TypedDocumentString(`
    mutation NamesMunicipalityCreate($input: MunicipalityCreateInput!) {
  municipalityCreate(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NamesMunicipalityCreateMutation, NamesMunicipalityCreateMutationVariables>;
export const NamesApplicationCreateDocument = new TypedDocumentString(`
    mutation NamesApplicationCreate($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NamesApplicationCreateMutation, NamesApplicationCreateMutationVariables>;
export const NamesMunicipalityDocument = new TypedDocumentString(`
    query NamesMunicipality($code: String!) {
  municipality(code: $code) {
    people {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NamesMunicipalityQuery, NamesMunicipalityQueryVariables>;
export const NamesMunicipality2Document = new TypedDocumentString(`
    query NamesMunicipality2 {
  municipality(code: "9001") {
    id
  }
}
    `) as unknown as TypedDocumentString<NamesMunicipality2Query, NamesMunicipality2QueryVariables>;
export const NamesMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation NamesMunicipalityUpdate($id: ID!) {
  municipalityUpdate(input: {id: $id, name: "Östra Zeta"}) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NamesMunicipalityUpdateMutation, NamesMunicipalityUpdateMutationVariables>;
export const Names__TypeDocument = new TypedDocumentString(`
    query Names__type {
  __type(name: "Query") {
    fields {
      name
      args {
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Names__TypeQuery, Names__TypeQueryVariables>;
export const ConcurrentWritesApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation ConcurrentWritesApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      code
    }
    applicationUsage {
      id
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentWritesApplicationUsageUpdateMutation, ConcurrentWritesApplicationUsageUpdateMutationVariables>;
export const ConcurrentWritesApplicationUsagesDocument = new TypedDocumentString(`
    query ConcurrentWritesApplicationUsages {
  applicationUsages(first: 40) {
    nodes {
      id
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentWritesApplicationUsagesQuery, ConcurrentWritesApplicationUsagesQueryVariables>;
export const ConcurrentWritesAuditLogDocument = new TypedDocumentString(`
    query ConcurrentWritesAuditLog {
  auditLog(first: 100, operation: "applicationUsageUpdate") {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentWritesAuditLogQuery, ConcurrentWritesAuditLogQueryVariables>;
export const CostLimitCollaborationsDocument = new TypedDocumentString(`
    query CostLimitCollaborations {
  collaborations(first: 100) {
    nodes {
      participants {
        municipality {
          applicationUsages {
            application {
              usages {
                municipality {
                  name
                  code
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CostLimitCollaborationsQuery, CostLimitCollaborationsQueryVariables>;
export const HttpAnswersMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation HttpAnswersMunicipalityUpdate($input: MunicipalityUpdateInput!) {
  municipalityUpdate(input: $input) {
    municipality {
      name
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HttpAnswersMunicipalityUpdateMutation, HttpAnswersMunicipalityUpdateMutationVariables>;
export const HttpAnswersMunicipalityDocument = new TypedDocumentString(`
    query HttpAnswersMunicipality($code: String!) {
  municipality(code: $code) {
    name
  }
}
    `) as unknown as TypedDocumentString<HttpAnswersMunicipalityQuery, HttpAnswersMunicipalityQueryVariables>;
export const HttpAnswersMunicipalitiesDocument = new TypedDocumentString(`
    query HttpAnswersMunicipalities($s: String) {
  municipalities(search: $s) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HttpAnswersMunicipalitiesQuery, HttpAnswersMunicipalitiesQueryVariables>;
export const HttpAnswersAgreementCreateDocument = new TypedDocumentString(`
    mutation HttpAnswersAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HttpAnswersAgreementCreateMutation, HttpAnswersAgreementCreateMutationVariables>;
export const HttpAnswersNodeDocument = new TypedDocumentString(`
    query HttpAnswersNode($id: ID!, $asOf: LocalDate) {
  node(id: $id) {
    ... on Agreement {
      schedule(asOf: $asOf) {
        status
        currentTermEnd
        noticeDeadline
        decisionDeadline
        latestPossibleEnd
        daysLeft
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HttpAnswersNodeQuery, HttpAnswersNodeQueryVariables>;
export const HttpCachingCreateDocument = new TypedDocumentString(`
    mutation HttpCachingCreate($input: MunicipalityCreateInput!) {
  municipalityCreate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HttpCachingCreateMutation, HttpCachingCreateMutationVariables>;
export const HttpCachingMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation HttpCachingMunicipalityUpdate($input: MunicipalityUpdateInput!) {
  municipalityUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HttpCachingMunicipalityUpdateMutation, HttpCachingMunicipalityUpdateMutationVariables>;
export const InputListsCompetenceNetworkCreateDocument = new TypedDocumentString(`
    mutation InputListsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) {
  competenceNetworkCreate(input: $input) {
    competenceNetwork {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InputListsCompetenceNetworkCreateMutation, InputListsCompetenceNetworkCreateMutationVariables>;
export const InputListsCompetenceNetworksDocument = new TypedDocumentString(`
    query InputListsCompetenceNetworks {
  competenceNetworks {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputListsCompetenceNetworksQuery, InputListsCompetenceNetworksQueryVariables>;
export const InputListsAgreementCreateDocument = new TypedDocumentString(`
    mutation InputListsAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InputListsAgreementCreateMutation, InputListsAgreementCreateMutationVariables>;
export const LateRegistrationWriteApplicationCreateDocument = new TypedDocumentString(`
    mutation LateRegistrationWriteApplicationCreate($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    application {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteApplicationCreateMutation, LateRegistrationWriteApplicationCreateMutationVariables>;
export const LateRegistrationWriteCollaborationCreateDocument = new TypedDocumentString(`
    mutation LateRegistrationWriteCollaborationCreate($input: CollaborationCreateInput!) {
  collaborationCreate(input: $input) {
    collaboration {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteCollaborationCreateMutation, LateRegistrationWriteCollaborationCreateMutationVariables>;
export const LateRegistrationNodeDocument = new TypedDocumentString(`
    query LateRegistrationNode($id: ID!, $asOf: LocalDate) {
  node(id: $id) {
    ... on Agreement {
      schedule(asOf: $asOf) {
        status
        currentTermEnd
        noticeDeadline
        decisionDeadline
        extensionsUsed
        extensionsRemaining
        procurementLeadTimeMonths
      }
      collaborations(asOf: $asOf) {
        id
      }
      municipalities(asOf: $asOf) {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationNodeQuery, LateRegistrationNodeQueryVariables>;
export const LateRegistrationWriteAgreementCreateDocument = new TypedDocumentString(`
    mutation LateRegistrationWriteAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteAgreementCreateMutation, LateRegistrationWriteAgreementCreateMutationVariables>;
export const LateRegistrationWriteAgreementExtendDocument = new TypedDocumentString(`
    mutation LateRegistrationWriteAgreementExtend($input: AgreementExtendInput!) {
  agreementExtend(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteAgreementExtendMutation, LateRegistrationWriteAgreementExtendMutationVariables>;
export const LateRegistrationWriteAgreementUpdateDocument = new TypedDocumentString(`
    mutation LateRegistrationWriteAgreementUpdate($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteAgreementUpdateMutation, LateRegistrationWriteAgreementUpdateMutationVariables>;
export const LateRegistrationWriteAgreementCreate2Document = new TypedDocumentString(`
    mutation LateRegistrationWriteAgreementCreate2($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteAgreementCreate2Mutation, LateRegistrationWriteAgreementCreate2MutationVariables>;
export const LateRegistrationStatusBoardDocument = new TypedDocumentString(`
    query LateRegistrationStatusBoard {
  statusBoard(asOf: "2026-01-01", first: 100) {
    nodes {
      collaboration {
        id
      }
      agreements {
        decisionDeadline
        status
        agreement {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationStatusBoardQuery, LateRegistrationStatusBoardQueryVariables>;
export const LateRegistrationAuditLogDocument = new TypedDocumentString(`
    query LateRegistrationAuditLog {
  auditLog(operation: "agreementCreate") {
    nodes {
      correctionReason
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationAuditLogQuery, LateRegistrationAuditLogQueryVariables>;
export const LateRegistrationAgreementCreateDocument = new TypedDocumentString(`
    mutation LateRegistrationAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationAgreementCreateMutation, LateRegistrationAgreementCreateMutationVariables>;
export const LateRegistrationWriteCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation LateRegistrationWriteCollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteCollaborationLevelSetMutation, LateRegistrationWriteCollaborationLevelSetMutationVariables>;
export const LateRegistrationWriteCollaborationLevelSet2Document = new TypedDocumentString(`
    mutation LateRegistrationWriteCollaborationLevelSet2($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationWriteCollaborationLevelSet2Mutation, LateRegistrationWriteCollaborationLevelSet2MutationVariables>;
export const LateRegistrationNode2Document = new TypedDocumentString(`
    query LateRegistrationNode2($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      levelOn(date: "2023-06-01") {
        ordinal
      }
      levelHistory {
        id
        changedOn
        fromLevel {
          ordinal
        }
        toLevel {
          ordinal
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationNode2Query, LateRegistrationNode2QueryVariables>;
export const LateRegistrationNode3Document = new TypedDocumentString(`
    query LateRegistrationNode3($id: ID!) {
  node(id: $id) {
    ... on LevelChange {
      fromLevel {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LateRegistrationNode3Query, LateRegistrationNode3QueryVariables>;
export const TimeTravelBoardDocument = new TypedDocumentString(`
    query TimeTravelBoard($asOf: LocalDate) {
  statusBoard(asOf: $asOf, first: 100) {
    totalCount
    nodes {
      collaboration {
        name
      }
      level {
        ordinal
      }
      lastLevelChange {
        changedOn
      }
      participants {
        code
      }
      host {
        code
      }
      operator {
        name
      }
      systemOwners {
        fromDate
        toDate
        person {
          name
        }
      }
      systemResponsibles {
        person {
          name
        }
      }
      agreements {
        status
        currentTermStart
        currentTermEnd
        noticeDeadline
        decisionDeadline
        extensionsUsed
        procurementLeadTimeMonths
        agreement {
          name
        }
      }
      nextDeadline {
        date
        kind
        agreement {
          name
        }
      }
      needsAttention
      openGaps {
        ruleCode
        label
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelBoardQuery, TimeTravelBoardQueryVariables>;
export const TimeTravelGovernanceDocument = new TypedDocumentString(`
    query TimeTravelGovernance($asOf: LocalDate) {
  governanceReport(asOf: $asOf) {
    applicable
    compliant
    rules {
      code
      applicable
      compliant
      failures {
        label
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelGovernanceQuery, TimeTravelGovernanceQueryVariables>;
export const TimeTravelRiskDocument = new TypedDocumentString(`
    query TimeTravelRisk($asOf: LocalDate) {
  competenceRisk(asOf: $asOf, first: 100) {
    totalCount
    nodes {
      label
      score
      level
      specialistCount
      specialistsLeaving
      reasons {
        code
        contribution
        explanation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelRiskQuery, TimeTravelRiskQueryVariables>;
export const TimeTravelAgreementsDocument = new TypedDocumentString(`
    query TimeTravelAgreements($asOf: LocalDate) {
  agreements(asOf: $asOf, first: 100) {
    totalCount
    nodes {
      name
      municipalities(asOf: $asOf) {
        code
      }
      itUnits(asOf: $asOf) {
        name
      }
      applications(asOf: $asOf) {
        name
      }
      collaborations(asOf: $asOf) {
        name
      }
      schedule(asOf: $asOf) {
        status
        currentTermStart
        currentTermEnd
        noticeDeadline
        decisionDeadline
        extensionsUsed
        extensionsRemaining
        latestPossibleEnd
        procurementLeadTimeMonths
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelAgreementsQuery, TimeTravelAgreementsQueryVariables>;
export const TimeTravelUsagesDocument = new TypedDocumentString(`
    query TimeTravelUsages($asOf: LocalDate) {
  applicationUsages(asOf: $asOf, first: 100) {
    totalCount
    nodes {
      id
      lifecyclePhase
      functionalFit
      technicalFit
      userCount
      annualCostOre
      itUnit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelUsagesQuery, TimeTravelUsagesQueryVariables>;
export const TimeTravelCollaborationsDocument = new TypedDocumentString(`
    query TimeTravelCollaborations($asOf: LocalDate!) {
  collaborations(first: 100) {
    nodes {
      name
      levelOn(date: $asOf) {
        ordinal
      }
      participants(asOf: $asOf) {
        municipality {
          code
        }
      }
      roles(asOf: $asOf) {
        kind
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCollaborationsQuery, TimeTravelCollaborationsQueryVariables>;
export const TimeTravelLevelSetDocument = new TypedDocumentString(`
    mutation TimeTravelLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelLevelSetMutation, TimeTravelLevelSetMutationVariables>;
export const TimeTravelCollaborationUpdateDocument = new TypedDocumentString(`
    mutation TimeTravelCollaborationUpdate($input: CollaborationUpdateInput!) {
  collaborationUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCollaborationUpdateMutation, TimeTravelCollaborationUpdateMutationVariables>;
export const TimeTravelParticipantAddDocument = new TypedDocumentString(`
    mutation TimeTravelParticipantAdd($input: CollaborationParticipantAddInput!) {
  collaborationParticipantAdd(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelParticipantAddMutation, TimeTravelParticipantAddMutationVariables>;
export const TimeTravelParticipantRemoveDocument = new TypedDocumentString(`
    mutation TimeTravelParticipantRemove($input: CollaborationParticipantRemoveInput!) {
  collaborationParticipantRemove(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelParticipantRemoveMutation, TimeTravelParticipantRemoveMutationVariables>;
export const TimeTravelUsageUpdateDocument = new TypedDocumentString(`
    mutation TimeTravelUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelUsageUpdateMutation, TimeTravelUsageUpdateMutationVariables>;
export const TimeTravelAgreementUpdateDocument = new TypedDocumentString(`
    mutation TimeTravelAgreementUpdate($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelAgreementUpdateMutation, TimeTravelAgreementUpdateMutationVariables>;
export const TimeTravelGiveNoticeDocument = new TypedDocumentString(`
    mutation TimeTravelGiveNotice($input: AgreementGiveNoticeInput!) {
  agreementGiveNotice(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelGiveNoticeMutation, TimeTravelGiveNoticeMutationVariables>;
export const TimeTravelTerminateDocument = new TypedDocumentString(`
    mutation TimeTravelTerminate($input: AgreementTerminateInput!) {
  agreementTerminate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelTerminateMutation, TimeTravelTerminateMutationVariables>;
export const TimeTravelRolesDocument = new TypedDocumentString(`
    query TimeTravelRoles($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      roles {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelRolesQuery, TimeTravelRolesQueryVariables>;
export const TimeTravelRoleEndDocument = new TypedDocumentString(`
    mutation TimeTravelRoleEnd($input: RoleEndInput!) {
  roleEnd(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelRoleEndMutation, TimeTravelRoleEndMutationVariables>;
export const TimeTravelPeopleDocument = new TypedDocumentString(`
    query TimeTravelPeople {
  people(first: 100) {
    nodes {
      id
      name
      competences {
        level
        application {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelPeopleQuery, TimeTravelPeopleQueryVariables>;
export const TimeTravelCompetenceSetDocument = new TypedDocumentString(`
    mutation TimeTravelCompetenceSet($input: CompetenceSetInput!) {
  competenceSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCompetenceSetMutation, TimeTravelCompetenceSetMutationVariables>;
export const TimeTravelLeaveSetDocument = new TypedDocumentString(`
    mutation TimeTravelLeaveSet($input: PersonPlannedLeaveSetInput!) {
  personPlannedLeaveSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelLeaveSetMutation, TimeTravelLeaveSetMutationVariables>;
export const TimeTravelPlansDocument = new TypedDocumentString(`
    query TimeTravelPlans {
  trainingPlans(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelPlansQuery, TimeTravelPlansQueryVariables>;
export const TimeTravelPlanUpdateDocument = new TypedDocumentString(`
    mutation TimeTravelPlanUpdate($input: TrainingPlanUpdateInput!) {
  trainingPlanUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelPlanUpdateMutation, TimeTravelPlanUpdateMutationVariables>;
export const TimeTravelPlanCreateDocument = new TypedDocumentString(`
    mutation TimeTravelPlanCreate($input: TrainingPlanCreateInput!) {
  trainingPlanCreate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelPlanCreateMutation, TimeTravelPlanCreateMutationVariables>;
export const TimeTravelDocumentsDocument = new TypedDocumentString(`
    query TimeTravelDocuments {
  governanceDocuments(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelDocumentsQuery, TimeTravelDocumentsQueryVariables>;
export const TimeTravelDocumentUpdateDocument = new TypedDocumentString(`
    mutation TimeTravelDocumentUpdate($input: GovernanceDocumentUpdateInput!) {
  governanceDocumentUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelDocumentUpdateMutation, TimeTravelDocumentUpdateMutationVariables>;
export const TimeTravelCoveringDocument = new TypedDocumentString(`
    query TimeTravelCovering($asOf: LocalDate, $c: ID) {
  agreements(asOf: $asOf, collaboration: $c, first: 100) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCoveringQuery, TimeTravelCoveringQueryVariables>;
export const TimeTravelCorrectionDocument = new TypedDocumentString(`
    mutation TimeTravelCorrection($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCorrectionMutation, TimeTravelCorrectionMutationVariables>;
export const TimeTravelAuditDocument = new TypedDocumentString(`
    query TimeTravelAudit {
  auditLog(operation: "collaborationLevelSet") {
    nodes {
      correctionReason
      changes {
        objectType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelAuditQuery, TimeTravelAuditQueryVariables>;
export const TimeTravelPersonDocument = new TypedDocumentString(`
    query TimeTravelPerson {
  people(first: 100) {
    nodes {
      id
      municipality {
        code
      }
      competences {
        level
        application {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelPersonQuery, TimeTravelPersonQueryVariables>;
export const TimeTravelApplicationCreateDocument = new TypedDocumentString(`
    mutation TimeTravelApplicationCreate($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    application {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelApplicationCreateMutation, TimeTravelApplicationCreateMutationVariables>;
export const TimeTravelCollaborationCreateDocument = new TypedDocumentString(`
    mutation TimeTravelCollaborationCreate($input: CollaborationCreateInput!) {
  collaborationCreate(input: $input) {
    collaboration {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCollaborationCreateMutation, TimeTravelCollaborationCreateMutationVariables>;
export const TimeTravelAgreementCreateDocument = new TypedDocumentString(`
    mutation TimeTravelAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelAgreementCreateMutation, TimeTravelAgreementCreateMutationVariables>;
export const TimeTravelUsageCreateDocument = new TypedDocumentString(`
    mutation TimeTravelUsageCreate($input: ApplicationUsageCreateInput!) {
  applicationUsageCreate(input: $input) {
    applicationUsage {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelUsageCreateMutation, TimeTravelUsageCreateMutationVariables>;
export const TimeTravelLatePlanDocument = new TypedDocumentString(`
    mutation TimeTravelLatePlan($input: TrainingPlanCreateInput!) {
  trainingPlanCreate(input: $input) {
    trainingPlan {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelLatePlanMutation, TimeTravelLatePlanMutationVariables>;
export const TimeTravelDocumentCreateDocument = new TypedDocumentString(`
    mutation TimeTravelDocumentCreate($input: GovernanceDocumentCreateInput!) {
  governanceDocumentCreate(input: $input) {
    governanceDocument {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelDocumentCreateMutation, TimeTravelDocumentCreateMutationVariables>;
export const TimeTravelRoleAssignDocument = new TypedDocumentString(`
    mutation TimeTravelRoleAssign($input: RoleAssignInput!) {
  roleAssign(input: $input) {
    roleAssignment {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelRoleAssignMutation, TimeTravelRoleAssignMutationVariables>;
export const TimeTravelCollaborationUpdate2Document = new TypedDocumentString(`
    mutation TimeTravelCollaborationUpdate2($input: CollaborationUpdateInput!) {
  collaborationUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCollaborationUpdate2Mutation, TimeTravelCollaborationUpdate2MutationVariables>;
export const TimeTravelLevelSet2Document = new TypedDocumentString(`
    mutation TimeTravelLevelSet2($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelLevelSet2Mutation, TimeTravelLevelSet2MutationVariables>;
export const TimeTravelExtendDocument = new TypedDocumentString(`
    mutation TimeTravelExtend($input: AgreementExtendInput!) {
  agreementExtend(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelExtendMutation, TimeTravelExtendMutationVariables>;
export const TimeTravelAgreementUpdate2Document = new TypedDocumentString(`
    mutation TimeTravelAgreementUpdate2($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelAgreementUpdate2Mutation, TimeTravelAgreementUpdate2MutationVariables>;
export const TimeTravelUsageUpdate2Document = new TypedDocumentString(`
    mutation TimeTravelUsageUpdate2($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelUsageUpdate2Mutation, TimeTravelUsageUpdate2MutationVariables>;
export const TimeTravelCompetenceSet2Document = new TypedDocumentString(`
    mutation TimeTravelCompetenceSet2($input: CompetenceSetInput!) {
  competenceSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelCompetenceSet2Mutation, TimeTravelCompetenceSet2MutationVariables>;
export const TimeTravelLeaveSet2Document = new TypedDocumentString(`
    mutation TimeTravelLeaveSet2($input: PersonPlannedLeaveSetInput!) {
  personPlannedLeaveSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelLeaveSet2Mutation, TimeTravelLeaveSet2MutationVariables>;
export const TimeTravelPlanUpdate2Document = new TypedDocumentString(`
    mutation TimeTravelPlanUpdate2($input: TrainingPlanUpdateInput!) {
  trainingPlanUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelPlanUpdate2Mutation, TimeTravelPlanUpdate2MutationVariables>;
export const TimeTravelDocumentUpdate2Document = new TypedDocumentString(`
    mutation TimeTravelDocumentUpdate2($input: GovernanceDocumentUpdateInput!) {
  governanceDocumentUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelDocumentUpdate2Mutation, TimeTravelDocumentUpdate2MutationVariables>;
export const TimeTravelRoleEnd2Document = new TypedDocumentString(`
    mutation TimeTravelRoleEnd2($input: RoleEndInput!) {
  roleEnd(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelRoleEnd2Mutation, TimeTravelRoleEnd2MutationVariables>;
export const TimeTravelScheduleDocument = new TypedDocumentString(`
    query TimeTravelSchedule($id: ID!) {
  node(id: $id) {
    ... on Agreement {
      schedule {
        currentTermEnd
        extensionsUsed
        procurementLeadTimeMonths
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelScheduleQuery, TimeTravelScheduleQueryVariables>;
export const TimeTravelInPhaseDocument = new TypedDocumentString(`
    query TimeTravelInPhase($asOf: LocalDate, $phase: LifecyclePhase) {
  applicationUsages(asOf: $asOf, lifecyclePhase: $phase, first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelInPhaseQuery, TimeTravelInPhaseQueryVariables>;
export const TimeTravelBackDatedDocument = new TypedDocumentString(`
    mutation TimeTravelBackDated($input: CollaborationUpdateInput!) {
  collaborationUpdate(input: $input) {
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TimeTravelBackDatedMutation, TimeTravelBackDatedMutationVariables>;
export const KitMunicipalitiesDocument = new TypedDocumentString(`
    query KitMunicipalities {
  municipalities {
    totalCount
  }
  collaborations {
    totalCount
  }
  agreements {
    totalCount
  }
  collaborationLevels {
    ordinal
  }
}
    `) as unknown as TypedDocumentString<KitMunicipalitiesQuery, KitMunicipalitiesQueryVariables>;
export const KitRenameDocument = new TypedDocumentString(`
    mutation KitRename($input: MunicipalityUpdateInput!) {
  municipalityUpdate(input: $input) {
    municipality {
      name
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitRenameMutation, KitRenameMutationVariables>;
export const KitLevelsDocument = new TypedDocumentString(`
    query KitLevels {
  collaborationLevels {
    id
    ordinal
    name
  }
}
    `) as unknown as TypedDocumentString<KitLevelsQuery, KitLevelsQueryVariables>;
export const KitMunicipalityDocument = new TypedDocumentString(`
    mutation KitMunicipality($input: MunicipalityCreateInput!) {
  municipalityCreate(input: $input) {
    municipality {
      id
      code
      name
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitMunicipalityMutation, KitMunicipalityMutationVariables>;
export const KitItUnitDocument = new TypedDocumentString(`
    mutation KitItUnit($input: ItUnitCreateInput!) {
  itUnitCreate(input: $input) {
    itUnit {
      id
      name
      kind
      municipality {
        id
        code
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitItUnitMutation, KitItUnitMutationVariables>;
export const KitApplicationDocument = new TypedDocumentString(`
    mutation KitApplication($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    application {
      id
      name
      category
      scope
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitApplicationMutation, KitApplicationMutationVariables>;
export const KitUsageDocument = new TypedDocumentString(`
    mutation KitUsage($input: ApplicationUsageCreateInput!) {
  applicationUsageCreate(input: $input) {
    applicationUsage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitUsageMutation, KitUsageMutationVariables>;
export const KitCollaborationDocument = new TypedDocumentString(`
    mutation KitCollaboration($input: CollaborationCreateInput!) {
  collaborationCreate(input: $input) {
    collaboration {
      id
      name
      startedOn
      level {
        id
        ordinal
      }
      application {
        id
        name
      }
      host {
        id
        code
      }
      participants {
        municipality {
          id
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
    `) as unknown as TypedDocumentString<KitCollaborationMutation, KitCollaborationMutationVariables>;
export const KitAgreementDocument = new TypedDocumentString(`
    mutation KitAgreement($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
      name
      kind
      startDate
      endDate
      status
      noticeDeadline
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitAgreementMutation, KitAgreementMutationVariables>;
export const KitPersonDocument = new TypedDocumentString(`
    mutation KitPerson($input: PersonCreateInput!) {
  personCreate(input: $input) {
    person {
      id
      name
      municipality {
        id
        code
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitPersonMutation, KitPersonMutationVariables>;
export const KitLevelSetDocument = new TypedDocumentString(`
    mutation KitLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    collaboration {
      id
      level {
        ordinal
      }
      levelHistory {
        changedOn
        toLevel {
          ordinal
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
    `) as unknown as TypedDocumentString<KitLevelSetMutation, KitLevelSetMutationVariables>;
export const KitAuditLogDocument = new TypedDocumentString(`
    query KitAuditLog {
  auditLog(first: 100) {
    totalCount
    nodes {
      operation
      correctionReason
    }
  }
}
    `) as unknown as TypedDocumentString<KitAuditLogQuery, KitAuditLogQueryVariables>;
export const KitCompetenceDocument = new TypedDocumentString(`
    mutation KitCompetence($input: CompetenceSetInput!) {
  competenceSet(input: $input) {
    competence {
      id
      level
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitCompetenceMutation, KitCompetenceMutationVariables>;
export const KitPlannedLeaveDocument = new TypedDocumentString(`
    mutation KitPlannedLeave($input: PersonPlannedLeaveSetInput!) {
  personPlannedLeaveSet(input: $input) {
    person {
      id
      plannedLeave
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitPlannedLeaveMutation, KitPlannedLeaveMutationVariables>;
export const KitChangeFreezeDocument = new TypedDocumentString(`
    mutation KitChangeFreeze($input: ChangeFreezeCreateInput!) {
  changeFreezeCreate(input: $input) {
    changeFreeze {
      id
      name
      kind
      category
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitChangeFreezeMutation, KitChangeFreezeMutationVariables>;
export const KitCompetenceNetworkDocument = new TypedDocumentString(`
    mutation KitCompetenceNetwork($input: CompetenceNetworkCreateInput!) {
  competenceNetworkCreate(input: $input) {
    competenceNetwork {
      id
      name
      category
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitCompetenceNetworkMutation, KitCompetenceNetworkMutationVariables>;
export const KitTrainingPlanDocument = new TypedDocumentString(`
    mutation KitTrainingPlan($input: TrainingPlanCreateInput!) {
  trainingPlanCreate(input: $input) {
    trainingPlan {
      id
      name
      target
      reviewedOn
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitTrainingPlanMutation, KitTrainingPlanMutationVariables>;
export const KitTrainingActivityDocument = new TypedDocumentString(`
    mutation KitTrainingActivity($input: TrainingActivityAddInput!) {
  trainingActivityAdd(input: $input) {
    trainingActivity {
      id
      title
      heldOn
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitTrainingActivityMutation, KitTrainingActivityMutationVariables>;
export const KitRoleDocument = new TypedDocumentString(`
    mutation KitRole($input: RoleAssignInput!) {
  roleAssign(input: $input) {
    roleAssignment {
      id
      kind
      fromDate
      toDate
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitRoleMutation, KitRoleMutationVariables>;
export const KitParticipantAddDocument = new TypedDocumentString(`
    mutation KitParticipantAdd($input: CollaborationParticipantAddInput!) {
  collaborationParticipantAdd(input: $input) {
    collaboration {
      id
      participants {
        municipality {
          id
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
    `) as unknown as TypedDocumentString<KitParticipantAddMutation, KitParticipantAddMutationVariables>;
export const KitCollaborationBodyDocument = new TypedDocumentString(`
    mutation KitCollaborationBody($input: CollaborationBodyCreateInput!) {
  collaborationBodyCreate(input: $input) {
    collaborationBody {
      id
      name
      shortName
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitCollaborationBodyMutation, KitCollaborationBodyMutationVariables>;
export const KitGovernanceDocumentDocument = new TypedDocumentString(`
    mutation KitGovernanceDocument($input: GovernanceDocumentCreateInput!) {
  governanceDocumentCreate(input: $input) {
    governanceDocument {
      id
      title
      kind
      adoptedOn
      lastReviewedOn
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KitGovernanceDocumentMutation, KitGovernanceDocumentMutationVariables>;
export const PopulationImportMunicipalityPopulationsImportDocument = new TypedDocumentString(`
    mutation PopulationImportMunicipalityPopulationsImport($input: MunicipalityPopulationsImportInput!) {
  municipalityPopulationsImport(input: $input) {
    plan {
      applied
      newCount
      changedCount
      unchangedCount
      skippedRegions
      notInDatabase
      problems {
        line
        column
        code
        message
      }
      rows {
        code
        name
        year
        before
        after
        action
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PopulationImportMunicipalityPopulationsImportMutation, PopulationImportMunicipalityPopulationsImportMutationVariables>;
export const PopulationImportMunicipalityDocument = new TypedDocumentString(`
    query PopulationImportMunicipality($code: String!) {
  municipality(code: $code) {
    populations {
      year
      population
    }
  }
}
    `) as unknown as TypedDocumentString<PopulationImportMunicipalityQuery, PopulationImportMunicipalityQueryVariables>;
export const PopulationImportAuditLogDocument = new TypedDocumentString(`
    query PopulationImportAuditLog($id: ID!) {
  auditLog(objectId: $id, operation: "municipalityPopulationsImport", first: 1) {
    nodes {
      operation
      actorName
      changes {
        objectId
        fields {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PopulationImportAuditLogQuery, PopulationImportAuditLogQueryVariables>;
export const PopulationImportMunicipalityPopulationSetDocument = new TypedDocumentString(`
    mutation PopulationImportMunicipalityPopulationSet($id: ID!) {
  municipalityPopulationSet(
    input: {municipalityId: $id, year: 2025, population: 11000}
  ) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PopulationImportMunicipalityPopulationSetMutation, PopulationImportMunicipalityPopulationSetMutationVariables>;
export const PopulationImportMunicipalityCreateDocument = new TypedDocumentString(`
    mutation PopulationImportMunicipalityCreate {
  municipalityCreate(input: {code: "1917", name: "Heby"}) {
    municipality {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PopulationImportMunicipalityCreateMutation, PopulationImportMunicipalityCreateMutationVariables>;
export const PopulationImportMunicipalityCodeChangeDocument = new TypedDocumentString(`
    mutation PopulationImportMunicipalityCodeChange($id: ID!) {
  municipalityCodeChange(input: {id: $id, code: "0331", validFrom: "2007-01-01"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PopulationImportMunicipalityCodeChangeMutation, PopulationImportMunicipalityCodeChangeMutationVariables>;
export const ReferenceMunicipalitiesDocument = new TypedDocumentString(`
    query ReferenceMunicipalities {
  municipalities(first: 1) {
    totalCount
  }
  counties {
    code
    name
    shortName
  }
  collaborations {
    totalCount
  }
  collaborationLevels {
    ordinal
  }
  municipality(code: "1460") {
    name
    county
    countyCode
    populations {
      year
      population
    }
    itUnits {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalitiesQuery, ReferenceMunicipalitiesQueryVariables>;
export const ReferencePageDocument = new TypedDocumentString(`
    query ReferencePage($first: Int) {
  municipalities(first: $first) {
    nodes {
      code
      countyCode
      formerCodes {
        code
      }
      populations {
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferencePageQuery, ReferencePageQueryVariables>;
export const ReferenceMunicipalities2Document = new TypedDocumentString(`
    query ReferenceMunicipalities2 {
  municipalities(countyCode: "17", first: 100) {
    totalCount
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalities2Query, ReferenceMunicipalities2QueryVariables>;
export const ReferenceMunicipalities3Document = new TypedDocumentString(`
    query ReferenceMunicipalities3 {
  municipalities(countyCode: "14", search: "ed") {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalities3Query, ReferenceMunicipalities3QueryVariables>;
export const ReferenceMunicipalities4Document = new TypedDocumentString(`
    query ReferenceMunicipalities4($c: String) {
  municipalities(countyCode: $c) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalities4Query, ReferenceMunicipalities4QueryVariables>;
export const ReferenceMunicipalities5Document = new TypedDocumentString(`
    query ReferenceMunicipalities5 {
  municipalities(first: 1) {
    totalCount
  }
  collaborations {
    totalCount
  }
  collaborationLevels {
    ordinal
  }
  municipality(code: "1492") {
    countyCode
    populations {
      year
      population
    }
    itUnits {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalities5Query, ReferenceMunicipalities5QueryVariables>;
export const ReferenceMunicipalities6Document = new TypedDocumentString(`
    query ReferenceMunicipalities6 {
  municipalities {
    nodes {
      code
      countyCode
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalities6Query, ReferenceMunicipalities6QueryVariables>;
export const ReferenceMunicipalityCreateDocument = new TypedDocumentString(`
    mutation ReferenceMunicipalityCreate {
  municipalityCreate(input: {code: "2180"}) {
    municipality {
      code
      name
      county
      countyCode
      populations {
        year
        population
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityCreateMutation, ReferenceMunicipalityCreateMutationVariables>;
export const ReferenceMunicipalities7Document = new TypedDocumentString(`
    query ReferenceMunicipalities7 {
  municipalities(countyCode: "21") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalities7Query, ReferenceMunicipalities7QueryVariables>;
export const ReferenceMunicipalityCreate2Document = new TypedDocumentString(`
    mutation ReferenceMunicipalityCreate2 {
  municipalityCreate(input: {code: "9998"}) {
    municipality {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityCreate2Mutation, ReferenceMunicipalityCreate2MutationVariables>;
export const ReferenceMunicipalityCreate3Document = new TypedDocumentString(`
    mutation ReferenceMunicipalityCreate3 {
  municipalityCreate(input: {code: "9998", name: "Provkommun", county: "Provlän"}) {
    municipality {
      name
      county
      countyCode
      populations {
        year
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityCreate3Mutation, ReferenceMunicipalityCreate3MutationVariables>;
export const ReferenceMunicipalityUpdateDocument = new TypedDocumentString(`
    mutation ReferenceMunicipalityUpdate($id: ID!, $county: String) {
  municipalityUpdate(input: {id: $id, county: $county}) {
    municipality {
      county
      countyCode
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityUpdateMutation, ReferenceMunicipalityUpdateMutationVariables>;
export const ReferenceMunicipalityCreate4Document = new TypedDocumentString(`
    mutation ReferenceMunicipalityCreate4 {
  municipalityCreate(
    input: {code: "1917", name: "Heby", county: "Västmanlands län"}
  ) {
    municipality {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityCreate4Mutation, ReferenceMunicipalityCreate4MutationVariables>;
export const ReferenceMunicipalityCodeChangeDocument = new TypedDocumentString(`
    mutation ReferenceMunicipalityCodeChange($input: MunicipalityCodeChangeInput!) {
  municipalityCodeChange(input: $input) {
    municipality {
      code
      codeValidFrom
      formerCodes {
        code
        validFrom
        validTo
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityCodeChangeMutation, ReferenceMunicipalityCodeChangeMutationVariables>;
export const ReferenceMunicipalityDocument = new TypedDocumentString(`
    query ReferenceMunicipality($code: String!, $on: LocalDate) {
  municipality(code: $code, on: $on) {
    name
    code
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityQuery, ReferenceMunicipalityQueryVariables>;
export const ReferenceAuditLogDocument = new TypedDocumentString(`
    query ReferenceAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceAuditLogQuery, ReferenceAuditLogQueryVariables>;
export const ReferenceMunicipalityCodeChange2Document = new TypedDocumentString(`
    mutation ReferenceMunicipalityCodeChange2($input: MunicipalityCodeChangeInput!) {
  municipalityCodeChange(input: $input) {
    municipality {
      code
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalityCodeChange2Mutation, ReferenceMunicipalityCodeChange2MutationVariables>;
export const ReferenceNodeDocument = new TypedDocumentString(`
    query ReferenceNode($id: ID!) {
  node(id: $id) {
    ... on Municipality {
      code
      formerCodes {
        code
        validTo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceNodeQuery, ReferenceNodeQueryVariables>;
export const BrowserRecommendationDecisionsDocument = new TypedDocumentString(`
    query BrowserRecommendationDecisions {
  recommendationDecisions(status: REJECTED) {
    nodes {
      id
      reason
      decidedBy
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserRecommendationDecisionsQuery, BrowserRecommendationDecisionsQueryVariables>;
export const BrowserAuditLogDocument = new TypedDocumentString(`
    query BrowserAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
      actorName
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserAuditLogQuery, BrowserAuditLogQueryVariables>;
export const CompetenceGovernancePagesCompetenceNetworkCreateDocument = new TypedDocumentString(`
    mutation CompetenceGovernancePagesCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) {
  competenceNetworkCreate(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceGovernancePagesCompetenceNetworkCreateMutation, CompetenceGovernancePagesCompetenceNetworkCreateMutationVariables>;
export const CompetenceGovernancePagesCompetenceRiskDocument = new TypedDocumentString(`
    query CompetenceGovernancePagesCompetenceRisk {
  competenceRisk(first: 100) {
    nodes {
      label
      score
      application {
        name
      }
      collaboration {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceGovernancePagesCompetenceRiskQuery, CompetenceGovernancePagesCompetenceRiskQueryVariables>;
export const CompetenceGovernancePagesGovernanceReportDocument = new TypedDocumentString(`
    query CompetenceGovernancePagesGovernanceReport {
  governanceReport {
    compliant
    applicable
    rules {
      title
      failures {
        label
        objectType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceGovernancePagesGovernanceReportQuery, CompetenceGovernancePagesGovernanceReportQueryVariables>;
export const ImportPageMunicipalityDocument = new TypedDocumentString(`
    query ImportPageMunicipality($code: String!) {
  municipality(code: $code) {
    applicationUsages {
      application {
        name
      }
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPageMunicipalityQuery, ImportPageMunicipalityQueryVariables>;
export const ImportPageAuditLogDocument = new TypedDocumentString(`
    query ImportPageAuditLog {
  auditLog(first: 20) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPageAuditLogQuery, ImportPageAuditLogQueryVariables>;
export const MunicipalityPageMunicipalityDocument = new TypedDocumentString(`
    query MunicipalityPageMunicipality($code: String!, $ref: ID!) {
  municipality(code: $code) {
    name
    applicationUsages {
      application {
        name
      }
      userCount
    }
    participations {
      collaboration {
        id
        name
      }
    }
  }
  agreements(municipality: $ref, first: 100) {
    nodes {
      name
      schedule {
        status
        decisionDeadline
        noticeDeadline
        currentTermEnd
      }
    }
  }
  competenceRisk(municipality: $ref, first: 100) {
    nodes {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityPageMunicipalityQuery, MunicipalityPageMunicipalityQueryVariables>;
export const MunicipalityPageAgreementsDocument = new TypedDocumentString(`
    query MunicipalityPageAgreements {
  agreements(first: 100) {
    nodes {
      name
      schedule {
        status
        decisionDeadline
        noticeDeadline
        currentTermEnd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityPageAgreementsQuery, MunicipalityPageAgreementsQueryVariables>;
export const NeedsPageNeedRegistrationsDocument = new TypedDocumentString(`
    query NeedsPageNeedRegistrations {
  needRegistrations(first: 100) {
    nodes {
      id
      category
      neededBy
      description
      budgetFrameOre
      municipality {
        code
      }
      choice {
        kind
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsPageNeedRegistrationsQuery, NeedsPageNeedRegistrationsQueryVariables>;
export const NeedsPageWebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation NeedsPageWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsPageWebhookEndpointCreateMutation, NeedsPageWebhookEndpointCreateMutationVariables>;
export const NeedsPageApplicationsDocument = new TypedDocumentString(`
    query NeedsPageApplications {
  applications(first: 100, search: "ByggR") {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsPageApplicationsQuery, NeedsPageApplicationsQueryVariables>;
export const NeedsPageAgreementCreateDocument = new TypedDocumentString(`
    mutation NeedsPageAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsPageAgreementCreateMutation, NeedsPageAgreementCreateMutationVariables>;
export const PagesBrowserCollaborationBodyCreateDocument = new TypedDocumentString(`
    mutation PagesBrowserCollaborationBodyCreate($input: CollaborationBodyCreateInput!) {
  collaborationBodyCreate(input: $input) {
    collaborationBody {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PagesBrowserCollaborationBodyCreateMutation, PagesBrowserCollaborationBodyCreateMutationVariables>;
export const PagesBrowserMembershipStartDocument = new TypedDocumentString(`
    mutation PagesBrowserMembershipStart($input: MembershipStartInput!) {
  membershipStart(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PagesBrowserMembershipStartMutation, PagesBrowserMembershipStartMutationVariables>;
export const PagesBrowserCollaborationCandidatesDocument = new TypedDocumentString(`
    query PagesBrowserCollaborationCandidates {
  collaborationCandidates(first: 5) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PagesBrowserCollaborationCandidatesQuery, PagesBrowserCollaborationCandidatesQueryVariables>;
export const PagesBrowserMunicipalityDocument = new TypedDocumentString(`
    query PagesBrowserMunicipality($c: String!) {
  municipality(code: $c) {
    applicationUsages {
      application {
        name
      }
      userCount
    }
  }
}
    `) as unknown as TypedDocumentString<PagesBrowserMunicipalityQuery, PagesBrowserMunicipalityQueryVariables>;
export const PagesBrowserAuditLogDocument = new TypedDocumentString(`
    query PagesBrowserAuditLog {
  auditLog(first: 50) {
    nodes {
      operation
      actorName
    }
  }
}
    `) as unknown as TypedDocumentString<PagesBrowserAuditLogQuery, PagesBrowserAuditLogQueryVariables>;
export const PagesBrowserRecommendationDecisionsDocument = new TypedDocumentString(`
    query PagesBrowserRecommendationDecisions {
  recommendationDecisions {
    nodes {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<PagesBrowserRecommendationDecisionsQuery, PagesBrowserRecommendationDecisionsQueryVariables>;
export const PlansBrowserCollaborationCandidatesDocument = new TypedDocumentString(`
    query PlansBrowserCollaborationCandidates {
  collaborationCandidates(first: 100) {
    nodes {
      id
      key
    }
  }
}
    `) as unknown as TypedDocumentString<PlansBrowserCollaborationCandidatesQuery, PlansBrowserCollaborationCandidatesQueryVariables>;
export const PlansBrowserRecommendationDecideDocument = new TypedDocumentString(`
    mutation PlansBrowserRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlansBrowserRecommendationDecideMutation, PlansBrowserRecommendationDecideMutationVariables>;
export const PlansBrowserCollaborationBodiesDocument = new TypedDocumentString(`
    query PlansBrowserCollaborationBodies {
  collaborationBodies {
    nodes {
      id
      shortName
    }
  }
}
    `) as unknown as TypedDocumentString<PlansBrowserCollaborationBodiesQuery, PlansBrowserCollaborationBodiesQueryVariables>;
export const PlansBrowserImplementationPlanIssueDocument = new TypedDocumentString(`
    mutation PlansBrowserImplementationPlanIssue($input: ImplementationPlanIssueInput!) {
  implementationPlanIssue(input: $input) {
    issue {
      html
    }
  }
}
    `) as unknown as TypedDocumentString<PlansBrowserImplementationPlanIssueMutation, PlansBrowserImplementationPlanIssueMutationVariables>;
export const RecommendationsPageCollaborationCandidatesDocument = new TypedDocumentString(`
    query RecommendationsPageCollaborationCandidates($asOf: LocalDate, $municipality: ID, $trigger: RecommendationTrigger, $orderBy: CollaborationCandidateOrder) {
  collaborationCandidates(
    asOf: $asOf
    municipality: $municipality
    trigger: $trigger
    orderBy: $orderBy
    first: 100
  ) {
    totalCount
    nodes {
      id
      kind
      score
      summary
      drivingDeadline
      proposedApplication {
        name
      }
      participants {
        code
      }
      targetLevel {
        ordinal
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsPageCollaborationCandidatesQuery, RecommendationsPageCollaborationCandidatesQueryVariables>;
export const RecommendationsPageRecommendationDecisionsDocument = new TypedDocumentString(`
    query RecommendationsPageRecommendationDecisions {
  recommendationDecisions(first: 100) {
    nodes {
      id
      status
      reason
      decidedBy
      deferredUntil
      candidateKey
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsPageRecommendationDecisionsQuery, RecommendationsPageRecommendationDecisionsQueryVariables>;
export const RecommendationsPageAuditLogDocument = new TypedDocumentString(`
    query RecommendationsPageAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
      actorName
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsPageAuditLogQuery, RecommendationsPageAuditLogQueryVariables>;
export const SigninCollaborationsDocument = new TypedDocumentString(`
    query SigninCollaborations {
  collaborations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SigninCollaborationsQuery, SigninCollaborationsQueryVariables>;
export const StatusPageSharedSystemStatusDocument = new TypedDocumentString(`
    query StatusPageSharedSystemStatus($asOf: LocalDate) {
  sharedSystemStatus(asOf: $asOf) {
    collaboration {
      name
    }
    level {
      ordinal
      name
    }
    openGaps {
      reason
    }
    nextDeadline {
      date
      daysLeft
    }
  }
}
    `) as unknown as TypedDocumentString<StatusPageSharedSystemStatusQuery, StatusPageSharedSystemStatusQueryVariables>;
export const SystemPageCollaborationsDocument = new TypedDocumentString(`
    query SystemPageCollaborations($asOf: LocalDate) {
  collaborations(first: 100) {
    nodes {
      id
      name
      startedOn
      levelHistory {
        changedOn
        decisionReference
      }
      participants(includeFormer: true) {
        municipality {
          name
        }
        joinedOn
        leftOn
      }
      roles {
        kind
        person {
          name
        }
      }
      statusBoardRow(asOf: $asOf) {
        agreements {
          agreement {
            name
          }
          decisionDeadline
          noticeDeadline
        }
        openGaps {
          reason
        }
      }
    }
  }
  collaborationCandidates(includeHidden: true, first: 100) {
    nodes {
      id
      summary
      collaboration {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SystemPageCollaborationsQuery, SystemPageCollaborationsQueryVariables>;
export const SystemPageMunicipalitiesDocument = new TypedDocumentString(`
    query SystemPageMunicipalities {
  municipalities(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SystemPageMunicipalitiesQuery, SystemPageMunicipalitiesQueryVariables>;
export const BudgetDigestCollaborationCandidatesDocument = new TypedDocumentString(`
    query BudgetDigestCollaborationCandidates {
  collaborationCandidates(first: 100) {
    nodes {
      id
      category
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetDigestCollaborationCandidatesQuery, BudgetDigestCollaborationCandidatesQueryVariables>;
export const BudgetDigestRecommendationDecideDocument = new TypedDocumentString(`
    mutation BudgetDigestRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetDigestRecommendationDecideMutation, BudgetDigestRecommendationDecideMutationVariables>;
export const BudgetDigestImplementationPlanIssueDocument = new TypedDocumentString(`
    mutation BudgetDigestImplementationPlanIssue($input: ImplementationPlanIssueInput!) {
  implementationPlanIssue(input: $input) {
    issue {
      version
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetDigestImplementationPlanIssueMutation, BudgetDigestImplementationPlanIssueMutationVariables>;
export const KeptFreshImplementationPlanDocument = new TypedDocumentString(`
    query KeptFreshImplementationPlan($body: ID!) {
  implementationPlan(body: $body, from: "2026-01-01", to: "2030-12-31") {
    items {
      decisionId
      oneOff {
        kind
        amountOre
        estimated
      }
    }
    budgetNotices {
      code
      budgetDecidedBy
    }
  }
}
    `) as unknown as TypedDocumentString<KeptFreshImplementationPlanQuery, KeptFreshImplementationPlanQueryVariables>;
export const KeptFreshCollaborationCandidatesDocument = new TypedDocumentString(`
    query KeptFreshCollaborationCandidates {
  collaborationCandidates(first: 100) {
    nodes {
      id
      key
    }
  }
}
    `) as unknown as TypedDocumentString<KeptFreshCollaborationCandidatesQuery, KeptFreshCollaborationCandidatesQueryVariables>;
export const KeptFreshRecommendationDecideDocument = new TypedDocumentString(`
    mutation KeptFreshRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    decision {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KeptFreshRecommendationDecideMutation, KeptFreshRecommendationDecideMutationVariables>;
export const KeptFreshDecisionCostsSetDocument = new TypedDocumentString(`
    mutation KeptFreshDecisionCostsSet($input: DecisionCostsSetInput!) {
  decisionCostsSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KeptFreshDecisionCostsSetMutation, KeptFreshDecisionCostsSetMutationVariables>;
export const KeptFreshBudgetCalendarSetDocument = new TypedDocumentString(`
    mutation KeptFreshBudgetCalendarSet($input: BudgetCalendarSetInput!) {
  budgetCalendarSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KeptFreshBudgetCalendarSetMutation, KeptFreshBudgetCalendarSetMutationVariables>;
export const PlansPlanCollaborationCandidatesDocument = new TypedDocumentString(`
    query PlansPlanCollaborationCandidates {
  collaborationCandidates(first: 100) {
    nodes {
      id
      key
      category
      participants {
        id
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanCollaborationCandidatesQuery, PlansPlanCollaborationCandidatesQueryVariables>;
export const PlansPlanRecommendationDecideDocument = new TypedDocumentString(`
    mutation PlansPlanRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    decision {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanRecommendationDecideMutation, PlansPlanRecommendationDecideMutationVariables>;
export const PlansPlanImplementationPlanDocument = new TypedDocumentString(`
    query PlansPlanImplementationPlan($body: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {
  implementationPlan(body: $body, from: $from, to: $to, asOf: $asOf) {
    asOf
    bodyName
    from
    to
    oneOffTotalOre
    annualBeforeOre
    annualAfterOre
    items {
      decisionId
      decidedOn
      system
      category
      collaboration
      currentLevel
      targetLevel
      targetLevelName
      costKey
      systemOwners
      operator
      window {
        decisionOn
        leadMonths
        earliestStart
        lengthDays
        start
        end
        avoidedFreezes
      }
      annualBeforeOre
      oneOffTotalOre
      annualAfter {
        kind
        amountOre
        estimated
        basis
        budgetYear
        shares {
          code
          amountOre
        }
      }
      oneOff {
        kind
        amountOre
        estimated
        basis
        budgetYear
        shares {
          code
          amountOre
        }
      }
      municipalities {
        code
        name
        annualBeforeOre
        annualAfterOre
        annualChangeOre
        oneOffOre
        oneOffBudgetYear
        annualBudgetYear
        budgetDecidedBy
        inTime
      }
    }
    municipalities {
      code
      annualBeforeOre
      annualAfterOre
      annualChangeOre
      oneOffOre
    }
    budgetNotices {
      code
      name
      budgetDecidedBy
      inTime
      lines {
        decisionId
        system
        what
        kind
        budgetYear
        amountOre
        estimated
      }
      years {
        year
        amountOre
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanImplementationPlanQuery, PlansPlanImplementationPlanQueryVariables>;
export const PlansPlanImplementationPlanIssueDocument = new TypedDocumentString(`
    mutation PlansPlanImplementationPlanIssue($input: ImplementationPlanIssueInput!) {
  implementationPlanIssue(input: $input) {
    issue {
      version
      sha256
      issuedOn
      html
      csv
      path
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanImplementationPlanIssueMutation, PlansPlanImplementationPlanIssueMutationVariables>;
export const PlansPlanDecisionCostsSetDocument = new TypedDocumentString(`
    mutation PlansPlanDecisionCostsSet($input: DecisionCostsSetInput!) {
  decisionCostsSet(input: $input) {
    decision {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanDecisionCostsSetMutation, PlansPlanDecisionCostsSetMutationVariables>;
export const PlansPlanMunicipalitiesDocument = new TypedDocumentString(`
    query PlansPlanMunicipalities {
  municipalities(first: 100) {
    nodes {
      code
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanMunicipalitiesQuery, PlansPlanMunicipalitiesQueryVariables>;
export const PlansPlanBudgetCalendarSetDocument = new TypedDocumentString(`
    mutation PlansPlanBudgetCalendarSet($input: BudgetCalendarSetInput!) {
  budgetCalendarSet(input: $input) {
    municipality {
      code
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlansPlanBudgetCalendarSetMutation, PlansPlanBudgetCalendarSetMutationVariables>;
export const PlansPlanImplementationPlanIssuesDocument = new TypedDocumentString(`
    query PlansPlanImplementationPlanIssues($b: ID!, $f: LocalDate!, $t: LocalDate!) {
  implementationPlanIssues(body: $b, from: $f, to: $t) {
    version
    sha256
    html
  }
}
    `) as unknown as TypedDocumentString<PlansPlanImplementationPlanIssuesQuery, PlansPlanImplementationPlanIssuesQueryVariables>;
export const WhatifWhatIfDocument = new TypedDocumentString(`
    query WhatifWhatIf($input: WhatIfInput!) {
  whatIf(input: $input) {
    change
    municipalityCode
    municipalityName
    scope
    from
    summary
    costSplits {
      agreementId
      agreement
      key
      totalOre
      problem
      shares {
        code
        name
        beforeOre
        afterOre
        changeOre
      }
    }
    agreements {
      agreement
      kind
      referenceNumber
      change
      noticeDeadline
      decisionDeadline
      currentTermEnd
      noticeDeadlinePassed
    }
    systems {
      collaboration
      application
      level
      levelName
      participantsBefore
      participantsAfter
      fallsBelowLevel
      consequences
      specialistsBefore
      specialistsAfter
      specialistsLost
      rolesLost
    }
    window {
      start
      end
      avoidedFreezes
    }
  }
}
    `) as unknown as TypedDocumentString<WhatifWhatIfQuery, WhatifWhatIfQueryVariables>;
export const WhatifAgreementUpdateDocument = new TypedDocumentString(`
    mutation WhatifAgreementUpdate($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WhatifAgreementUpdateMutation, WhatifAgreementUpdateMutationVariables>;
export const WhatifWhatIfDecisionRecordDocument = new TypedDocumentString(`
    mutation WhatifWhatIfDecisionRecord($input: WhatIfDecisionRecordInput!) {
  whatIfDecisionRecord(input: $input) {
    decision {
      id
      change
      from
      scenario
      summary
      resultSha256
      reason
      decisionReference
      decidedOn
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WhatifWhatIfDecisionRecordMutation, WhatifWhatIfDecisionRecordMutationVariables>;
export const WhatifWhatIfDecisionsDocument = new TypedDocumentString(`
    query WhatifWhatIfDecisions {
  whatIfDecisions {
    id
  }
}
    `) as unknown as TypedDocumentString<WhatifWhatIfDecisionsQuery, WhatifWhatIfDecisionsQueryVariables>;
export const WhatifWhatIfDecisionRecord2Document = new TypedDocumentString(`
    mutation WhatifWhatIfDecisionRecord2($input: WhatIfDecisionRecordInput!) {
  whatIfDecisionRecord(input: $input) {
    decision {
      id
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WhatifWhatIfDecisionRecord2Mutation, WhatifWhatIfDecisionRecord2MutationVariables>;
export const CandidateIdentityCollaborationCandidatesDocument = new TypedDocumentString(`
    query CandidateIdentityCollaborationCandidates($asOf: LocalDate) {
  collaborationCandidates(first: 100, asOf: $asOf, includeHidden: true) {
    nodes {
      id
      key
      asOf
      score
      hidden
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateIdentityCollaborationCandidatesQuery, CandidateIdentityCollaborationCandidatesQueryVariables>;
export const CandidateIdentityNodeDocument = new TypedDocumentString(`
    query CandidateIdentityNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on CollaborationCandidate {
      key
      asOf
      score
      hidden
      decision {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateIdentityNodeQuery, CandidateIdentityNodeQueryVariables>;
export const CandidateIdentityRecommendationDecideDocument = new TypedDocumentString(`
    mutation CandidateIdentityRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    decision {
      status
    }
    candidate {
      id
      key
      asOf
      hidden
      decision {
        status
        reason
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateIdentityRecommendationDecideMutation, CandidateIdentityRecommendationDecideMutationVariables>;
export const CandidateIdentityCollaborationCandidates2Document = new TypedDocumentString(`
    query CandidateIdentityCollaborationCandidates2 {
  collaborationCandidates(first: 100) {
    nodes {
      key
      category
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateIdentityCollaborationCandidates2Query, CandidateIdentityCollaborationCandidates2QueryVariables>;
export const CandidateIdentityNodesDocument = new TypedDocumentString(`
    query CandidateIdentityNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on CollaborationCandidate {
      score
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateIdentityNodesQuery, CandidateIdentityNodesQueryVariables>;
export const CandidatesCollaborationCandidatesDocument = new TypedDocumentString(`
    query CandidatesCollaborationCandidates($asOf: LocalDate, $m: ID, $hidden: Boolean) {
  collaborationCandidates(
    first: 100
    asOf: $asOf
    municipality: $m
    includeHidden: $hidden
  ) {
    totalCount
    nodes {
      id
      key
      kind
      category
      score
      summary
      explanation
      hidden
      changesSinceDecision
      drivingDeadline
      combinedAnnualCostSek
      targetLevelReason
      proposalReason
      viewerCanDecide
      participants {
        code
      }
      joiningMunicipalities {
        code
      }
      applications {
        name
      }
      proposedApplication {
        name
      }
      collaboration {
        name
      }
      currentLevel {
        ordinal
      }
      targetLevel {
        ordinal
        name
      }
      drivingAgreement {
        name
      }
      contributions {
        trigger
        weight
        points
        explanation
        evidence {
          objectId
          objectType
          label
          detail
          lastChangedOn
          object {
            id
          }
        }
      }
      costSplit {
        municipality {
          code
        }
        population
        amountOre
      }
      transitionWindow {
        decisionOn
        procurementLeadTimeMonths
        earliestStart
        start
        end
        avoidedFreezes
      }
      decision {
        status
        reason
        decidedOn
        decidedBy
      }
      decisionHistory {
        status
        decidedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidatesCollaborationCandidatesQuery, CandidatesCollaborationCandidatesQueryVariables>;
export const CandidatesRecommendationDecideDocument = new TypedDocumentString(`
    mutation CandidatesRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    decision {
      status
      reason
      decidedOn
      decidedBy
      candidateKey
      participants {
        code
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CandidatesRecommendationDecideMutation, CandidatesRecommendationDecideMutationVariables>;
export const CandidatesRecommendationDecisionsDocument = new TypedDocumentString(`
    query CandidatesRecommendationDecisions {
  recommendationDecisions {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CandidatesRecommendationDecisionsQuery, CandidatesRecommendationDecisionsQueryVariables>;
export const CandidatesAuditLogDocument = new TypedDocumentString(`
    query CandidatesAuditLog {
  auditLog(operation: "recommendationDecide") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CandidatesAuditLogQuery, CandidatesAuditLogQueryVariables>;
export const CandidatesApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation CandidatesApplicationUsageUpdate($id: ID!) {
  applicationUsageUpdate(input: {id: $id, functionalFit: 1}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CandidatesApplicationUsageUpdateMutation, CandidatesApplicationUsageUpdateMutationVariables>;
export const CandidatesRecommendationDecisions2Document = new TypedDocumentString(`
    query CandidatesRecommendationDecisions2 {
  recommendationDecisions(from: "2026-01-01") {
    totalCount
    nodes {
      status
      summary
      decidedBy
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidatesRecommendationDecisions2Query, CandidatesRecommendationDecisions2QueryVariables>;
export const FollowUpRecommendationDecisionsDocument = new TypedDocumentString(`
    query FollowUpRecommendationDecisions {
  recommendationDecisions(first: 10) {
    nodes {
      id
      status
      decidedOn
      expectedEffects {
        expectedCostPerInhabitantOre
        expectedLevel
        expectedCompetenceRiskScore
        expectedProductCount
        recordedOn
      }
      followUp {
        atDecision {
          costPerInhabitantOre
          levelOrdinal
          competenceRiskScore
          productCount
        }
        points {
          monthsAfter
          date
          reached
          costRose
          realised {
            costPerInhabitantOre
            levelOrdinal
            competenceRiskScore
            productCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpRecommendationDecisionsQuery, FollowUpRecommendationDecisionsQueryVariables>;
export const FollowUpDecisionEffectsRecordDocument = new TypedDocumentString(`
    mutation FollowUpDecisionEffectsRecord($input: DecisionEffectsRecordInput!) {
  decisionEffectsRecord(input: $input) {
    decisionEffect {
      expectedLevel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpDecisionEffectsRecordMutation, FollowUpDecisionEffectsRecordMutationVariables>;
export const FollowUpMunicipalityDocument = new TypedDocumentString(`
    query FollowUpMunicipality($code: String!) {
  municipality(code: $code) {
    applicationUsages {
      id
      application {
        name
      }
      annualCostOre
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpMunicipalityQuery, FollowUpMunicipalityQueryVariables>;
export const FollowUpApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation FollowUpApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpApplicationUsageUpdateMutation, FollowUpApplicationUsageUpdateMutationVariables>;
export const FollowUpCollaborationCandidatesDocument = new TypedDocumentString(`
    query FollowUpCollaborationCandidates {
  collaborationCandidates(first: 100, includeHidden: true) {
    nodes {
      id
      key
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpCollaborationCandidatesQuery, FollowUpCollaborationCandidatesQueryVariables>;
export const FollowUpAnnualReportDocument = new TypedDocumentString(`
    query FollowUpAnnualReport {
  annualReport(year: 2026) {
    followUps {
      costRose
      decisions {
        subject
        points {
          monthsAfter
          costRose
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpAnnualReportQuery, FollowUpAnnualReportQueryVariables>;
export const FollowUpNodeDocument = new TypedDocumentString(`
    query FollowUpNode($id: ID!) {
  node(id: $id) {
    ... on RecommendationDecision {
      followUp {
        points {
          date
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpNodeQuery, FollowUpNodeQueryVariables>;
export const FreezeExceptionsCollaborationCandidatesDocument = new TypedDocumentString(`
    query FreezeExceptionsCollaborationCandidates {
  collaborationCandidates(first: 100) {
    nodes {
      key
      category
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsCollaborationCandidatesQuery, FreezeExceptionsCollaborationCandidatesQueryVariables>;
export const FreezeExceptionsChangeFreezeCreateDocument = new TypedDocumentString(`
    mutation FreezeExceptionsChangeFreezeCreate($input: ChangeFreezeCreateInput!) {
  changeFreezeCreate(input: $input) {
    changeFreeze {
      id
      announcedOn
      announcedLate
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsChangeFreezeCreateMutation, FreezeExceptionsChangeFreezeCreateMutationVariables>;
export const FreezeExceptionsFreezeExceptionRequestDocument = new TypedDocumentString(`
    mutation FreezeExceptionsFreezeExceptionRequest($input: FreezeExceptionRequestInput!) {
  freezeExceptionRequest(input: $input) {
    freezeException {
      id
      kind
      status
      fromDate
      toDate
      requestedOn
      requestedBy
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsFreezeExceptionRequestMutation, FreezeExceptionsFreezeExceptionRequestMutationVariables>;
export const FreezeExceptionsFreezeExceptionDecideDocument = new TypedDocumentString(`
    mutation FreezeExceptionsFreezeExceptionDecide($input: FreezeExceptionDecideInput!) {
  freezeExceptionDecide(input: $input) {
    freezeException {
      id
      status
      decidedOn
      decisionReason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsFreezeExceptionDecideMutation, FreezeExceptionsFreezeExceptionDecideMutationVariables>;
export const FreezeExceptionsCollaborationCandidates2Document = new TypedDocumentString(`
    query FreezeExceptionsCollaborationCandidates2 {
  collaborationCandidates(first: 100) {
    nodes {
      key
      transitionWindow {
        start
        end
        avoidedFreezes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsCollaborationCandidates2Query, FreezeExceptionsCollaborationCandidates2QueryVariables>;
export const FreezeExceptionsAuditLogDocument = new TypedDocumentString(`
    query FreezeExceptionsAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsAuditLogQuery, FreezeExceptionsAuditLogQueryVariables>;
export const FreezeExceptionsCollaborationCandidates3Document = new TypedDocumentString(`
    query FreezeExceptionsCollaborationCandidates3 {
  collaborationCandidates(first: 100, asOf: "2026-06-14") {
    nodes {
      key
      transitionWindow {
        start
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsCollaborationCandidates3Query, FreezeExceptionsCollaborationCandidates3QueryVariables>;
export const FreezeExceptionsNodeDocument = new TypedDocumentString(`
    query FreezeExceptionsNode($id: ID!) {
  node(id: $id) {
    ... on ChangeFreeze {
      exceptions {
        status
        kind
        rollbackPlan
      }
    }
  }
  freezeExceptions(status: APPROVED) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsNodeQuery, FreezeExceptionsNodeQueryVariables>;
export const FreezeExceptionsChangeFreezesDocument = new TypedDocumentString(`
    query FreezeExceptionsChangeFreezes {
  changeFreezes(first: 100) {
    nodes {
      name
      announcedLate
    }
  }
}
    `) as unknown as TypedDocumentString<FreezeExceptionsChangeFreezesQuery, FreezeExceptionsChangeFreezesQueryVariables>;
export const NeedsVocabularyVocabularyTermCreateDocument = new TypedDocumentString(`
    mutation NeedsVocabularyVocabularyTermCreate($input: VocabularyTermCreateInput!) {
  vocabularyTermCreate(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsVocabularyVocabularyTermCreateMutation, NeedsVocabularyVocabularyTermCreateMutationVariables>;
export const NeedsVocabularyApplicationCreateDocument = new TypedDocumentString(`
    mutation NeedsVocabularyApplicationCreate($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    application {
      id
      name
      vendor
      category
      scope
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsVocabularyApplicationCreateMutation, NeedsVocabularyApplicationCreateMutationVariables>;
export const NeedsVocabularyNeedRegisterDocument = new TypedDocumentString(`
    mutation NeedsVocabularyNeedRegister($input: NeedRegisterInput!) {
  needRegister(input: $input) {
    needRegistration {
      id
      category
      categoryCode
      answer {
        summary
        matches {
          municipality {
            name
          }
          application {
            name
          }
        }
        options {
          kind
        }
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsVocabularyNeedRegisterMutation, NeedsVocabularyNeedRegisterMutationVariables>;
export const NeedsRegisterDocument = new TypedDocumentString(`
    mutation NeedsRegister($input: NeedRegisterInput!) {
  needRegister(input: $input) {
    needRegistration {
      ...NeedsNeed
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment NeedsNeed on NeedRegistration {
  id
  category
  neededBy
  description
  budgetFrameOre
  registeredOn
  registeredBy
  viewerCanChoose
  municipality {
    code
  }
  answer {
    asOf
    summary
    matches {
      inSameBody
      lifecyclePhase
      functionalFit
      technicalFit
      userCount
      annualCostOre
      municipality {
        code
      }
      application {
        name
      }
      collaboration {
        name
      }
      level {
        ordinal
      }
      agreements {
        name
        decisionDeadline
        nearNeed
        agreement {
          id
        }
      }
    }
    deadlinesNearNeed {
      name
      decisionDeadline
    }
    options {
      key
      kind
      summary
      meetsNeededBy
      annualCostOre
      partners {
        code
      }
      collaboration {
        name
      }
      application {
        name
      }
      window {
        decisionOn
        procurementLeadTimeMonths
        earliestStart
        start
        end
        avoidedFreezes
      }
      costSplit {
        municipality {
          code
        }
        population
        amountOre
      }
    }
  }
  choice {
    key
    kind
    summary
    reason
    decidedOn
    decidedBy
    partners {
      code
    }
    window {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<NeedsRegisterMutation, NeedsRegisterMutationVariables>;
export const NeedsChooseDocument = new TypedDocumentString(`
    mutation NeedsChoose($input: NeedChooseInput!) {
  needChoose(input: $input) {
    needRegistration {
      ...NeedsNeed
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment NeedsNeed on NeedRegistration {
  id
  category
  neededBy
  description
  budgetFrameOre
  registeredOn
  registeredBy
  viewerCanChoose
  municipality {
    code
  }
  answer {
    asOf
    summary
    matches {
      inSameBody
      lifecyclePhase
      functionalFit
      technicalFit
      userCount
      annualCostOre
      municipality {
        code
      }
      application {
        name
      }
      collaboration {
        name
      }
      level {
        ordinal
      }
      agreements {
        name
        decisionDeadline
        nearNeed
        agreement {
          id
        }
      }
    }
    deadlinesNearNeed {
      name
      decisionDeadline
    }
    options {
      key
      kind
      summary
      meetsNeededBy
      annualCostOre
      partners {
        code
      }
      collaboration {
        name
      }
      application {
        name
      }
      window {
        decisionOn
        procurementLeadTimeMonths
        earliestStart
        start
        end
        avoidedFreezes
      }
      costSplit {
        municipality {
          code
        }
        population
        amountOre
      }
    }
  }
  choice {
    key
    kind
    summary
    reason
    decidedOn
    decidedBy
    partners {
      code
    }
    window {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<NeedsChooseMutation, NeedsChooseMutationVariables>;
export const NeedsAgreementCreateDocument = new TypedDocumentString(`
    mutation NeedsAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    agreement {
      id
      decisionDeadline
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsAgreementCreateMutation, NeedsAgreementCreateMutationVariables>;
export const NeedsWebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation NeedsWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    webhookEndpoint {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsWebhookEndpointCreateMutation, NeedsWebhookEndpointCreateMutationVariables>;
export const NeedsAuditLogDocument = new TypedDocumentString(`
    query NeedsAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsAuditLogQuery, NeedsAuditLogQueryVariables>;
export const NeedsNeedRegistrationsDocument = new TypedDocumentString(`
    query NeedsNeedRegistrations($m: ID) {
  needRegistrations(municipality: $m) {
    totalCount
    nodes {
      id
      choice {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedsNeedRegistrationsQuery, NeedsNeedRegistrationsQueryVariables>;
export const NeedsNeedRegistrations2Document = new TypedDocumentString(`
    query NeedsNeedRegistrations2($m: ID) {
  needRegistrations(municipality: $m) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NeedsNeedRegistrations2Query, NeedsNeedRegistrations2QueryVariables>;
export const SettingsFreezesCollaborationCandidatesDocument = new TypedDocumentString(`
    query SettingsFreezesCollaborationCandidates {
  collaborationCandidates(first: 100) {
    nodes {
      key
      category
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesCollaborationCandidatesQuery, SettingsFreezesCollaborationCandidatesQueryVariables>;
export const SettingsFreezesTriggerSettingsDocument = new TypedDocumentString(`
    query SettingsFreezesTriggerSettings {
  triggerSettings {
    id
    agreementHorizonMonths
    poorFitThreshold
    competenceRiskMinScore
    jointLevel
    weightSameApplication
    transitionWindowDays
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesTriggerSettingsQuery, SettingsFreezesTriggerSettingsQueryVariables>;
export const SettingsFreezesTriggerSettingsUpdateDocument = new TypedDocumentString(`
    mutation SettingsFreezesTriggerSettingsUpdate($input: TriggerSettingsUpdateInput!) {
  triggerSettingsUpdate(input: $input) {
    triggerSettings {
      weightSameApplication
      poorFitThreshold
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesTriggerSettingsUpdateMutation, SettingsFreezesTriggerSettingsUpdateMutationVariables>;
export const SettingsFreezesCollaborationCandidates2Document = new TypedDocumentString(`
    query SettingsFreezesCollaborationCandidates2 {
  collaborationCandidates(first: 100) {
    nodes {
      key
      score
      contributions {
        trigger
        weight
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesCollaborationCandidates2Query, SettingsFreezesCollaborationCandidates2QueryVariables>;
export const SettingsFreezesAuditLogDocument = new TypedDocumentString(`
    query SettingsFreezesAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
      changes {
        fields {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesAuditLogQuery, SettingsFreezesAuditLogQueryVariables>;
export const SettingsFreezesChangeFreezeCreateDocument = new TypedDocumentString(`
    mutation SettingsFreezesChangeFreezeCreate($input: ChangeFreezeCreateInput!) {
  changeFreezeCreate(input: $input) {
    changeFreeze {
      id
      name
      kind
      category
      periods(year: 2026) {
        from
        to
      }
      municipality {
        code
      }
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesChangeFreezeCreateMutation, SettingsFreezesChangeFreezeCreateMutationVariables>;
export const SettingsFreezesChangeFreezesDocument = new TypedDocumentString(`
    query SettingsFreezesChangeFreezes($m: ID) {
  changeFreezes(municipality: $m, first: 100) {
    totalCount
    nodes {
      name
      kind
      category
      fromWeek
      toWeek
      fromMonthDay
      toMonthDay
      periods(year: 2026) {
        from
        to
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesChangeFreezesQuery, SettingsFreezesChangeFreezesQueryVariables>;
export const SettingsFreezesChangeFreezes2Document = new TypedDocumentString(`
    query SettingsFreezesChangeFreezes2($m: ID) {
  changeFreezes(municipality: $m) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesChangeFreezes2Query, SettingsFreezesChangeFreezes2QueryVariables>;
export const SettingsFreezesMunicipalityDocument = new TypedDocumentString(`
    query SettingsFreezesMunicipality {
  municipality(code: "1492") {
    changeFreezes {
      name
      kind
      fromDate
      toDate
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesMunicipalityQuery, SettingsFreezesMunicipalityQueryVariables>;
export const SettingsFreezesChangeFreezeUpdateDocument = new TypedDocumentString(`
    mutation SettingsFreezesChangeFreezeUpdate($id: ID!) {
  changeFreezeUpdate(
    input: {id: $id, category: SCHOOL, period: {kind: DAY_MONTH, fromMonthDay: "02-29", toMonthDay: "03-05"}}
  ) {
    changeFreeze {
      kind
      category
      fromWeek
      fromMonthDay
      periods(year: 2027) {
        from
        to
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesChangeFreezeUpdateMutation, SettingsFreezesChangeFreezeUpdateMutationVariables>;
export const SettingsFreezesChangeFreezeDeleteDocument = new TypedDocumentString(`
    mutation SettingsFreezesChangeFreezeDelete($id: ID!) {
  changeFreezeDelete(input: {id: $id}) {
    changeFreeze {
      name
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesChangeFreezeDeleteMutation, SettingsFreezesChangeFreezeDeleteMutationVariables>;
export const SettingsFreezesNodeDocument = new TypedDocumentString(`
    query SettingsFreezesNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesNodeQuery, SettingsFreezesNodeQueryVariables>;
export const SettingsFreezesCollaborationCandidates3Document = new TypedDocumentString(`
    query SettingsFreezesCollaborationCandidates3 {
  collaborationCandidates(first: 100) {
    nodes {
      key
      transitionWindow {
        start
        end
        avoidedFreezes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsFreezesCollaborationCandidates3Query, SettingsFreezesCollaborationCandidates3QueryVariables>;
export const RecommendationsStatementsCollaborationCandidatesDocument = new TypedDocumentString(`
    query RecommendationsStatementsCollaborationCandidates {
  collaborationCandidates(first: 100, includeHidden: true) {
    totalCount
    nodes {
      key
      score
      summary
      explanation
      participants {
        name
      }
      applications {
        name
      }
      proposedApplication {
        name
      }
      collaboration {
        name
      }
      currentLevel {
        ordinal
      }
      targetLevel {
        ordinal
      }
      drivingAgreement {
        name
      }
      decision {
        status
      }
      contributions {
        trigger
        points
        evidence {
          objectId
          lastChangedOn
        }
      }
      costSplit {
        municipality {
          code
        }
        amountOre
      }
      transitionWindow {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendationsStatementsCollaborationCandidatesQuery, RecommendationsStatementsCollaborationCandidatesQueryVariables>;
export const RemindersCliWebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation RemindersCliWebhookEndpointCreate($url: String!) {
  webhookEndpointCreate(input: {url: $url, eventTypes: [LEVEL_CHANGED]}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersCliWebhookEndpointCreateMutation, RemindersCliWebhookEndpointCreateMutationVariables>;
export const RemindersCliCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation RemindersCliCollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersCliCollaborationLevelSetMutation, RemindersCliCollaborationLevelSetMutationVariables>;
export const RemindersCliWebhookDeliveriesDocument = new TypedDocumentString(`
    query RemindersCliWebhookDeliveries {
  webhookDeliveries {
    totalCount
    nodes {
      eventType
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersCliWebhookDeliveriesQuery, RemindersCliWebhookDeliveriesQueryVariables>;
export const FeedsCalendarFeedCreateDocument = new TypedDocumentString(`
    mutation FeedsCalendarFeedCreate($input: CalendarFeedCreateInput!) {
  calendarFeedCreate(input: $input) {
    calendarFeed {
      id
      name
      municipality {
        code
      }
      createdBy
      createdAt
      revokedAt
    }
    token
    url
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsCalendarFeedCreateMutation, FeedsCalendarFeedCreateMutationVariables>;
export const FeedsCalendarFeedRevokeDocument = new TypedDocumentString(`
    mutation FeedsCalendarFeedRevoke($id: ID!) {
  calendarFeedRevoke(input: {id: $id}) {
    calendarFeed {
      id
      revokedAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsCalendarFeedRevokeMutation, FeedsCalendarFeedRevokeMutationVariables>;
export const FeedsCalendarFeedsDocument = new TypedDocumentString(`
    query FeedsCalendarFeeds {
  calendarFeeds {
    nodes {
      name
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsCalendarFeedsQuery, FeedsCalendarFeedsQueryVariables>;
export const WebhooksWebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation WebhooksWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    webhookEndpoint {
      id
      url
      eventTypes
      thresholdDays
      disabledAt
    }
    secret
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksWebhookEndpointCreateMutation, WebhooksWebhookEndpointCreateMutationVariables>;
export const WebhooksWebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhooksWebhookDeliveries($endpoint: ID, $status: WebhookDeliveryStatus) {
  webhookDeliveries(endpoint: $endpoint, status: $status, first: 100) {
    totalCount
    nodes {
      messageId
      eventType
      status
      attempts
      lastResponseCode
      lastError
      nextAttemptAt
      lastAttemptAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksWebhookDeliveriesQuery, WebhooksWebhookDeliveriesQueryVariables>;
export const WebhooksWebhookEndpointsDocument = new TypedDocumentString(`
    query WebhooksWebhookEndpoints {
  webhookEndpoints {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebhooksWebhookEndpointsQuery, WebhooksWebhookEndpointsQueryVariables>;
export const WebhooksAgreementCreateDocument = new TypedDocumentString(`
    mutation WebhooksAgreementCreate($input: AgreementCreateInput!) {
  agreementCreate(input: $input) {
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksAgreementCreateMutation, WebhooksAgreementCreateMutationVariables>;
export const WebhooksAgreementsDocument = new TypedDocumentString(`
    query WebhooksAgreements {
  agreements(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksAgreementsQuery, WebhooksAgreementsQueryVariables>;
export const WebhooksAgreementUpdateDocument = new TypedDocumentString(`
    mutation WebhooksAgreementUpdate($input: AgreementUpdateInput!) {
  agreementUpdate(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksAgreementUpdateMutation, WebhooksAgreementUpdateMutationVariables>;
export const WebhooksCollaborationLevelsDocument = new TypedDocumentString(`
    query WebhooksCollaborationLevels {
  collaborationLevels {
    id
    ordinal
  }
}
    `) as unknown as TypedDocumentString<WebhooksCollaborationLevelsQuery, WebhooksCollaborationLevelsQueryVariables>;
export const WebhooksCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation WebhooksCollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCollaborationLevelSetMutation, WebhooksCollaborationLevelSetMutationVariables>;
export const WebhooksWebhookEndpointDisableDocument = new TypedDocumentString(`
    mutation WebhooksWebhookEndpointDisable($id: ID!) {
  webhookEndpointDisable(input: {id: $id}) {
    webhookEndpoint {
      disabledAt
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksWebhookEndpointDisableMutation, WebhooksWebhookEndpointDisableMutationVariables>;
export const AnnualReportCollaborationBodiesDocument = new TypedDocumentString(`
    query AnnualReportCollaborationBodies {
  collaborationBodies {
    nodes {
      id
      shortName
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportCollaborationBodiesQuery, AnnualReportCollaborationBodiesQueryVariables>;
export const AnnualReportDkf2025Document = new TypedDocumentString(`
    query AnnualReportDkf2025($body: ID) {
  annualReport(year: 2025, body: $body) {
    year
    start
    end
    body {
      shortName
    }
    summary {
      systems {
        name
        host
        levelStart {
          ordinal
          name
        }
        levelEnd {
          ordinal
          name
        }
        participantsEnd
      }
      changes {
        system
      }
      perLevel {
        level {
          ordinal
        }
        systemsStart
        systemsEnd
        municipalitiesEnd
      }
    }
    matrix {
      systems
      rows {
        municipality
        levels
      }
    }
    levelsByYear {
      year
      systems
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportDkf2025Query, AnnualReportDkf2025QueryVariables>;
export const AnnualReport2014Document = new TypedDocumentString(`
    query AnnualReport2014 {
  annualReport(year: 2014) {
    summary {
      systems {
        name
        levelStart {
          ordinal
          name
        }
        levelEnd {
          ordinal
          name
        }
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
        decisionReference
      }
    }
    levelsByYear {
      year
      systems
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReport2014Query, AnnualReport2014QueryVariables>;
export const AnnualReportAnnualReportDocument = new TypedDocumentString(`
    query AnnualReportAnnualReport {
  annualReport(year: 2025) {
    agreements {
      ended {
        agreement
        date
      }
      renewed {
        agreement
        date
        detail
      }
      noticeGiven {
        agreement
      }
      upcomingDecisions {
        agreement
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReportQuery, AnnualReportAnnualReportQueryVariables>;
export const AnnualReportAnnualReport2Document = new TypedDocumentString(`
    query AnnualReportAnnualReport2 {
  annualReport(year: 2025) {
    cost {
      totalOre
      lines {
        agreement
        key
        totalOre
        shares {
          municipality
          amountOre
        }
      }
      municipalities {
        municipality
        agreementsOre
        trainingOre
        totalOre
        population
        perInhabitantOre
        leavingShiftsOre
        leavingNeedsNewAgreement
      }
    }
    competence {
      trainingParticipants
      trainingCostOre
      trainings {
        title
        participants
        costOre
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReport2Query, AnnualReportAnnualReport2QueryVariables>;
export const AnnualReportAgreementsDocument = new TypedDocumentString(`
    query AnnualReportAgreements {
  agreements(kind: SAMVERKANSAVTAL) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAgreementsQuery, AnnualReportAgreementsQueryVariables>;
export const AnnualReportCostAllocationDocument = new TypedDocumentString(`
    query AnnualReportCostAllocation($a: ID!) {
  costAllocation(agreement: $a, year: 2025) {
    shares {
      municipality {
        name
      }
      amountOre
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportCostAllocationQuery, AnnualReportCostAllocationQueryVariables>;
export const AnnualReportGoalsDocument = new TypedDocumentString(`
    query AnnualReportGoals($year: Int!) {
  annualReport(year: $year) {
    governance {
      policyGoals {
        title
        deadline
        status
      }
      rules {
        code
        complianceEnd
        compliancePrevious
      }
      complianceEnd
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportGoalsQuery, AnnualReportGoalsQueryVariables>;
export const AnnualReportCollaborationCandidatesDocument = new TypedDocumentString(`
    query AnnualReportCollaborationCandidates {
  collaborationCandidates(asOf: "2025-12-31", first: 100) {
    nodes {
      category
      participants {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportCollaborationCandidatesQuery, AnnualReportCollaborationCandidatesQueryVariables>;
export const AnnualReportAnnualReport3Document = new TypedDocumentString(`
    query AnnualReportAnnualReport3($body: ID) {
  annualReport(year: 2025, body: $body) {
    recommendations {
      candidateId
      subject
      proposedLevel {
        ordinal
      }
      proposedProduct
      score
      deadline
      window {
        start
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReport3Query, AnnualReportAnnualReport3QueryVariables>;
export const AnnualReportAnnualReport4Document = new TypedDocumentString(`
    query AnnualReportAnnualReport4 {
  annualReport(year: 2027) {
    year
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReport4Query, AnnualReportAnnualReport4QueryVariables>;
export const AnnualReportAnnualReport5Document = new TypedDocumentString(`
    query AnnualReportAnnualReport5 {
  annualReport(year: 2025, body: "bm9wZQ") {
    year
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReport5Query, AnnualReportAnnualReport5QueryVariables>;
export const AnnualReportAnnualReport6Document = new TypedDocumentString(`
    query AnnualReportAnnualReport6 {
  annualReport(year: 2025) {
    year
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReport6Query, AnnualReportAnnualReport6QueryVariables>;
export const AnnualReportAnnualReportIssueDocument = new TypedDocumentString(`
    mutation AnnualReportAnnualReportIssue {
  annualReportIssue(input: {year: 2025}) {
    issue {
      year
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReportIssueMutation, AnnualReportAnnualReportIssueMutationVariables>;
export const AnnualReportAnnualReportIssue2Document = new TypedDocumentString(`
    mutation AnnualReportAnnualReportIssue2 {
  annualReportIssue(input: {year: 2026}) {
    issue {
      year
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReportIssue2Mutation, AnnualReportAnnualReportIssue2MutationVariables>;
export const AnnualReportAnnualReportIssue3Document = new TypedDocumentString(`
    mutation AnnualReportAnnualReportIssue3($body: ID) {
  annualReportIssue(input: {year: 2025, body: $body}) {
    issue {
      year
      sha256
      issuedOn
      issuedBy
      path
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReportIssue3Mutation, AnnualReportAnnualReportIssue3MutationVariables>;
export const AnnualReportCollaborationsDocument = new TypedDocumentString(`
    query AnnualReportCollaborations {
  collaborations(first: 20) {
    nodes {
      id
      name
    }
  }
  collaborationLevels {
    id
    ordinal
  }
  agreements(first: 50) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportCollaborationsQuery, AnnualReportCollaborationsQueryVariables>;
export const AnnualReportCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation AnnualReportCollaborationLevelSet($c: ID!, $l: ID!) {
  collaborationLevelSet(
    input: {collaborationId: $c, levelId: $l, decisionReference: "DKF 2026/3"}
  ) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportCollaborationLevelSetMutation, AnnualReportCollaborationLevelSetMutationVariables>;
export const AnnualReportAgreementGiveNoticeDocument = new TypedDocumentString(`
    mutation AnnualReportAgreementGiveNotice($a: ID!) {
  agreementGiveNotice(input: {id: $a}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAgreementGiveNoticeMutation, AnnualReportAgreementGiveNoticeMutationVariables>;
export const AnnualReportDkf2026Document = new TypedDocumentString(`
    query AnnualReportDkf2026($body: ID) {
  annualReport(year: 2026, body: $body) {
    summary {
      changes {
        system
      }
    }
    agreements {
      noticeGiven {
        agreement
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportDkf2026Query, AnnualReportDkf2026QueryVariables>;
export const AnnualReportAnnualReportIssue4Document = new TypedDocumentString(`
    mutation AnnualReportAnnualReportIssue4($body: ID) {
  annualReportIssue(input: {year: 2025, body: $body}) {
    issue {
      year
    }
    userErrors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportAnnualReportIssue4Mutation, AnnualReportAnnualReportIssue4MutationVariables>;
export const FollowUpsReportDocument = new TypedDocumentString(`
    query FollowUpsReport($year: Int!) {
  annualReport(year: $year) {
    followUps {
      costRose
      decisions {
        decidedOn
        subject
        participants
        summary
        expected {
          ...FollowUpsMeasures
        }
        atDecision {
          ...FollowUpsMeasures
        }
        points {
          monthsAfter
          date
          costRose
          realised {
            ...FollowUpsMeasures
          }
        }
        costRose
      }
    }
  }
}
    fragment FollowUpsMeasures on ReportFollowUpMeasures {
  costPerInhabitantOre
  levelOrdinal
  competenceRiskScore
  productCount
}`) as unknown as TypedDocumentString<FollowUpsReportQuery, FollowUpsReportQueryVariables>;
export const FollowUpsApplicationUsageUpdateDocument = new TypedDocumentString(`
    mutation FollowUpsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) {
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpsApplicationUsageUpdateMutation, FollowUpsApplicationUsageUpdateMutationVariables>;
export const FollowUpsMunicipalityCreateDocument = new TypedDocumentString(`
    mutation FollowUpsMunicipalityCreate($input: MunicipalityCreateInput!) {
  municipalityCreate(input: $input) {
    municipality {
      id
      code
      name
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpsMunicipalityCreateMutation, FollowUpsMunicipalityCreateMutationVariables>;
export const FollowUpsDecisionEffectsRecordDocument = new TypedDocumentString(`
    mutation FollowUpsDecisionEffectsRecord($input: DecisionEffectsRecordInput!) {
  decisionEffectsRecord(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpsDecisionEffectsRecordMutation, FollowUpsDecisionEffectsRecordMutationVariables>;
export const FollowUpsCollaborationCandidatesDocument = new TypedDocumentString(`
    query FollowUpsCollaborationCandidates {
  collaborationCandidates(first: 100, includeHidden: true) {
    nodes {
      id
      key
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpsCollaborationCandidatesQuery, FollowUpsCollaborationCandidatesQueryVariables>;
export const ReportRecommendationsCollaborationBodyCreateDocument = new TypedDocumentString(`
    mutation ReportRecommendationsCollaborationBodyCreate {
  collaborationBodyCreate(input: {name: "Testförbundet", shortName: "TF"}) {
    collaborationBody {
      id
    }
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsCollaborationBodyCreateMutation, ReportRecommendationsCollaborationBodyCreateMutationVariables>;
export const ReportRecommendationsMembershipStartDocument = new TypedDocumentString(`
    mutation ReportRecommendationsMembershipStart($input: MembershipStartInput!) {
  membershipStart(input: $input) {
    userErrors {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsMembershipStartMutation, ReportRecommendationsMembershipStartMutationVariables>;
export const ReportRecommendations2025Document = new TypedDocumentString(`
    query ReportRecommendations2025($body: ID) {
  annualReport(year: 2025, body: $body) {
    hasData
    recommendations {
      ...ReportRecommendationsRecommendation
    }
  }
}
    fragment ReportRecommendationsRecommendation on ReportRecommendation {
  date
  trigger
  subject
  explanation
  decision
  decidedOn
  candidateId
  system {
    id
    name
  }
  participants {
    code
    name
  }
  proposedLevel {
    ordinal
    name
  }
  proposedProduct
  score
  deadline
  window {
    start
    end
  }
  annualCostOre
  costSplit {
    municipality
    amountOre
  }
}`) as unknown as TypedDocumentString<ReportRecommendations2025Query, ReportRecommendations2025QueryVariables>;
export const ReportRecommendationsAnnualReportDocument = new TypedDocumentString(`
    query ReportRecommendationsAnnualReport {
  annualReport(year: 2025) {
    recommendations {
      subject
      proposedProduct
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsAnnualReportQuery, ReportRecommendationsAnnualReportQueryVariables>;
export const ReportRecommendationsCollaborationCandidatesDocument = new TypedDocumentString(`
    query ReportRecommendationsCollaborationCandidates {
  collaborationCandidates(asOf: "2025-12-31") {
    nodes {
      id
      score
      proposedApplication {
        name
      }
      targetLevel {
        ordinal
      }
      drivingDeadline
      transitionWindow {
        start
        end
      }
      combinedAnnualCostOre
      costSplit {
        amountOre
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsCollaborationCandidatesQuery, ReportRecommendationsCollaborationCandidatesQueryVariables>;
export const ReportRecommendationsCollaborationCandidates2Document = new TypedDocumentString(`
    query ReportRecommendationsCollaborationCandidates2 {
  collaborationCandidates {
    nodes {
      id
      proposedApplication {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsCollaborationCandidates2Query, ReportRecommendationsCollaborationCandidates2QueryVariables>;
export const ReportRecommendationsRecommendationDecideDocument = new TypedDocumentString(`
    mutation ReportRecommendationsRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) {
    userErrors {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsRecommendationDecideMutation, ReportRecommendationsRecommendationDecideMutationVariables>;
export const ReportRecommendations2026Document = new TypedDocumentString(`
    query ReportRecommendations2026($body: ID) {
  annualReport(year: 2026, body: $body) {
    recommendations {
      ...ReportRecommendationsRecommendation
    }
  }
}
    fragment ReportRecommendationsRecommendation on ReportRecommendation {
  date
  trigger
  subject
  explanation
  decision
  decidedOn
  candidateId
  system {
    id
    name
  }
  participants {
    code
    name
  }
  proposedLevel {
    ordinal
    name
  }
  proposedProduct
  score
  deadline
  window {
    start
    end
  }
  annualCostOre
  costSplit {
    municipality
    amountOre
  }
}`) as unknown as TypedDocumentString<ReportRecommendations2026Query, ReportRecommendations2026QueryVariables>;
export const ReportRecommendationsAnnualReport2Document = new TypedDocumentString(`
    query ReportRecommendationsAnnualReport2 {
  annualReport(year: 2003) {
    hasData
    governance {
      complianceEnd
      applicableEnd
      applicablePrevious
    }
    recommendations {
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsAnnualReport2Query, ReportRecommendationsAnnualReport2QueryVariables>;
export const ReportRecommendationsAnnualReport3Document = new TypedDocumentString(`
    query ReportRecommendationsAnnualReport3 {
  annualReport(year: 2030) {
    year
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsAnnualReport3Query, ReportRecommendationsAnnualReport3QueryVariables>;
export const ReportRecommendationsAnnualReport4Document = new TypedDocumentString(`
    query ReportRecommendationsAnnualReport4 {
  annualReport(year: 1999) {
    year
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsAnnualReport4Query, ReportRecommendationsAnnualReport4QueryVariables>;
export const ReportRecommendationsAnnualReportIssueDocument = new TypedDocumentString(`
    mutation ReportRecommendationsAnnualReportIssue {
  annualReportIssue(input: {year: 2026}) {
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRecommendationsAnnualReportIssueMutation, ReportRecommendationsAnnualReportIssueMutationVariables>;
export const RolesRoleAssignDocument = new TypedDocumentString(`
    mutation RolesRoleAssign($input: RoleAssignInput!) {
  roleAssign(input: $input) {
    userErrors {
      field
      code
    }
    roleAssignment {
      id
      kind
      fromDate
      toDate
      person {
        name
      }
      collaboration {
        name
      }
      applicationUsage {
        id
      }
      itUnit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesRoleAssignMutation, RolesRoleAssignMutationVariables>;
export const RolesRoleEndDocument = new TypedDocumentString(`
    mutation RolesRoleEnd($input: RoleEndInput!) {
  roleEnd(input: $input) {
    userErrors {
      field
      code
    }
    roleAssignment {
      id
      toDate
    }
  }
}
    `) as unknown as TypedDocumentString<RolesRoleEndMutation, RolesRoleEndMutationVariables>;
export const RolesRoleAssignmentsDocument = new TypedDocumentString(`
    query RolesRoleAssignments {
  roleAssignments(includeEnded: true) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RolesRoleAssignmentsQuery, RolesRoleAssignmentsQueryVariables>;
export const RolesNodeDocument = new TypedDocumentString(`
    query RolesNode($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      roles {
        kind
        fromDate
        toDate
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesNodeQuery, RolesNodeQueryVariables>;
export const RolesNode2Document = new TypedDocumentString(`
    query RolesNode2($id: ID!, $asOf: LocalDate, $all: Boolean!) {
  node(id: $id) {
    ... on ItUnit {
      roles(kind: IT_CHEF, asOf: $asOf, includeEnded: $all) {
        fromDate
        toDate
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesNode2Query, RolesNode2QueryVariables>;
export const RolesNode3Document = new TypedDocumentString(`
    query RolesNode3($id: ID!) {
  node(id: $id) {
    ... on Person {
      roleAssignments {
        kind
        collaboration {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesNode3Query, RolesNode3QueryVariables>;
export const RolesNode4Document = new TypedDocumentString(`
    query RolesNode4($id: ID!) {
  node(id: $id) {
    ... on ApplicationUsage {
      roles(includeEnded: true) {
        kind
        toDate
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesNode4Query, RolesNode4QueryVariables>;
export const RolesRoleAssignments2Document = new TypedDocumentString(`
    query RolesRoleAssignments2 {
  roleAssignments(kind: SYSTEMAGARE, first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RolesRoleAssignments2Query, RolesRoleAssignments2QueryVariables>;
export const RolesNode5Document = new TypedDocumentString(`
    query RolesNode5($id: ID!) {
  node(id: $id) {
    ... on Collaboration {
      roles(kind: SYSTEMAGARE) {
        person {
          name
          email
          phone
          viewerCanSeeContactDetails
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesNode5Query, RolesNode5QueryVariables>;
export const RolesNode6Document = new TypedDocumentString(`
    query RolesNode6($id: ID!, $asOf: LocalDate) {
  node(id: $id) {
    ... on Collaboration {
      roles(kind: SYSTEMAGARE, asOf: $asOf) {
        id
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesNode6Query, RolesNode6QueryVariables>;
export const ApolloCacheCollaborationLevelsDocument = new TypedDocumentString(`
    query ApolloCacheCollaborationLevels {
  collaborationLevels {
    id
    ordinal
  }
}
    `) as unknown as TypedDocumentString<ApolloCacheCollaborationLevelsQuery, ApolloCacheCollaborationLevelsQueryVariables>;
export const ApolloCacheStatusBoardDocument = new TypedDocumentString(`
    query ApolloCacheStatusBoard {
  statusBoard(first: 100) {
    nodes {
      id
      level {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApolloCacheStatusBoardQuery, ApolloCacheStatusBoardQueryVariables>;
export const ApolloCacheCollaborationCandidatesDocument = new TypedDocumentString(`
    query ApolloCacheCollaborationCandidates {
  collaborationCandidates(asOf: "2025-06-01", first: 100, includeHidden: true) {
    nodes {
      key
      score
    }
  }
}
    `) as unknown as TypedDocumentString<ApolloCacheCollaborationCandidatesQuery, ApolloCacheCollaborationCandidatesQueryVariables>;
export const ApolloCacheCollaborationCandidates2Document = new TypedDocumentString(`
    query ApolloCacheCollaborationCandidates2 {
  collaborationCandidates(first: 100, includeHidden: true) {
    nodes {
      key
      score
    }
  }
}
    `) as unknown as TypedDocumentString<ApolloCacheCollaborationCandidates2Query, ApolloCacheCollaborationCandidates2QueryVariables>;
export const ApolloCacheApplicationUsagesDocument = new TypedDocumentString(`
    query ApolloCacheApplicationUsages {
  applicationUsages(first: 6) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApolloCacheApplicationUsagesQuery, ApolloCacheApplicationUsagesQueryVariables>;
export const ArgumentsCollaborationsDocument = new TypedDocumentString(`
    query ArgumentsCollaborations($m: ID) {
  collaborations(participant: $m) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ArgumentsCollaborationsQuery, ArgumentsCollaborationsQueryVariables>;
export const ArgumentsCompetenceRiskDocument = new TypedDocumentString(`
    query ArgumentsCompetenceRisk {
  competenceRisk(municipality: "9999") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ArgumentsCompetenceRiskQuery, ArgumentsCompetenceRiskQueryVariables>;
export const ArgumentsAgreementsDocument = new TypedDocumentString(`
    query ArgumentsAgreements($x: ID) {
  agreements(collaboration: $x) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ArgumentsAgreementsQuery, ArgumentsAgreementsQueryVariables>;
export const ConsumerStatusBoardDocument = new TypedDocumentString(`
    query ConsumerStatusBoard {
  statusBoard {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsumerStatusBoardQuery, ConsumerStatusBoardQueryVariables>;
export const OperationsAgreementsDocument = new TypedDocumentString(`
    query OperationsAgreements {
  agreements(first: 1, kind: SAMVERKANSAVTAL) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsAgreementsQuery, OperationsAgreementsQueryVariables>;
export const OperationsMunicipalityDocument = new TypedDocumentString(`
    query OperationsMunicipality {
  municipality(code: "1460") {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsMunicipalityQuery, OperationsMunicipalityQueryVariables>;
export const OperationsCollaborationBodiesDocument = new TypedDocumentString(`
    query OperationsCollaborationBodies {
  collaborationBodies {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsCollaborationBodiesQuery, OperationsCollaborationBodiesQueryVariables>;
export const OperationsCollaborationCandidatesDocument = new TypedDocumentString(`
    query OperationsCollaborationCandidates {
  collaborationCandidates(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsCollaborationCandidatesQuery, OperationsCollaborationCandidatesQueryVariables>;
export const PackageAgreementsDocument = new TypedDocumentString(`
    query PackageAgreements($m: ID) {
  agreements(municipality: $m, first: 100) {
    nodes {
      name
      schedule {
        decisionDeadline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PackageAgreementsQuery, PackageAgreementsQueryVariables>;
export const PackageApplicationUsagesDocument = new TypedDocumentString(`
    query PackageApplicationUsages($m: ID) {
  applicationUsages(municipality: $m, first: 2) {
    nodes {
      id
      application {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PackageApplicationUsagesQuery, PackageApplicationUsagesQueryVariables>;
export const PackageNodeDocument = new TypedDocumentString(`
    query PackageNode($a: ID!, $b: ID!) {
  a: node(id: $a) {
    ... on ApplicationUsage {
      functionalFit
      technicalFit
    }
  }
  b: node(id: $b) {
    ... on ApplicationUsage {
      functionalFit
    }
  }
}
    `) as unknown as TypedDocumentString<PackageNodeQuery, PackageNodeQueryVariables>;
export const PackageStatusBoardDocument = new TypedDocumentString(`
    query PackageStatusBoard {
  statusBoard {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PackageStatusBoardQuery, PackageStatusBoardQueryVariables>;
export const PagingStatusBoardDocument = new TypedDocumentString(`
    query PagingStatusBoard {
  statusBoard(first: 100, orderBy: {field: LEVEL, direction: DESC}) {
    nodes {
      level {
        ordinal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingStatusBoardQuery, PagingStatusBoardQueryVariables>;
export const PagingStatusBoard2Document = new TypedDocumentString(`
    query PagingStatusBoard2 {
  statusBoard(first: 100, orderBy: {field: NEXT_DEADLINE}) {
    nodes {
      nextDeadline {
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagingStatusBoard2Query, PagingStatusBoard2QueryVariables>;
export const PagingAgreementsDocument = new TypedDocumentString(`
    query PagingAgreements {
  agreements(first: 100, orderBy: {field: END_DATE, direction: DESC}) {
    nodes {
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<PagingAgreementsQuery, PagingAgreementsQueryVariables>;
export const PagingAgreements2Document = new TypedDocumentString(`
    query PagingAgreements2 {
  agreements(first: 100, orderBy: {field: START_DATE}) {
    nodes {
      startDate
    }
  }
}
    `) as unknown as TypedDocumentString<PagingAgreements2Query, PagingAgreements2QueryVariables>;
export const PagingCollaborationCandidatesDocument = new TypedDocumentString(`
    query PagingCollaborationCandidates {
  collaborationCandidates(first: 100, orderBy: {field: SCORE, direction: ASC}) {
    nodes {
      score
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCollaborationCandidatesQuery, PagingCollaborationCandidatesQueryVariables>;
export const PagingCollaborationCandidates2Document = new TypedDocumentString(`
    query PagingCollaborationCandidates2 {
  collaborationCandidates(first: 100) {
    nodes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCollaborationCandidates2Query, PagingCollaborationCandidates2QueryVariables>;
export const PagingCollaborationCandidates3Document = new TypedDocumentString(`
    query PagingCollaborationCandidates3 {
  collaborationCandidates(first: 100, orderBy: {field: SCORE}) {
    nodes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCollaborationCandidates3Query, PagingCollaborationCandidates3QueryVariables>;
export const PagingCollaborationCandidates4Document = new TypedDocumentString(`
    query PagingCollaborationCandidates4 {
  collaborationCandidates(first: 100, orderBy: {field: DEADLINE, direction: ASC}) {
    nodes {
      drivingDeadline
    }
  }
}
    `) as unknown as TypedDocumentString<PagingCollaborationCandidates4Query, PagingCollaborationCandidates4QueryVariables>;
export const PagingAgreements3Document = new TypedDocumentString(`
    query PagingAgreements3 {
  agreements(first: 3, orderBy: {field: END_DATE, direction: DESC}) {
    nodes {
      endDate
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PagingAgreements3Query, PagingAgreements3QueryVariables>;
export const PagingAgreements4Document = new TypedDocumentString(`
    query PagingAgreements4($a: String) {
  agreements(first: 3, after: $a, orderBy: {field: END_DATE, direction: DESC}) {
    nodes {
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<PagingAgreements4Query, PagingAgreements4QueryVariables>;
export const PagingStatusBoard3Document = new TypedDocumentString(`
    query PagingStatusBoard3 {
  statusBoard(first: 2, last: 2) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PagingStatusBoard3Query, PagingStatusBoard3QueryVariables>;
export const PagingAgreements5Document = new TypedDocumentString(`
    query PagingAgreements5 {
  agreements(last: 2, before: "nope") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PagingAgreements5Query, PagingAgreements5QueryVariables>;
export const PagingCompetenceRiskDocument = new TypedDocumentString(`
    query PagingCompetenceRisk {
  competenceRisk(last: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PagingCompetenceRiskQuery, PagingCompetenceRiskQueryVariables>;
export const UrqlCacheCollaborationCandidatesDocument = new TypedDocumentString(`
    query UrqlCacheCollaborationCandidates {
  collaborationCandidates(asOf: "2025-06-01", first: 100, includeHidden: true) {
    nodes {
      key
      score
      drivingDeadline
    }
  }
}
    `) as unknown as TypedDocumentString<UrqlCacheCollaborationCandidatesQuery, UrqlCacheCollaborationCandidatesQueryVariables>;
export const UrqlCacheCollaborationCandidates2Document = new TypedDocumentString(`
    query UrqlCacheCollaborationCandidates2 {
  collaborationCandidates(first: 100, includeHidden: true) {
    nodes {
      key
      score
      drivingDeadline
    }
  }
}
    `) as unknown as TypedDocumentString<UrqlCacheCollaborationCandidates2Query, UrqlCacheCollaborationCandidates2QueryVariables>;
export const UrqlCacheApplicationUsagesDocument = new TypedDocumentString(`
    query UrqlCacheApplicationUsages {
  applicationUsages(first: 6) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UrqlCacheApplicationUsagesQuery, UrqlCacheApplicationUsagesQueryVariables>;
export const ExportMunicipalityDocument = new TypedDocumentString(`
    query ExportMunicipality($code: String!) {
  municipality(code: $code) {
    applicationUsages {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExportMunicipalityQuery, ExportMunicipalityQueryVariables>;
export const ExportStatusBoardDocument = new TypedDocumentString(`
    query ExportStatusBoard {
  statusBoard(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExportStatusBoardQuery, ExportStatusBoardQueryVariables>;
export const ExportAgreementsDocument = new TypedDocumentString(`
    query ExportAgreements($m: ID) {
  agreements(first: 100, municipality: $m) {
    nodes {
      name
      schedule {
        decisionDeadline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportAgreementsQuery, ExportAgreementsQueryVariables>;
export const HelpersApplicationUsagesImportDocument = new TypedDocumentString(`
    mutation HelpersApplicationUsagesImport($input: ApplicationUsagesImportInput!) {
  applicationUsagesImport(input: $input) {
    userErrors {
      field
      message
      code
    }
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
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HelpersApplicationUsagesImportMutation, HelpersApplicationUsagesImportMutationVariables>;
export const ImportAuditLogDocument = new TypedDocumentString(`
    query ImportAuditLog {
  auditLog(last: 1) {
    nodes {
      operation
      actorName
      changes {
        objectType
        kind
        fields {
          field
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportAuditLogQuery, ImportAuditLogQueryVariables>;
export const ImportMunicipalityDocument = new TypedDocumentString(`
    query ImportMunicipality($code: String!) {
  municipality(code: $code) {
    applicationUsages {
      application {
        name
      }
      roles {
        kind
        toDate
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMunicipalityQuery, ImportMunicipalityQueryVariables>;
export const ImportMunicipality2Document = new TypedDocumentString(`
    query ImportMunicipality2($code: String!) {
  municipality(code: $code) {
    applicationUsages {
      application {
        name
      }
      roles(includeEnded: true) {
        kind
        fromDate
        toDate
        person {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMunicipality2Query, ImportMunicipality2QueryVariables>;
export const BoardNodeCollaborationLevelSetDocument = new TypedDocumentString(`
    mutation BoardNodeCollaborationLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BoardNodeCollaborationLevelSetMutation, BoardNodeCollaborationLevelSetMutationVariables>;
export const BoardNodeBoardDocument = new TypedDocumentString(`
    query BoardNodeBoard($asOf: LocalDate) {
  statusBoard(asOf: $asOf, first: 100) {
    nodes {
      ...BoardNodeRow
    }
  }
}
    fragment BoardNodeRow on SharedSystemStatus {
  id
  asOf
  collaboration {
    name
  }
  level {
    ordinal
  }
}`) as unknown as TypedDocumentString<BoardNodeBoardQuery, BoardNodeBoardQueryVariables>;
export const BoardNodeRefetchDocument = new TypedDocumentString(`
    query BoardNodeRefetch($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ...BoardNodeRow
  }
}
    fragment BoardNodeRow on SharedSystemStatus {
  id
  asOf
  collaboration {
    name
  }
  level {
    ordinal
  }
}`) as unknown as TypedDocumentString<BoardNodeRefetchQuery, BoardNodeRefetchQueryVariables>;
export const BoardNodeNodesDocument = new TypedDocumentString(`
    query BoardNodeNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardNodeNodesQuery, BoardNodeNodesQueryVariables>;
export const BoardAgreementExtendDocument = new TypedDocumentString(`
    mutation BoardAgreementExtend($id: ID!) {
  agreementExtend(input: {id: $id, extensions: 2}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAgreementExtendMutation, BoardAgreementExtendMutationVariables>;
export const BoardAgreementGiveNoticeDocument = new TypedDocumentString(`
    mutation BoardAgreementGiveNotice($id: ID!) {
  agreementGiveNotice(input: {id: $id, givenOn: "2026-02-10"}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAgreementGiveNoticeMutation, BoardAgreementGiveNoticeMutationVariables>;
export const BoardSharedSystemStatusDocument = new TypedDocumentString(`
    query BoardSharedSystemStatus($asOf: LocalDate) {
  sharedSystemStatus(asOf: $asOf) {
    asOf
    collaboration {
      name
    }
    level {
      ordinal
    }
    lastLevelChange {
      changedOn
      decisionReference
    }
    participants {
      code
    }
    host {
      code
    }
    operator {
      name
    }
    systemOwners {
      person {
        name
      }
    }
    systemResponsibles {
      person {
        name
      }
    }
    agreements {
      status
      currentTermEnd
      noticeDeadline
      decisionDeadline
      daysLeft
      agreement {
        name
      }
    }
    nextDeadline {
      date
      kind
      daysLeft
      agreement {
        name
      }
      roleAssignment {
        person {
          name
        }
      }
    }
    openGaps {
      ruleCode
      objectType
      label
    }
  }
}
    `) as unknown as TypedDocumentString<BoardSharedSystemStatusQuery, BoardSharedSystemStatusQueryVariables>;
export const BoardStatusBoardDocument = new TypedDocumentString(`
    query BoardStatusBoard($first: Int, $after: String, $participant: ID, $level: Int, $attention: Boolean, $asOf: LocalDate) {
  statusBoard(
    first: $first
    after: $after
    participant: $participant
    level: $level
    needsAttention: $attention
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    nodes {
      collaboration {
        name
      }
      level {
        ordinal
      }
      participants {
        code
      }
      needsAttention
    }
  }
}
    `) as unknown as TypedDocumentString<BoardStatusBoardQuery, BoardStatusBoardQueryVariables>;
export const BoardCollaborationsDocument = new TypedDocumentString(`
    query BoardCollaborations {
  collaborations(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardCollaborationsQuery, BoardCollaborationsQueryVariables>;
export const DocumentKindsVocabularyTermsDocument = new TypedDocumentString(`
    query DocumentKindsVocabularyTerms {
  vocabularyTerms(vocabulary: GOVERNANCE_DOCUMENT_KIND) {
    id
    code
    name
    sortOrder
    reviewMinMonths
    reviewMaxMonths
    reviewDefaultMonths
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsVocabularyTermsQuery, DocumentKindsVocabularyTermsQueryVariables>;
export const DocumentKindsVocabularyTermCreateDocument = new TypedDocumentString(`
    mutation DocumentKindsVocabularyTermCreate($input: VocabularyTermCreateInput!) {
  vocabularyTermCreate(input: $input) {
    vocabularyTerm {
      id
      code
      name
      reviewMinMonths
      reviewMaxMonths
      reviewDefaultMonths
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsVocabularyTermCreateMutation, DocumentKindsVocabularyTermCreateMutationVariables>;
export const DocumentKindsVocabularyTermUpdateDocument = new TypedDocumentString(`
    mutation DocumentKindsVocabularyTermUpdate($input: VocabularyTermUpdateInput!) {
  vocabularyTermUpdate(input: $input) {
    vocabularyTerm {
      code
      reviewMinMonths
      reviewMaxMonths
      reviewDefaultMonths
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsVocabularyTermUpdateMutation, DocumentKindsVocabularyTermUpdateMutationVariables>;
export const DocumentKindsGovernanceDocumentCreateDocument = new TypedDocumentString(`
    mutation DocumentKindsGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) {
  governanceDocumentCreate(input: $input) {
    governanceDocument {
      id
      kind
      kindCode
      title
      reviewIntervalMonths
      nextReviewDue
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsGovernanceDocumentCreateMutation, DocumentKindsGovernanceDocumentCreateMutationVariables>;
export const DocumentKindsGovernanceDocumentUpdateDocument = new TypedDocumentString(`
    mutation DocumentKindsGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) {
  governanceDocumentUpdate(input: $input) {
    governanceDocument {
      reviewIntervalMonths
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsGovernanceDocumentUpdateMutation, DocumentKindsGovernanceDocumentUpdateMutationVariables>;
export const DocumentKindsGovernanceReportDocument = new TypedDocumentString(`
    query DocumentKindsGovernanceReport($asOf: LocalDate) {
  governanceReport(asOf: $asOf) {
    rules {
      code
      applicable
      failures {
        objectId
        label
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsGovernanceReportQuery, DocumentKindsGovernanceReportQueryVariables>;
export const DocumentKindsGovernanceDocumentsDocument = new TypedDocumentString(`
    query DocumentKindsGovernanceDocuments($kind: GovernanceDocumentKind, $kindCode: String) {
  governanceDocuments(first: 50, kind: $kind, kindCode: $kindCode) {
    nodes {
      title
      kind
      kindCode
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentKindsGovernanceDocumentsQuery, DocumentKindsGovernanceDocumentsQueryVariables>;
export const VocabulariesVocabularyTermsDocument = new TypedDocumentString(`
    query VocabulariesVocabularyTerms($v: Vocabulary!) {
  vocabularyTerms(vocabulary: $v) {
    id
    code
    name
    description
    sortOrder
    roleTargets
    singleHolder
  }
}
    `) as unknown as TypedDocumentString<VocabulariesVocabularyTermsQuery, VocabulariesVocabularyTermsQueryVariables>;
export const VocabulariesVocabularyTermCreateDocument = new TypedDocumentString(`
    mutation VocabulariesVocabularyTermCreate($input: VocabularyTermCreateInput!) {
  vocabularyTermCreate(input: $input) {
    vocabularyTerm {
      id
      code
      name
      sortOrder
      roleTargets
      singleHolder
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VocabulariesVocabularyTermCreateMutation, VocabulariesVocabularyTermCreateMutationVariables>;
export const VocabulariesVocabularyTermUpdateDocument = new TypedDocumentString(`
    mutation VocabulariesVocabularyTermUpdate($input: VocabularyTermUpdateInput!) {
  vocabularyTermUpdate(input: $input) {
    vocabularyTerm {
      code
      name
      singleHolder
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VocabulariesVocabularyTermUpdateMutation, VocabulariesVocabularyTermUpdateMutationVariables>;
export const VocabulariesApplicationCreateDocument = new TypedDocumentString(`
    mutation VocabulariesApplicationCreate($input: ApplicationCreateInput!) {
  applicationCreate(input: $input) {
    application {
      id
      name
      category
      categoryCode
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VocabulariesApplicationCreateMutation, VocabulariesApplicationCreateMutationVariables>;
export const VocabulariesRoleAssignDocument = new TypedDocumentString(`
    mutation VocabulariesRoleAssign($input: RoleAssignInput!) {
  roleAssign(input: $input) {
    roleAssignment {
      id
      kind
      kindCode
      person {
        name
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<VocabulariesRoleAssignMutation, VocabulariesRoleAssignMutationVariables>;
export const VocabulariesAuditLogDocument = new TypedDocumentString(`
    query VocabulariesAuditLog($id: ID!) {
  auditLog(objectId: $id) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<VocabulariesAuditLogQuery, VocabulariesAuditLogQueryVariables>;
export const VocabulariesApplicationsDocument = new TypedDocumentString(`
    query VocabulariesApplications {
  applications(first: 100, search: "VA-Nät") {
    nodes {
      category
      categoryCode
    }
  }
}
    `) as unknown as TypedDocumentString<VocabulariesApplicationsQuery, VocabulariesApplicationsQueryVariables>;