/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Sort direction of an `orderBy`; ties are always broken by creation order. */
export type OrderDirection =
  /** Ascending (A–Ö, earliest, lowest first). */
  | 'ASC'
  /** Descending (Ö–A, latest, highest first). */
  | 'DESC';

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

/** An API token's role. */
export type Role =
  /** IT-chefsgruppen or the collaboration body's office (kommunalförbundet): changes everything, manages tokens, reads the audit log. */
  | 'ADMIN'
  /** Changes its own municipality's data, and shared data where that municipality participates. */
  | 'EDITOR'
  /** Reads everything except personal contact details of other municipalities. */
  | 'READER';

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


export type RecommendationDecideMutation = { recommendationDecide: { decision: { id: string, status: RecommendationDecisionStatus, reason: string, decidedOn: string, deferredUntil: string | null, candidateKey: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

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


export type ViewerQuery = { viewer: { tokenName: string, role: Role, municipality: { id: string, code: string, name: string } | null } | null };

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
    municipality {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;