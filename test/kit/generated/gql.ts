/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AgreementsMutationsAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: \"2026-01-20\" }) { userErrors { code } } }": typeof types.AgreementsMutationsAgreementGiveNoticeDocument,
    "fragment AgreementsMutationsResult on AgreementPayload { userErrors { field code message } agreement { ...AgreementsMutationsAgreement } }": typeof types.AgreementsMutationsResultFragmentDoc,
    "fragment AgreementsMutationsAgreement on Agreement { id name kind status currentTermEnd noticeDeadline noticeGivenOn terminatedOn\n  schedule { status currentTermEnd extensionsUsed renewsAutomatically }\n  municipalities { code } itUnits { name } costKey { kind shares { municipality { code } shareBasisPoints } } }": typeof types.AgreementsMutationsAgreementFragmentDoc,
    "mutation AgreementsMutationsCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { ...AgreementsMutationsResult } }": typeof types.AgreementsMutationsCreateDocument,
    "mutation AgreementsMutationsUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { ...AgreementsMutationsResult } }": typeof types.AgreementsMutationsUpdateDocument,
    "mutation AgreementsMutationsExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { ...AgreementsMutationsResult } }": typeof types.AgreementsMutationsExtendDocument,
    "mutation AgreementsMutationsNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { ...AgreementsMutationsResult } }": typeof types.AgreementsMutationsNoticeDocument,
    "mutation AgreementsMutationsTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { ...AgreementsMutationsResult } }": typeof types.AgreementsMutationsTerminateDocument,
    "query AgreementsMutationsAgreements { agreements { totalCount } }": typeof types.AgreementsMutationsAgreementsDocument,
    "query AgreementsMutationsSnapshot($id: ID!) { node(id: $id) { ...AgreementsMutationsAgreement } }": typeof types.AgreementsMutationsSnapshotDocument,
    "query AgreementsMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field after } } } } }": typeof types.AgreementsMutationsAuditLogDocument,
    "query AgreementsMutationsCostAllocation($id: ID!) { costAllocation(agreement: $id, totalOre: 1001) { shares { municipality { code } amountOre } } }": typeof types.AgreementsMutationsCostAllocationDocument,
    "query AgreementsMutationsAgreements2($m: ID!) { agreements(first: 100, municipality: $m, kind: DRIFTAVTAL) { nodes { name } } }": typeof types.AgreementsMutationsAgreements2Document,
    "mutation QueriesAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }": typeof types.QueriesAgreementExtendDocument,
    "mutation QueriesAgreementGiveNotice($id: ID!, $on: LocalDate) { agreementGiveNotice(input: { id: $id, givenOn: $on }) { userErrors { code } } }": typeof types.QueriesAgreementGiveNoticeDocument,
    "query QueriesAgreements { agreements(first: 100) { totalCount nodes { name } } }": typeof types.QueriesAgreementsDocument,
    "query QueriesAgreements2 { agreements(first: 2, expiringBefore: \"2026-09-01\") { totalCount pageInfo { hasNextPage } nodes { name } } }": typeof types.QueriesAgreements2Document,
    "query QueriesNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {\n    name kind startDate endDate renewalKind renewalTermMonths maxExtensions noticePeriod { amount unit }\n    status currentTermEnd noticeDeadline decisionDeadline daysLeft\n    schedule(asOf: $asOf) { asOf currentTermStart currentTermEnd noticeDeadline decisionDeadline status daysLeft extensionsUsed extensionsRemaining latestPossibleEnd renewsAutomatically procurementLeadTimeMonths }\n  } } }": typeof types.QueriesNodeDocument,
    "query QueriesNode2($id: ID!) { node(id: $id) { ... on Agreement { municipalities { code } itUnits { name } applications { name } collaborations { name }\n      costKey { kind populationYear baseShareBasisPoints shares { municipality { code } shareBasisPoints } } } } }": typeof types.QueriesNode2Document,
    "query QueriesNode3($id: ID!) { node(id: $id) { ... on Collaboration { agreements { name } } } }": typeof types.QueriesNode3Document,
    "query QueriesCostAllocation($id: ID!, $year: Int, $total: SafeInt) { costAllocation(agreement: $id, year: $year, totalOre: $total) {\n    year key populationYear baseShareBasisPoints totalOre shares { municipality { code } population populationYear shareBasisPoints fraction amountOre } } }": typeof types.QueriesCostAllocationDocument,
    "query FactSnapshotStatusBoard($first: Int, $after: String, $attention: Boolean) {\n  statusBoard(first: $first, after: $after, needsAttention: $attention) {\n    totalCount pageInfo { endCursor }\n    nodes { collaboration { name } level { ordinal } participants { code } agreements { status decisionDeadline } nextDeadline { date kind } openGaps { ruleCode } }\n  }\n}": typeof types.FactSnapshotStatusBoardDocument,
    "query FactSnapshotCompetenceRisk { competenceRisk(first: 100) { totalCount nodes { label score specialistsLeaving } } }": typeof types.FactSnapshotCompetenceRiskDocument,
    "query FactSnapshotCollaborations { collaborations(first: 100) { nodes { id name level { ordinal } } } }": typeof types.FactSnapshotCollaborationsDocument,
    "query FactSnapshotCollaborationLevels { collaborationLevels { id ordinal } }": typeof types.FactSnapshotCollaborationLevelsDocument,
    "mutation FactSnapshotCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } collaboration { statusBoardRow { level { ordinal } } } } }": typeof types.FactSnapshotCollaborationLevelSetDocument,
    "mutation FactSnapshotCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.FactSnapshotCollaborationLevelSet2Document,
    "query FactSnapshotCollaborations2 { collaborations(first: 100) { nodes { id name } } }": typeof types.FactSnapshotCollaborations2Document,
    "query ResponseCacheMunicipality($code: String!) { municipality(code: $code) { name } }": typeof types.ResponseCacheMunicipalityDocument,
    "query ResponseCacheCollaborations { collaborations(first: 100) { nodes { name level { ordinal } participants { municipality { code } } } } }": typeof types.ResponseCacheCollaborationsDocument,
    "query ResponseCacheCollaborations2 { together: collaborations(first: 100) { nodes { name participants { municipality { name } } levelHistory { changedOn } } } }": typeof types.ResponseCacheCollaborations2Document,
    "mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }": typeof types.ResponseCacheMunicipalityUpdateDocument,
    "query ResponseCacheCollaborations3($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } } } }": typeof types.ResponseCacheCollaborations3Document,
    "query ResponseCacheCollaborations4 { collaborations(first: 100) { nodes { id name } } }": typeof types.ResponseCacheCollaborations4Document,
    "query ResponseCacheCollaborationLevels { collaborationLevels { id ordinal } }": typeof types.ResponseCacheCollaborationLevelsDocument,
    "mutation ResponseCacheCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.ResponseCacheCollaborationLevelSetDocument,
    "query ResponseCacheMunicipalities { municipalities(first: 1) { totalCount } }": typeof types.ResponseCacheMunicipalitiesDocument,
    "query ResponseCacheMunicipality2 { municipality(code: \"1439\") { code name } }": typeof types.ResponseCacheMunicipality2Document,
    "query ResponseCachePeople { people(first: 100) { nodes { name email phone plannedLeave municipality { code } } } }": typeof types.ResponseCachePeopleDocument,
    "query ResponseCacheViewer { viewer { tokenName role } }": typeof types.ResponseCacheViewerDocument,
    "query ResponseCacheCollaborationLevels2 { collaborationLevels { ordinal } }": typeof types.ResponseCacheCollaborationLevels2Document,
    "mutation ResponseCacheMunicipalityPopulationSet($input: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $input) { userErrors { code } } }": typeof types.ResponseCacheMunicipalityPopulationSetDocument,
    "query ResponseCache__schema { __schema { queryType { name } } }": typeof types.ResponseCache__SchemaDocument,
    "mutation ResponseCacheMunicipalityUpdate2($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { county } userErrors { code } } }": typeof types.ResponseCacheMunicipalityUpdate2Document,
    "query LeavePrivacyCompetenceRisk($h: Int!) { competenceRisk(horizonMonths: $h, first: 100) { nodes { label specialistsLeaving reasons { code } } } }": typeof types.LeavePrivacyCompetenceRiskDocument,
    "query CompetenceMutationsCompetenceRisk($k: CompetenceRiskSubjectKind) { competenceRisk(kind: $k, first: 100) { nodes { label score specialistCount specialistsLeaving trainedCount reasons { code contribution } } } }": typeof types.CompetenceMutationsCompetenceRiskDocument,
    "mutation CompetenceMutationsPersonPlannedLeaveSet($p: ID!, $l: String) { personPlannedLeaveSet(input: { personId: $p, plannedLeave: $l }) { person { name plannedLeave } userErrors { field code } } }": typeof types.CompetenceMutationsPersonPlannedLeaveSetDocument,
    "mutation CompetenceMutationsCompetenceSet($p: ID!, $a: ID!, $l: CompetenceLevel!, $s: LocalDate) { competenceSet(input: { personId: $p, applicationId: $a, level: $l, since: $s }) {\n    competence { level since person { name } application { name } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceSetDocument,
    "mutation CompetenceMutationsCompetenceRemove($p: ID!, $a: ID!) { competenceRemove(input: { personId: $p, applicationId: $a }) { person { competences { application { name } } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceRemoveDocument,
    "query CompetenceMutationsApplications { applications(search: \"Bibliotek\") { nodes { competences { id } } } }": typeof types.CompetenceMutationsApplicationsDocument,
    "query CompetenceMutationsAuditLog { auditLog(operation: \"competenceRemove\") { nodes { changes { kind objectType } } } }": typeof types.CompetenceMutationsAuditLogDocument,
    "mutation CompetenceMutationsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) {\n    competenceNetwork { id name category coordinator { name } members { person { name } } collaborations { name } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceNetworkCreateDocument,
    "mutation CompetenceMutationsCompetenceNetworkMemberAdd($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberAdd(input: { networkId: $n, personId: $p, joinedOn: $d }) { competenceNetwork { members { person { name } } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceNetworkMemberAddDocument,
    "mutation CompetenceMutationsCompetenceNetworkMemberRemove($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberRemove(input: { networkId: $n, personId: $p, leftOn: $d }) {\n    competenceNetwork { members { person { name } } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceNetworkMemberRemoveDocument,
    "mutation CompetenceMutationsCompetenceNetworkActivityAdd($input: CompetenceNetworkActivityAddInput!) { competenceNetworkActivityAdd(input: $input) {\n    competenceNetworkActivity { occurredOn kind title participants { name } network { name } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceNetworkActivityAddDocument,
    "query CompetenceMutationsNode($id: ID!) { node(id: $id) { ... on CompetenceNetwork { members(includeFormer: true) { leftOn person { name } } tomorrow: members(asOf: \"2026-06-16\") { person { name } } } } }": typeof types.CompetenceMutationsNodeDocument,
    "query CompetenceMutationsCompetenceRisk2 { competenceRisk(kind: COLLABORATION, asOf: \"2026-06-16\") { nodes { label reasons { code } } } }": typeof types.CompetenceMutationsCompetenceRisk2Document,
    "mutation CompetenceMutationsCompetenceNetworkUpdate($input: CompetenceNetworkUpdateInput!) { competenceNetworkUpdate(input: $input) { competenceNetwork { coordinator { name } meetingCadence collaborations { name } } userErrors { field code } } }": typeof types.CompetenceMutationsCompetenceNetworkUpdateDocument,
    "mutation CompetenceMutationsTrainingPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { name target reviewedOn targetGroups owner { name } applicationUsage { id } } userErrors { field code } } }": typeof types.CompetenceMutationsTrainingPlanCreateDocument,
    "mutation CompetenceMutationsTrainingPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { trainingPlan { reviewedOn reviewOverdue } userErrors { field code } } }": typeof types.CompetenceMutationsTrainingPlanUpdateDocument,
    "mutation CompetenceMutationsTrainingActivityAdd($input: TrainingActivityAddInput!) { trainingActivityAdd(input: $input) {\n    trainingActivity { id heldOn title costOre municipalities { participantCount municipality { code } } participants { name } costSplit { basis shares { amountOre municipality { code } } } }\n    userErrors { field code } } }": typeof types.CompetenceMutationsTrainingActivityAddDocument,
    "mutation CompetenceMutationsTrainingActivityUpdate($input: TrainingActivityUpdateInput!) { trainingActivityUpdate(input: $input) {\n      trainingActivity { title municipalities { participantCount } participants { name } } userErrors { field code } } }": typeof types.CompetenceMutationsTrainingActivityUpdateDocument,
    "mutation CompetenceMutationsTrainingActivityRemove($id: ID!) { trainingActivityRemove(input: { id: $id }) { trainingPlan { activities { title } } userErrors { code } } }": typeof types.CompetenceMutationsTrainingActivityRemoveDocument,
    "query CompetenceSeedCompetenceRisk($first: Int, $after: String, $municipality: ID, $minScore: Int, $kind: CompetenceRiskSubjectKind, $horizonMonths: Int, $asOf: LocalDate) {\n  competenceRisk(first: $first, after: $after, municipality: $municipality, minScore: $minScore, kind: $kind, horizonMonths: $horizonMonths, asOf: $asOf) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { kind label shared score level specialistCount specialistsLeaving trainedCount trainedShare userCount trainingPlanReviewedOn\n      reasons { code contribution explanation }\n      application { name } municipality { code } collaboration { name } trainingPlan { name } competenceNetworks { name } }\n  } }": typeof types.CompetenceSeedCompetenceRiskDocument,
    "query CompetenceSeedCompetenceNetworks { competenceNetworks(first: 20) { totalCount nodes {\n        name category meetingCadence startedOn lastActivityOn\n        coordinator { name municipality { code } }\n        members { joinedOn person { name municipality { code } } }\n        collaborations { name }\n        activities { occurredOn kind title participants { name } }\n      } } }": typeof types.CompetenceSeedCompetenceNetworksDocument,
    "query CompetenceSeedCompetenceNetworks2($m: ID, $c: ID, $cat: ApplicationCategory) { competenceNetworks(municipality: $m, collaboration: $c, category: $cat) { nodes { name } } }": typeof types.CompetenceSeedCompetenceNetworks2Document,
    "query CompetenceSeedCollaborations { collaborations(category: HELPDESK) { nodes { id competenceNetworks { name } } } }": typeof types.CompetenceSeedCollaborationsDocument,
    "query CompetenceSeedCollaborations2 { collaborations(category: PAYROLL_HR) { nodes { competenceNetworks { name } } } }": typeof types.CompetenceSeedCollaborations2Document,
    "query CompetenceSeedPeople { people(search: \"Oskar Wallin\") { nodes { competences { level since application { name } } networkMemberships { network { name } } } } }": typeof types.CompetenceSeedPeopleDocument,
    "query CompetenceSeedApplications { applications(search: \"Raindance\") { nodes { competences(level: SPECIALIST) { person { name } } } } }": typeof types.CompetenceSeedApplicationsDocument,
    "query CompetenceSeedApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 100) { nodes { application { name } competences { person { name } } trainingPlan { name } } } }": typeof types.CompetenceSeedApplicationUsagesDocument,
    "query CompetenceSeedPeople2 { people(search: \"Lena Rask\") { nodes { plannedLeave } } }": typeof types.CompetenceSeedPeople2Document,
    "query CompetenceSeedTrainingPlans { trainingPlans(first: 50) { totalCount nodes {\n        name target targetGroups reviewedOn nextReviewDue reviewOverdue owner { name }\n        applicationUsage { municipality { code } application { name } } collaboration { name }\n        activities { heldOn title municipalities { participantCount municipality { code } } participants { name } }\n      } } }": typeof types.CompetenceSeedTrainingPlansDocument,
    "query CompetenceSeedTrainingPlans2 { trainingPlans(target: IT_STAFF) { nodes { name } } }": typeof types.CompetenceSeedTrainingPlans2Document,
    "query CompetenceSeedTrainingPlans3($m: ID) { trainingPlans(municipality: $m, first: 50) { nodes { name } } }": typeof types.CompetenceSeedTrainingPlans3Document,
    "query CompetenceSeedTrainingPlans4 { trainingPlans(first: 50) { nodes { name activities { title costOre\n        costSplit { basis shares { amountOre fraction population populationYear municipality { code } } } } } } }": typeof types.CompetenceSeedTrainingPlans4Document,
    "query CompetenceSeedTrainingPlans5 { trainingPlans(target: COLLABORATION, first: 50) { nodes { name activities { title costOre\n        costSplit { basis key agreement { name } shares { amountOre population municipality { code } } } } } } }": typeof types.CompetenceSeedTrainingPlans5Document,
    "query CompetenceSeedInPhase($phase: LifecyclePhase) { applicationUsages(lifecyclePhase: $phase, first: 100) { totalCount } }": typeof types.CompetenceSeedInPhaseDocument,
    "query CompetenceSeedNode($id: ID!) { node(id: $id) { ... on Collaboration { name } } }": typeof types.CompetenceSeedNodeDocument,
    "query CompetenceSeedApplications2 { applications(search: \"Book-IT\") { nodes { id } } }": typeof types.CompetenceSeedApplications2Document,
    "query CompetenceStatementsCompetenceRisk($m: ID) { competenceRisk(first: 100, municipality: $m) {\n  totalCount\n  nodes {\n    kind label score level specialistCount specialistsLeaving trainedShare\n    reasons { code contribution explanation }\n    application { name } municipality { code } collaboration { name }\n    trainingPlan { name reviewedOn } competenceNetworks { name }\n  } } }": typeof types.CompetenceStatementsCompetenceRiskDocument,
    "query CompetenceStatementsCompetenceRisk2($after: String) { competenceRisk(first: 100, after: $after, minScore: 10) { pageInfo { endCursor } nodes { label } } }": typeof types.CompetenceStatementsCompetenceRisk2Document,
    "query KeptUpToDateStatusBoard($asOf: LocalDate) {\n  statusBoard(first: 100, asOf: $asOf) { totalCount nodes {\n    collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } systemOwners { id } systemResponsibles { id }\n    agreements { agreement { name } status decisionDeadline noticeDeadline currentTermEnd } nextDeadline { date kind daysLeft } openGaps { ruleCode objectId reason } needsAttention\n  } }\n  governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { objectId label reason object { id ... on ApplicationUsage { userCount lifecyclePhase } ... on Collaboration { name } } } } }\n  competenceRisk(first: 100, asOf: $asOf) { totalCount nodes { label score level specialistsLeaving reasons { code contribution explanation } } }\n  collaborationCandidates(first: 100, asOf: $asOf) { totalCount nodes { key score kind summary explanation hidden targetLevel { ordinal } participants { code } } }\n  annualReport(year: 2026) {\n    summary { systems { name host levelEnd { ordinal } participantsEnd } changes { system changedOn } }\n    agreements { noticeGiven { agreement date } upcomingDecisions { agreement date } }\n    recommendations { subject score decision }\n    followUps { decisions { subject points { realised { costPerInhabitantOre levelOrdinal competenceRiskScore } } } }\n    competence { risks { label score } trainings { title participants costOre } }\n    cost { totalOre municipalities { municipality trainingOre totalOre perInhabitantOre } unsplit { agreement reason } }\n    governance { complianceEnd rules { code applicable compliant } }\n  }\n}": typeof types.KeptUpToDateStatusBoardDocument,
    "query KeptUpToDateStatusBoard2 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } openGaps { ruleCode } } } }": typeof types.KeptUpToDateStatusBoard2Document,
    "query KeptUpToDateCollaborations {\n      collaborations(first: 100) { nodes { id name level { ordinal } } }\n      collaborationLevels { id ordinal }\n      applicationUsages(first: 100) { nodes { id userCount municipality { code } application { name } } }\n      people(first: 100) { nodes { id name municipality { id code } } }\n      applications(first: 100) { nodes { id name } }\n      agreements(first: 100) { nodes { id name status } }\n      municipalities { nodes { id code } }\n    }": typeof types.KeptUpToDateCollaborationsDocument,
    "query KeptUpToDateCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }": typeof types.KeptUpToDateCollaborationCandidatesDocument,
    "mutation KeptUpToDateRecommendationDecide($i: RecommendationDecideInput!) { recommendationDecide(input: $i) { userErrors { code } } }": typeof types.KeptUpToDateRecommendationDecideDocument,
    "query KeptUpToDateApplicationUsages { applicationUsages(first: 1) { nodes { id userCount } } }": typeof types.KeptUpToDateApplicationUsagesDocument,
    "mutation KeptUpToDateApplicationUsageUpdate($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }": typeof types.KeptUpToDateApplicationUsageUpdateDocument,
    "query KeptUpToDateStatusBoard3 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } } } }": typeof types.KeptUpToDateStatusBoard3Document,
    "mutation KeptUpToDateApplicationUsageUpdate2($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } applicationUsage { userCount } } }": typeof types.KeptUpToDateApplicationUsageUpdate2Document,
    "query UnitsApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }": typeof types.UnitsApplicationUsagesDocument,
    "mutation UnitsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } applicationUsage { userCount } } }": typeof types.UnitsApplicationUsageUpdateDocument,
    "query KeptApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }": typeof types.KeptApplicationUsagesDocument,
    "mutation KeptApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }": typeof types.KeptApplicationUsageUpdateDocument,
    "query UnitsMunicipalities { municipalities(first: 3) { nodes { code name } } }": typeof types.UnitsMunicipalitiesDocument,
    "query AccessMunicipalities { municipalities { totalCount } }": typeof types.AccessMunicipalitiesDocument,
    "query AccessViewer { viewer { role } }": typeof types.AccessViewerDocument,
    "query AccessViewer2 { viewer { role tokenName } }": typeof types.AccessViewer2Document,
    "query AccessViewer3 { viewer { tokenName } }": typeof types.AccessViewer3Document,
    "mutation AccessMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"X\" }) { municipality { name } } }": typeof types.AccessMunicipalityUpdateDocument,
    "mutation AccessMunicipalityUpdate2($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county } userErrors { code } } }": typeof types.AccessMunicipalityUpdate2Document,
    "query AccessMunicipality($code: String!) { municipality(code: $code) { county } }": typeof types.AccessMunicipalityDocument,
    "mutation AccessApplicationUsageCreate($m: ID!, $a: ID!) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a }) { applicationUsage { id } userErrors { code } } }": typeof types.AccessApplicationUsageCreateDocument,
    "query AccessApplicationUsages($m: ID!) { applicationUsages(municipality: $m, first: 100) { totalCount } }": typeof types.AccessApplicationUsagesDocument,
    "mutation AccessCollaborationUpdate($id: ID!, $d: String) { collaborationUpdate(input: { id: $id, description: $d }) { collaboration { description } } }": typeof types.AccessCollaborationUpdateDocument,
    "mutation AccessMunicipalityCreate { municipalityCreate(input: { code: \"1234\", name: \"Ny\" }) { municipality { id } } }": typeof types.AccessMunicipalityCreateDocument,
    "query AccessAuditLog { auditLog { totalCount } }": typeof types.AccessAuditLogDocument,
    "query AccessPeople { people(first: 100) { nodes { name email viewerCanSeeContactDetails municipality { code } } } }": typeof types.AccessPeopleDocument,
    "mutation AuditCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: \"2026-01-01\", correctionReason: \"Beslutet glömdes bort\" }) { userErrors { code } } }": typeof types.AuditCollaborationLevelSetDocument,
    "query AuditAuditLog($id: ID!) { auditLog(objectId: $id, operation: \"collaborationLevelSet\") { nodes { correctionReason changes { objectType fields { field before after } } } } }": typeof types.AuditAuditLogDocument,
    "query AuditNode($id: ID!) { node(id: $id) { ... on CollaborationLevel { ordinal } } }": typeof types.AuditNodeDocument,
    "query LimitsMunicipalities { municipalities(first: 101) { totalCount } }": typeof types.LimitsMunicipalitiesDocument,
    "query LimitsMunicipalities2 { municipalities(first: -1) { totalCount } }": typeof types.LimitsMunicipalities2Document,
    "query LimitsMunicipalities3 { municipalities(after: \"bm90IGEgY3Vyc29y\") { totalCount } }": typeof types.LimitsMunicipalities3Document,
    "query LimitsMunicipalities4 { municipalities(first: 0) { nodes { code } totalCount } }": typeof types.LimitsMunicipalities4Document,
    "query LimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.LimitsNodesDocument,
    "query LimitsMunicipalities5 { municipalities(search: \"' OR 1=1 --\") { totalCount } }": typeof types.LimitsMunicipalities5Document,
    "query LimitsMunicipalities6 { municipalities(search: \"%\") { totalCount } }": typeof types.LimitsMunicipalities6Document,
    "query Limits__schema { __schema { types { name } } }": typeof types.Limits__SchemaDocument,
    "query LimitsCollaborations { collaborations { nodes { name levelHistory { changedOn } } } }": typeof types.LimitsCollaborationsDocument,
    "query FoundationMutationsCollaborationLevels { collaborationLevels { id ordinal } }": typeof types.FoundationMutationsCollaborationLevelsDocument,
    "mutation FoundationMutationsMunicipalityCreate { municipalityCreate(input: { code: \"14a\", name: \"  \", populations: [{ year: 2024, population: 10 }, { year: 2024, population: 11 }] }) {\n        municipality { id } userErrors { field message code } } }": typeof types.FoundationMutationsMunicipalityCreateDocument,
    "mutation FoundationMutationsMunicipalityCreate2($code: String!) { municipalityCreate(input: { code: $code, name: \"Bengtby igen\" }) { userErrors { field code } } }": typeof types.FoundationMutationsMunicipalityCreate2Document,
    "mutation FoundationMutationsMunicipalityCreate3 { municipalityCreate(input: { code: \"1737\", name: \"Torsby\", county: \"Värmlands län\", populations: [{ year: 2024, population: 11500 }] }) {\n        municipality { code population { year population } } userErrors { code } } }": typeof types.FoundationMutationsMunicipalityCreate3Document,
    "mutation FoundationMutationsApplicationUsageCreate($m: ID!, $a: ID!, $u: ID) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a, functionalFit: 7, technicalFit: 0, inUseSince: \"2027-01-01\", itUnitId: $u }) {\n          applicationUsage { id } userErrors { field code } } }": typeof types.FoundationMutationsApplicationUsageCreateDocument,
    "mutation FoundationMutationsCollaborationCreate($h: ID!, $a: ID!, $l: ID!) { collaborationCreate(input: { name: \"Gemensamt bygglov\", applicationId: $a, hostMunicipalityId: $h, participantIds: [\"TXVuaWNpcGFsaXR5Ojk5OTk\"], levelId: $l }) {\n          collaboration { id } userErrors { field code } } }": typeof types.FoundationMutationsCollaborationCreateDocument,
    "query FoundationMutationsApplications { applications(first: 1) { nodes { id } } }": typeof types.FoundationMutationsApplicationsDocument,
    "mutation FoundationMutationsMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"X\" }) { municipality { id } userErrors { field code } } }": typeof types.FoundationMutationsMunicipalityUpdateDocument,
    "mutation FoundationMutationsMunicipalityUpdate2 { municipalityUpdate(input: { id: \"!!!\", name: \"X\" }) { userErrors { code } } }": typeof types.FoundationMutationsMunicipalityUpdate2Document,
    "mutation FoundationMutationsCollaborationLevelSet($c: ID!, $l: ID!, $on: LocalDate, $ref: String, $why: String) {\n    collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: $on, decisionReference: $ref, reason: \"test\", correctionReason: $why }) {\n      collaboration { level { ordinal } levelSince levelHistory { changedOn decisionReference fromLevel { ordinal } toLevel { ordinal } } }\n      userErrors { field code message } } }": typeof types.FoundationMutationsCollaborationLevelSetDocument,
    "query FoundationMutationsNode($id: ID!) { node(id: $id) { ... on Collaboration {\n      y2004: levelOn(date: \"2004-12-31\") { ordinal } y2005: levelOn(date: \"2005-06-01\") { ordinal }\n      y2007: levelOn(date: \"2007-12-31\") { ordinal } y2008: levelOn(date: \"2008-01-01\") { ordinal } } } }": typeof types.FoundationMutationsNodeDocument,
    "mutation FoundationMutationsCollaborationParticipantRemove($c: ID!, $m: ID!) { collaborationParticipantRemove(input: { collaborationId: $c, municipalityId: $m, leftOn: \"2026-03-31\", correctionReason: \"Utträdet registrerades sent\" }) {\n      collaboration { participants { municipality { code } } all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } in2025: participants(asOf: \"2025-01-01\") { municipality { code } } }\n      userErrors { field code } } }": typeof types.FoundationMutationsCollaborationParticipantRemoveDocument,
    "mutation FoundationMutationsMunicipalityUpdate3($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Mellby kommun\" }) { userErrors { code } } }": typeof types.FoundationMutationsMunicipalityUpdate3Document,
    "mutation FoundationMutationsMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 9010 }) { userErrors { code } } }": typeof types.FoundationMutationsMunicipalityPopulationSetDocument,
    "query FoundationMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { totalCount nodes { at actorName operation changes { objectId kind fields { field before after } } } } }": typeof types.FoundationMutationsAuditLogDocument,
    "query FoundationMutationsAuditLog2 { auditLog { totalCount } }": typeof types.FoundationMutationsAuditLog2Document,
    "mutation FoundationMutationsMunicipalityCreate4 { municipalityCreate(input: { code: \"x\", name: \"\" }) { userErrors { code } } }": typeof types.FoundationMutationsMunicipalityCreate4Document,
    "query NationalMunicipality($code: String!) { municipality(code: $code) { applicationUsages { lifecyclePhase } } }": typeof types.NationalMunicipalityDocument,
    "query NationalAgreements { agreements(first: 100) { totalCount nodes { schedule { status } } } }": typeof types.NationalAgreementsDocument,
    "query NationalGovernanceReport { governanceReport { rules { code applicable compliant } } }": typeof types.NationalGovernanceReportDocument,
    "query NationalCompetenceRisk { competenceRisk(first: 10) { totalCount nodes { score specialistsLeaving } } }": typeof types.NationalCompetenceRiskDocument,
    "query NationalCollaborations { collaborations(first: 1) { totalCount } }": typeof types.NationalCollaborationsDocument,
    "query SeedTruthStatusBoard($asOf: LocalDate!, $participant: ID) { statusBoard(asOf: $asOf, first: 100, participant: $participant) { totalCount nodes {\n  collaboration { name application { category } collaborationBody { shortName } } level { ordinal name } participants { code } } } }": typeof types.SeedTruthStatusBoardDocument,
    "query SeedTruthRoleAssignments($kind: RoleKind!) { roleAssignments(kind: $kind, asOf: \"2008-06-01\", first: 100) { totalCount nodes { itUnit { name municipality { code } } } } }": typeof types.SeedTruthRoleAssignmentsDocument,
    "query SeedTruthCollaborations { collaborations(first: 100) { nodes { name all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } } } }": typeof types.SeedTruthCollaborationsDocument,
    "query SeedTruthCollaborations2 { collaborations(first: 100) { nodes { name collaborationBody { shortName } } } }": typeof types.SeedTruthCollaborations2Document,
    "query SeedTruthAgreements { agreements(kind: SAMVERKANSAVTAL, first: 100) { nodes { name municipalities { code } } } }": typeof types.SeedTruthAgreementsDocument,
    "query SeedTruthGovernanceReport($asOf: LocalDate!) { governanceReport(asOf: $asOf) { rules { code failures { label } } } }": typeof types.SeedTruthGovernanceReportDocument,
    "query SeedTruthRoleAssignments2($asOf: LocalDate!) { roleAssignments(asOf: $asOf, first: 100) { totalCount nodes { kind person { name municipality { code } } collaboration { collaborationBody { shortName } } itUnit { municipality { code } } } } }": typeof types.SeedTruthRoleAssignments2Document,
    "query FoundationSeedMunicipalities { municipalities(first: 20) { totalCount nodes { code name population(year: 2024) { year population } } } }": typeof types.FoundationSeedMunicipalitiesDocument,
    "query FoundationSeedMunicipality { municipality(code: \"1492\") { memberships { fromDate toDate collaborationBody { shortName } } } }": typeof types.FoundationSeedMunicipalityDocument,
    "query FoundationSeedCollaborationBodies { collaborationBodies { nodes { id } } }": typeof types.FoundationSeedCollaborationBodiesDocument,
    "query FoundationSeedMunicipalities2($body: ID!, $on: LocalDate) { municipalities(memberOf: $body, memberOn: $on) { nodes { code } } }": typeof types.FoundationSeedMunicipalities2Document,
    "query FoundationSeedCollaborationLevels { collaborationLevels { ordinal name } }": typeof types.FoundationSeedCollaborationLevelsDocument,
    "query FoundationSeedMunicipality2 { municipality(code: \"1785\") { id } }": typeof types.FoundationSeedMunicipality2Document,
    "query FoundationSeedCollaborations($m: ID!) { collaborations(participant: $m) { nodes { name application { category } } } }": typeof types.FoundationSeedCollaborationsDocument,
    "query FoundationSeedCollaborations2 { collaborations(minLevel: 4) { nodes { name level { ordinal } } } }": typeof types.FoundationSeedCollaborations2Document,
    "query FoundationSeedApplications { applications(category: CARE) { nodes { name } } }": typeof types.FoundationSeedApplicationsDocument,
    "query FoundationSeedApplications2($m: ID!) { applications(municipality: $m) { totalCount } }": typeof types.FoundationSeedApplications2Document,
    "query FoundationSeedApplications3($after: String) { applications(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { name } } }": typeof types.FoundationSeedApplications3Document,
    "query FoundationSeedApplications4 { applications(first: 100) { totalCount nodes { name } } }": typeof types.FoundationSeedApplications4Document,
    "query FoundationSeedCollaborations3 { collaborations(first: 1) { nodes { id name } } }": typeof types.FoundationSeedCollaborations3Document,
    "query FoundationSeedNode($id: ID!) { node(id: $id) { id ... on Collaboration { name } } }": typeof types.FoundationSeedNodeDocument,
    "query FoundationSeedNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.FoundationSeedNodesDocument,
    "query FoundationStatementsCollaborations { collaborations(first: 100) {\n  totalCount\n  nodes {\n    id name\n    application { name category }\n    host { code name population { population } }\n    operator { name municipality { code } }\n    level { ordinal name }\n    levelSince\n    participants { joinedOn municipality { code name } }\n    levelHistory { changedOn fromLevel { ordinal } toLevel { ordinal name } }\n  } } }": typeof types.FoundationStatementsCollaborationsDocument,
    "query FoundationStatementsMunicipalities { municipalities(first: 100) { nodes { code itUnits { name } applicationUsages { lifecyclePhase application { name } } memberships { fromDate } } } }": typeof types.FoundationStatementsMunicipalitiesDocument,
    "mutation SwedishMessagesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { field code message } } }": typeof types.SwedishMessagesWebhookEndpointCreateDocument,
    "mutation SwedishMessagesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id } userErrors { field code message } } }": typeof types.SwedishMessagesMunicipalityCreateDocument,
    "mutation SwedishMessagesCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { field code message } } }": typeof types.SwedishMessagesCollaborationBodyCreateDocument,
    "query SwedishMessagesMunicipalities { municipalities(countyCode: \"99\") { totalCount } }": typeof types.SwedishMessagesMunicipalitiesDocument,
    "query SwedishMessagesMunicipalities2 { municipalities(first: 1, last: 1) { totalCount } }": typeof types.SwedishMessagesMunicipalities2Document,
    "mutation SwedishMessagesItUnitCreate($input: ItUnitCreateInput!) { itUnitCreate(input: $input) { userErrors { code } } }": typeof types.SwedishMessagesItUnitCreateDocument,
    "query TokenExpiryViewer { viewer { role tokenExpiresAt } }": typeof types.TokenExpiryViewerDocument,
    "mutation CutoffUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }": typeof types.CutoffUsageUpdateDocument,
    "query CutoffReportObjects { governanceReport { rules { code failures { objectId object { ... on ApplicationUsage { userCount } } } } } }": typeof types.CutoffReportObjectsDocument,
    "mutation ReportCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }": typeof types.ReportCollaborationUpdateDocument,
    "query ReportApplicationUsages($m: ID) { applicationUsages(municipality: $m) { nodes { id application { name } } } }": typeof types.ReportApplicationUsagesDocument,
    "mutation ReportCollaborationBodyCreate { collaborationBodyCreate(input: { name: \"Dalby kommunalförbund\", shortName: \"DKF\" }) { collaborationBody { id } userErrors { code } } }": typeof types.ReportCollaborationBodyCreateDocument,
    "mutation ReportGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { field code } } }": typeof types.ReportGovernanceDocumentCreateDocument,
    "mutation ReportGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } } }": typeof types.ReportGovernanceDocumentUpdateDocument,
    "query ReportGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { asOf applicable compliant complianceRate\n  rules { code title source applicable compliant complianceRate failures { ruleCode objectId objectType label reason object { id __typename } } } } }": typeof types.ReportGovernanceReportDocument,
    "query ReportGovernanceReport2($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code failures { label object { id ... on ApplicationUsage { userCount } } } } } }": typeof types.ReportGovernanceReport2Document,
    "mutation ReportApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": typeof types.ReportApplicationUsageUpdateDocument,
    "mutation ReportRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }": typeof types.ReportRoleAssignDocument,
    "mutation ReportAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field code } } }": typeof types.ReportAgreementCreateDocument,
    "query ReportGovernanceDocuments { governanceDocuments(first: 100) { totalCount nodes { id title kind adoptedOn lastReviewedOn reviewIntervalMonths retiredOn nextReviewDue reviewOverdue municipality { code } collaborationBody { shortName } } } }": typeof types.ReportGovernanceDocumentsDocument,
    "mutation ReportGovernanceDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } governanceDocument { lastReviewedOn nextReviewDue reviewOverdue } } }": typeof types.ReportGovernanceDocumentUpdate2Document,
    "mutation ReportGovernanceDocumentCreate2($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { userErrors { field code } governanceDocument { reviewIntervalMonths nextReviewDue municipality { code } } } }": typeof types.ReportGovernanceDocumentCreate2Document,
    "mutation BackupRename($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Ödeby\" }) { userErrors { message } } }": typeof types.BackupRenameDocument,
    "query NamesMunicipalities($first: Int, $after: String) { municipalities(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }": typeof types.NamesMunicipalitiesDocument,
    "mutation NamesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { message } } }": typeof types.NamesMunicipalityCreateDocument,
    "mutation NamesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { userErrors { message } } }": typeof types.NamesApplicationCreateDocument,
    "query NamesMunicipality($code: String!) { municipality(code: $code) { people { name } } }": typeof types.NamesMunicipalityDocument,
    "query NamesMunicipality2 { municipality(code: \"9001\") { id } }": typeof types.NamesMunicipality2Document,
    "mutation NamesMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Östra Zeta\" }) { userErrors { message } } }": typeof types.NamesMunicipalityUpdateDocument,
    "query Names__type { __type(name: \"Query\") { fields { name args { name description } } } }": typeof types.Names__TypeDocument,
    "mutation ConcurrentWritesApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } applicationUsage { id userCount } } }": typeof types.ConcurrentWritesApplicationUsageUpdateDocument,
    "query ConcurrentWritesApplicationUsages { applicationUsages(first: 40) { nodes { id userCount } } }": typeof types.ConcurrentWritesApplicationUsagesDocument,
    "query ConcurrentWritesAuditLog { auditLog(first: 100, operation: \"applicationUsageUpdate\") { nodes { operation } } }": typeof types.ConcurrentWritesAuditLogDocument,
    "query CostLimitCollaborations { collaborations(first: 100) { nodes { participants { municipality { applicationUsages { application { usages { municipality { name code } } } } } } } } }": typeof types.CostLimitCollaborationsDocument,
    "mutation HttpAnswersMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }": typeof types.HttpAnswersMunicipalityUpdateDocument,
    "query HttpAnswersMunicipality($code: String!) { municipality(code: $code) { name } }": typeof types.HttpAnswersMunicipalityDocument,
    "query HttpAnswersMunicipalities($s: String) { municipalities(search: $s) { totalCount } }": typeof types.HttpAnswersMunicipalitiesDocument,
    "mutation HttpAnswersAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }": typeof types.HttpAnswersAgreementCreateDocument,
    "query HttpAnswersNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement { schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline latestPossibleEnd daysLeft } } } }": typeof types.HttpAnswersNodeDocument,
    "mutation HttpCachingCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { code } } }": typeof types.HttpCachingCreateDocument,
    "mutation HttpCachingMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }": typeof types.HttpCachingMunicipalityUpdateDocument,
    "mutation InputListsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { competenceNetwork { id } userErrors { field code } } }": typeof types.InputListsCompetenceNetworkCreateDocument,
    "query InputListsCompetenceNetworks { competenceNetworks { totalCount } }": typeof types.InputListsCompetenceNetworksDocument,
    "mutation InputListsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } } }": typeof types.InputListsAgreementCreateDocument,
    "mutation LateRegistrationWriteApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }": typeof types.LateRegistrationWriteApplicationCreateDocument,
    "mutation LateRegistrationWriteCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }": typeof types.LateRegistrationWriteCollaborationCreateDocument,
    "query LateRegistrationNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {\n  schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining procurementLeadTimeMonths }\n  collaborations(asOf: $asOf) { id } municipalities(asOf: $asOf) { code }\n} } }": typeof types.LateRegistrationNodeDocument,
    "mutation LateRegistrationWriteAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }": typeof types.LateRegistrationWriteAgreementCreateDocument,
    "mutation LateRegistrationWriteAgreementExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }": typeof types.LateRegistrationWriteAgreementExtendDocument,
    "mutation LateRegistrationWriteAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }": typeof types.LateRegistrationWriteAgreementUpdateDocument,
    "mutation LateRegistrationWriteAgreementCreate2($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }": typeof types.LateRegistrationWriteAgreementCreate2Document,
    "query LateRegistrationStatusBoard { statusBoard(asOf: \"2026-01-01\", first: 100) { nodes { collaboration { id } agreements { decisionDeadline status agreement { name } } } } }": typeof types.LateRegistrationStatusBoardDocument,
    "query LateRegistrationAuditLog { auditLog(operation: \"agreementCreate\") { nodes { correctionReason } } }": typeof types.LateRegistrationAuditLogDocument,
    "mutation LateRegistrationAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }": typeof types.LateRegistrationAgreementCreateDocument,
    "mutation LateRegistrationWriteCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.LateRegistrationWriteCollaborationLevelSetDocument,
    "mutation LateRegistrationWriteCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.LateRegistrationWriteCollaborationLevelSet2Document,
    "query LateRegistrationNode2($id: ID!) { node(id: $id) { ... on Collaboration { levelOn(date: \"2023-06-01\") { ordinal } levelHistory { id changedOn fromLevel { ordinal } toLevel { ordinal } } } } }": typeof types.LateRegistrationNode2Document,
    "query LateRegistrationNode3($id: ID!) { node(id: $id) { ... on LevelChange { fromLevel { ordinal } } } }": typeof types.LateRegistrationNode3Document,
    "query TimeTravelBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { totalCount nodes {\n  collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } host { code } operator { name }\n  systemOwners { fromDate toDate person { name } } systemResponsibles { person { name } }\n  agreements { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed procurementLeadTimeMonths agreement { name } }\n  nextDeadline { date kind agreement { name } } needsAttention\n  openGaps { ruleCode label reason }\n} } }": typeof types.TimeTravelBoardDocument,
    "query TimeTravelGovernance($asOf: LocalDate) { governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { label reason } } } }": typeof types.TimeTravelGovernanceDocument,
    "query TimeTravelRisk($asOf: LocalDate) { competenceRisk(asOf: $asOf, first: 100) { totalCount nodes { label score level specialistCount specialistsLeaving reasons { code contribution explanation } } } }": typeof types.TimeTravelRiskDocument,
    "query TimeTravelAgreements($asOf: LocalDate) { agreements(asOf: $asOf, first: 100) { totalCount nodes { name\n  municipalities(asOf: $asOf) { code } itUnits(asOf: $asOf) { name } applications(asOf: $asOf) { name } collaborations(asOf: $asOf) { name }\n  schedule(asOf: $asOf) { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining latestPossibleEnd procurementLeadTimeMonths } } } }": typeof types.TimeTravelAgreementsDocument,
    "query TimeTravelUsages($asOf: LocalDate) { applicationUsages(asOf: $asOf, first: 100) { totalCount nodes { id lifecyclePhase functionalFit technicalFit userCount annualCostOre itUnit { name } } } }": typeof types.TimeTravelUsagesDocument,
    "query TimeTravelCollaborations($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } participants(asOf: $asOf) { municipality { code } } roles(asOf: $asOf) { kind person { name } } } } }": typeof types.TimeTravelCollaborationsDocument,
    "mutation TimeTravelLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelLevelSetDocument,
    "mutation TimeTravelCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelCollaborationUpdateDocument,
    "mutation TimeTravelParticipantAdd($input: CollaborationParticipantAddInput!) { collaborationParticipantAdd(input: $input) { userErrors { code } } }": typeof types.TimeTravelParticipantAddDocument,
    "mutation TimeTravelParticipantRemove($input: CollaborationParticipantRemoveInput!) { collaborationParticipantRemove(input: $input) { userErrors { code } } }": typeof types.TimeTravelParticipantRemoveDocument,
    "mutation TimeTravelUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelUsageUpdateDocument,
    "mutation TimeTravelAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelAgreementUpdateDocument,
    "mutation TimeTravelGiveNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { userErrors { code } } }": typeof types.TimeTravelGiveNoticeDocument,
    "mutation TimeTravelTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { userErrors { code } } }": typeof types.TimeTravelTerminateDocument,
    "query TimeTravelRoles($id: ID!) { node(id: $id) { ... on Collaboration { roles { id kind } } } }": typeof types.TimeTravelRolesDocument,
    "mutation TimeTravelRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }": typeof types.TimeTravelRoleEndDocument,
    "query TimeTravelPeople { people(first: 100) { nodes { id name competences { level application { id } } } } }": typeof types.TimeTravelPeopleDocument,
    "mutation TimeTravelCompetenceSet($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelCompetenceSetDocument,
    "mutation TimeTravelLeaveSet($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelLeaveSetDocument,
    "query TimeTravelPlans { trainingPlans(first: 100) { nodes { id } } }": typeof types.TimeTravelPlansDocument,
    "mutation TimeTravelPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelPlanUpdateDocument,
    "mutation TimeTravelPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { userErrors { code } } }": typeof types.TimeTravelPlanCreateDocument,
    "query TimeTravelDocuments { governanceDocuments(first: 100) { nodes { id } } }": typeof types.TimeTravelDocumentsDocument,
    "mutation TimeTravelDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelDocumentUpdateDocument,
    "query TimeTravelCovering($asOf: LocalDate, $c: ID) { agreements(asOf: $asOf, collaboration: $c, first: 100) { nodes { name } } }": typeof types.TimeTravelCoveringDocument,
    "mutation TimeTravelCorrection($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelCorrectionDocument,
    "query TimeTravelAudit { auditLog(operation: \"collaborationLevelSet\") { nodes { correctionReason changes { objectType } } } }": typeof types.TimeTravelAuditDocument,
    "query TimeTravelPerson { people(first: 100) { nodes { id municipality { code } competences { level application { id } } } } }": typeof types.TimeTravelPersonDocument,
    "mutation TimeTravelApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }": typeof types.TimeTravelApplicationCreateDocument,
    "mutation TimeTravelCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }": typeof types.TimeTravelCollaborationCreateDocument,
    "mutation TimeTravelAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }": typeof types.TimeTravelAgreementCreateDocument,
    "mutation TimeTravelUsageCreate($input: ApplicationUsageCreateInput!) { applicationUsageCreate(input: $input) { applicationUsage { id } userErrors { code } } }": typeof types.TimeTravelUsageCreateDocument,
    "mutation TimeTravelLatePlan($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { id } userErrors { code } } }": typeof types.TimeTravelLatePlanDocument,
    "mutation TimeTravelDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { code } } }": typeof types.TimeTravelDocumentCreateDocument,
    "mutation TimeTravelRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id } userErrors { code } } }": typeof types.TimeTravelRoleAssignDocument,
    "mutation TimeTravelCollaborationUpdate2($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelCollaborationUpdate2Document,
    "mutation TimeTravelLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelLevelSet2Document,
    "mutation TimeTravelExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }": typeof types.TimeTravelExtendDocument,
    "mutation TimeTravelAgreementUpdate2($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelAgreementUpdate2Document,
    "mutation TimeTravelUsageUpdate2($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelUsageUpdate2Document,
    "mutation TimeTravelCompetenceSet2($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelCompetenceSet2Document,
    "mutation TimeTravelLeaveSet2($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }": typeof types.TimeTravelLeaveSet2Document,
    "mutation TimeTravelPlanUpdate2($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelPlanUpdate2Document,
    "mutation TimeTravelDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }": typeof types.TimeTravelDocumentUpdate2Document,
    "mutation TimeTravelRoleEnd2($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }": typeof types.TimeTravelRoleEnd2Document,
    "query TimeTravelSchedule($id: ID!) { node(id: $id) { ... on Agreement { schedule { currentTermEnd extensionsUsed procurementLeadTimeMonths } } } }": typeof types.TimeTravelScheduleDocument,
    "query TimeTravelInPhase($asOf: LocalDate, $phase: LifecyclePhase) { applicationUsages(asOf: $asOf, lifecyclePhase: $phase, first: 100) { nodes { id } } }": typeof types.TimeTravelInPhaseDocument,
    "mutation TimeTravelBackDated($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { field code } } }": typeof types.TimeTravelBackDatedDocument,
    "query KitMunicipalities { municipalities { totalCount } collaborations { totalCount } agreements { totalCount } collaborationLevels { ordinal } }": typeof types.KitMunicipalitiesDocument,
    "mutation KitRename($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }": typeof types.KitRenameDocument,
    "query KitLevels {\n  collaborationLevels {\n    id\n    ordinal\n    name\n  }\n}\n\nmutation KitMunicipality($input: MunicipalityCreateInput!) {\n  municipalityCreate(input: $input) {\n    municipality {\n      id\n      code\n      name\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitItUnit($input: ItUnitCreateInput!) {\n  itUnitCreate(input: $input) {\n    itUnit {\n      id\n      name\n      kind\n      municipality {\n        id\n        code\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitApplication($input: ApplicationCreateInput!) {\n  applicationCreate(input: $input) {\n    application {\n      id\n      name\n      category\n      scope\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitUsage($input: ApplicationUsageCreateInput!) {\n  applicationUsageCreate(input: $input) {\n    applicationUsage {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCollaboration($input: CollaborationCreateInput!) {\n  collaborationCreate(input: $input) {\n    collaboration {\n      id\n      name\n      startedOn\n      level {\n        id\n        ordinal\n      }\n      application {\n        id\n        name\n      }\n      host {\n        id\n        code\n      }\n      participants {\n        municipality {\n          id\n          code\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitAgreement($input: AgreementCreateInput!) {\n  agreementCreate(input: $input) {\n    agreement {\n      id\n      name\n      kind\n      startDate\n      endDate\n      status\n      noticeDeadline\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitPerson($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      municipality {\n        id\n        code\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitLevelSet($input: CollaborationLevelSetInput!) {\n  collaborationLevelSet(input: $input) {\n    collaboration {\n      id\n      level {\n        ordinal\n      }\n      levelHistory {\n        changedOn\n        toLevel {\n          ordinal\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nquery KitAuditLog {\n  auditLog(first: 100) {\n    totalCount\n    nodes {\n      operation\n      correctionReason\n    }\n  }\n}\n\nmutation KitCompetence($input: CompetenceSetInput!) {\n  competenceSet(input: $input) {\n    competence {\n      id\n      level\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitPlannedLeave($input: PersonPlannedLeaveSetInput!) {\n  personPlannedLeaveSet(input: $input) {\n    person {\n      id\n      plannedLeave\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitChangeFreeze($input: ChangeFreezeCreateInput!) {\n  changeFreezeCreate(input: $input) {\n    changeFreeze {\n      id\n      name\n      kind\n      category\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCompetenceNetwork($input: CompetenceNetworkCreateInput!) {\n  competenceNetworkCreate(input: $input) {\n    competenceNetwork {\n      id\n      name\n      category\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitTrainingPlan($input: TrainingPlanCreateInput!) {\n  trainingPlanCreate(input: $input) {\n    trainingPlan {\n      id\n      name\n      target\n      reviewedOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitTrainingActivity($input: TrainingActivityAddInput!) {\n  trainingActivityAdd(input: $input) {\n    trainingActivity {\n      id\n      title\n      heldOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitRole($input: RoleAssignInput!) {\n  roleAssign(input: $input) {\n    roleAssignment {\n      id\n      kind\n      fromDate\n      toDate\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitParticipantAdd($input: CollaborationParticipantAddInput!) {\n  collaborationParticipantAdd(input: $input) {\n    collaboration {\n      id\n      participants {\n        municipality {\n          id\n          code\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCollaborationBody($input: CollaborationBodyCreateInput!) {\n  collaborationBodyCreate(input: $input) {\n    collaborationBody {\n      id\n      name\n      shortName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitGovernanceDocument($input: GovernanceDocumentCreateInput!) {\n  governanceDocumentCreate(input: $input) {\n    governanceDocument {\n      id\n      title\n      kind\n      adoptedOn\n      lastReviewedOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": typeof types.KitLevelsDocument,
    "mutation PopulationImportMunicipalityPopulationsImport($input: MunicipalityPopulationsImportInput!) { municipalityPopulationsImport(input: $input) {\n  plan { applied newCount changedCount unchangedCount skippedRegions notInDatabase problems { line column code message } rows { code name year before after action } }\n  userErrors { field code message } } }": typeof types.PopulationImportMunicipalityPopulationsImportDocument,
    "query PopulationImportMunicipality($code: String!) { municipality(code: $code) { populations { year population } } }": typeof types.PopulationImportMunicipalityDocument,
    "query PopulationImportAuditLog($id: ID!) { auditLog(objectId: $id, operation: \"municipalityPopulationsImport\", first: 1) { nodes { operation actorName changes { objectId fields { field before after } } } } }": typeof types.PopulationImportAuditLogDocument,
    "mutation PopulationImportMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 11000 }) { userErrors { code } } }": typeof types.PopulationImportMunicipalityPopulationSetDocument,
    "mutation PopulationImportMunicipalityCreate { municipalityCreate(input: { code: \"1917\", name: \"Heby\" }) { municipality { id } } }": typeof types.PopulationImportMunicipalityCreateDocument,
    "mutation PopulationImportMunicipalityCodeChange($id: ID!) { municipalityCodeChange(input: { id: $id, code: \"0331\", validFrom: \"2007-01-01\" }) { userErrors { code } } }": typeof types.PopulationImportMunicipalityCodeChangeDocument,
    "query ReferenceMunicipalities { municipalities(first: 1) { totalCount } counties { code name shortName } collaborations { totalCount } collaborationLevels { ordinal }\n        municipality(code: \"1460\") { name county countyCode populations { year population } itUnits { name } } }": typeof types.ReferenceMunicipalitiesDocument,
    "query ReferencePage($first: Int) { municipalities(first: $first) { nodes { code countyCode formerCodes { code } populations { year } } } }": typeof types.ReferencePageDocument,
    "query ReferenceMunicipalities2 { municipalities(countyCode: \"17\", first: 100) { totalCount nodes { code name } } }": typeof types.ReferenceMunicipalities2Document,
    "query ReferenceMunicipalities3 { municipalities(countyCode: \"14\", search: \"ed\") { nodes { name } } }": typeof types.ReferenceMunicipalities3Document,
    "query ReferenceMunicipalities4($c: String) { municipalities(countyCode: $c) { totalCount } }": typeof types.ReferenceMunicipalities4Document,
    "query ReferenceMunicipalities5 { municipalities(first: 1) { totalCount } collaborations { totalCount } collaborationLevels { ordinal }\n        municipality(code: \"1492\") { countyCode populations { year population } itUnits { name } } }": typeof types.ReferenceMunicipalities5Document,
    "query ReferenceMunicipalities6 { municipalities { nodes { code countyCode } } }": typeof types.ReferenceMunicipalities6Document,
    "mutation ReferenceMunicipalityCreate { municipalityCreate(input: { code: \"2180\" }) { municipality { code name county countyCode populations { year population } } userErrors { code } } }": typeof types.ReferenceMunicipalityCreateDocument,
    "query ReferenceMunicipalities7 { municipalities(countyCode: \"21\") { totalCount } }": typeof types.ReferenceMunicipalities7Document,
    "mutation ReferenceMunicipalityCreate2 { municipalityCreate(input: { code: \"9998\" }) { municipality { id } userErrors { field code message } } }": typeof types.ReferenceMunicipalityCreate2Document,
    "mutation ReferenceMunicipalityCreate3 { municipalityCreate(input: { code: \"9998\", name: \"Provkommun\", county: \"Provlän\" }) { municipality { name county countyCode populations { year } } userErrors { code } } }": typeof types.ReferenceMunicipalityCreate3Document,
    "mutation ReferenceMunicipalityUpdate($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county countyCode } userErrors { code } } }": typeof types.ReferenceMunicipalityUpdateDocument,
    "mutation ReferenceMunicipalityCreate4 { municipalityCreate(input: { code: \"1917\", name: \"Heby\", county: \"Västmanlands län\" }) { municipality { id } userErrors { code } } }": typeof types.ReferenceMunicipalityCreate4Document,
    "mutation ReferenceMunicipalityCodeChange($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) {\n      municipality { code codeValidFrom formerCodes { code validFrom validTo } } userErrors { field code message } } }": typeof types.ReferenceMunicipalityCodeChangeDocument,
    "query ReferenceMunicipality($code: String!, $on: LocalDate) { municipality(code: $code, on: $on) { name code } }": typeof types.ReferenceMunicipalityDocument,
    "query ReferenceAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": typeof types.ReferenceAuditLogDocument,
    "mutation ReferenceMunicipalityCodeChange2($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) { municipality { code } userErrors { field code } } }": typeof types.ReferenceMunicipalityCodeChange2Document,
    "query ReferenceNode($id: ID!) { node(id: $id) { ... on Municipality { code formerCodes { code validTo } } } }": typeof types.ReferenceNodeDocument,
    "query BrowserRecommendationDecisions { recommendationDecisions(status: REJECTED) { nodes { id reason decidedBy } } }": typeof types.BrowserRecommendationDecisionsDocument,
    "query BrowserAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }": typeof types.BrowserAuditLogDocument,
    "mutation CompetenceGovernancePagesCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { userErrors { message } } }": typeof types.CompetenceGovernancePagesCompetenceNetworkCreateDocument,
    "query CompetenceGovernancePagesCompetenceRisk { competenceRisk(first: 100) { nodes { label score application { name } collaboration { id } } } }": typeof types.CompetenceGovernancePagesCompetenceRiskDocument,
    "query CompetenceGovernancePagesGovernanceReport { governanceReport { compliant applicable rules { title failures { label objectType } } } }": typeof types.CompetenceGovernancePagesGovernanceReportDocument,
    "query ImportPageMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } userCount } } }": typeof types.ImportPageMunicipalityDocument,
    "query ImportPageAuditLog { auditLog(first: 20) { nodes { operation } } }": typeof types.ImportPageAuditLogDocument,
    "query MunicipalityPageMunicipality($code: String!, $ref: ID!) {\n  municipality(code: $code) { name applicationUsages { application { name } userCount } participations { collaboration { id name } } }\n  agreements(municipality: $ref, first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } }\n  competenceRisk(municipality: $ref, first: 100) { nodes { label } }\n}": typeof types.MunicipalityPageMunicipalityDocument,
    "query MunicipalityPageAgreements { agreements(first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } } }": typeof types.MunicipalityPageAgreementsDocument,
    "query NeedsPageNeedRegistrations { needRegistrations(first: 100) { nodes { id category neededBy description budgetFrameOre municipality { code } choice { kind reason } } } }": typeof types.NeedsPageNeedRegistrationsDocument,
    "mutation NeedsPageWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { userErrors { code } } }": typeof types.NeedsPageWebhookEndpointCreateDocument,
    "query NeedsPageApplications { applications(first: 100, search: \"ByggR\") { nodes { id name } } }": typeof types.NeedsPageApplicationsDocument,
    "mutation NeedsPageAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { code } } }": typeof types.NeedsPageAgreementCreateDocument,
    "mutation PagesBrowserCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { message } } }": typeof types.PagesBrowserCollaborationBodyCreateDocument,
    "mutation PagesBrowserMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }": typeof types.PagesBrowserMembershipStartDocument,
    "query PagesBrowserCollaborationCandidates { collaborationCandidates(first: 5) { nodes { id } } }": typeof types.PagesBrowserCollaborationCandidatesDocument,
    "query PagesBrowserMunicipality($c: String!) { municipality(code: $c) { applicationUsages { application { name } userCount } } }": typeof types.PagesBrowserMunicipalityDocument,
    "query PagesBrowserAuditLog { auditLog(first: 50) { nodes { operation actorName } } }": typeof types.PagesBrowserAuditLogDocument,
    "query PagesBrowserRecommendationDecisions { recommendationDecisions { nodes { reason } } }": typeof types.PagesBrowserRecommendationDecisionsDocument,
    "query PlansBrowserCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }": typeof types.PlansBrowserCollaborationCandidatesDocument,
    "mutation PlansBrowserRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }": typeof types.PlansBrowserRecommendationDecideDocument,
    "query PlansBrowserCollaborationBodies { collaborationBodies { nodes { id shortName } } }": typeof types.PlansBrowserCollaborationBodiesDocument,
    "mutation PlansBrowserImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { html } } }": typeof types.PlansBrowserImplementationPlanIssueDocument,
    "query RecommendationsPageCollaborationCandidates($asOf: LocalDate, $municipality: ID, $trigger: RecommendationTrigger, $orderBy: CollaborationCandidateOrder) {\n  collaborationCandidates(asOf: $asOf, municipality: $municipality, trigger: $trigger, orderBy: $orderBy, first: 100) {\n    totalCount nodes { id kind score summary drivingDeadline proposedApplication { name } participants { code } targetLevel { ordinal name } }\n  }\n}": typeof types.RecommendationsPageCollaborationCandidatesDocument,
    "query RecommendationsPageRecommendationDecisions { recommendationDecisions(first: 100) { nodes { id status reason decidedBy deferredUntil candidateKey } } }": typeof types.RecommendationsPageRecommendationDecisionsDocument,
    "query RecommendationsPageAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }": typeof types.RecommendationsPageAuditLogDocument,
    "query SigninCollaborations { collaborations { totalCount } }": typeof types.SigninCollaborationsDocument,
    "query StatusPageSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {\n  collaboration { name } level { ordinal name } openGaps { reason } nextDeadline { date daysLeft }\n} }": typeof types.StatusPageSharedSystemStatusDocument,
    "query SystemPageCollaborations($asOf: LocalDate) { collaborations(first: 100) { nodes {\n  id name startedOn\n  levelHistory { changedOn decisionReference }\n  participants(includeFormer: true) { municipality { name } joinedOn leftOn }\n  roles { kind person { name } }\n  statusBoardRow(asOf: $asOf) { agreements { agreement { name } decisionDeadline noticeDeadline } openGaps { reason } }\n} }\ncollaborationCandidates(includeHidden: true, first: 100) { nodes { id summary collaboration { id } } } }": typeof types.SystemPageCollaborationsDocument,
    "query SystemPageMunicipalities { municipalities(first: 1) { nodes { id } } }": typeof types.SystemPageMunicipalitiesDocument,
    "query BudgetDigestCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id category } } }": typeof types.BudgetDigestCollaborationCandidatesDocument,
    "mutation BudgetDigestRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }": typeof types.BudgetDigestRecommendationDecideDocument,
    "mutation BudgetDigestImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version } userErrors { code } } }": typeof types.BudgetDigestImplementationPlanIssueDocument,
    "query KeptFreshImplementationPlan($body: ID!) { implementationPlan(body: $body, from: \"2026-01-01\", to: \"2030-12-31\") { items { decisionId oneOff { kind amountOre estimated } } budgetNotices { code budgetDecidedBy } } }": typeof types.KeptFreshImplementationPlanDocument,
    "query KeptFreshCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }": typeof types.KeptFreshCollaborationCandidatesDocument,
    "mutation KeptFreshRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id } userErrors { code } } }": typeof types.KeptFreshRecommendationDecideDocument,
    "mutation KeptFreshDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { userErrors { code } } }": typeof types.KeptFreshDecisionCostsSetDocument,
    "mutation KeptFreshBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { userErrors { code } } }": typeof types.KeptFreshBudgetCalendarSetDocument,
    "query PlansPlanCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key category participants { id code } } } }": typeof types.PlansPlanCollaborationCandidatesDocument,
    "mutation PlansPlanRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id status } userErrors { field code message } } }": typeof types.PlansPlanRecommendationDecideDocument,
    "query PlansPlanImplementationPlan($body: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {\n  implementationPlan(body: $body, from: $from, to: $to, asOf: $asOf) {\n    asOf bodyName from to oneOffTotalOre annualBeforeOre annualAfterOre\n    items {\n      decisionId decidedOn system category collaboration currentLevel targetLevel targetLevelName costKey systemOwners operator\n      window { decisionOn leadMonths earliestStart lengthDays start end avoidedFreezes }\n      annualBeforeOre oneOffTotalOre\n      annualAfter { kind amountOre estimated basis budgetYear shares { code amountOre } }\n      oneOff { kind amountOre estimated basis budgetYear shares { code amountOre } }\n      municipalities { code name annualBeforeOre annualAfterOre annualChangeOre oneOffOre oneOffBudgetYear annualBudgetYear budgetDecidedBy inTime }\n    }\n    municipalities { code annualBeforeOre annualAfterOre annualChangeOre oneOffOre }\n    budgetNotices { code name budgetDecidedBy inTime lines { decisionId system what kind budgetYear amountOre estimated } years { year amountOre } }\n  } }": typeof types.PlansPlanImplementationPlanDocument,
    "mutation PlansPlanImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version sha256 issuedOn html csv path } userErrors { field code message } } }": typeof types.PlansPlanImplementationPlanIssueDocument,
    "mutation PlansPlanDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { decision { id } userErrors { field code message } } }": typeof types.PlansPlanDecisionCostsSetDocument,
    "query PlansPlanMunicipalities { municipalities(first: 100) { nodes { code id } } }": typeof types.PlansPlanMunicipalitiesDocument,
    "mutation PlansPlanBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { municipality { code } userErrors { code } } }": typeof types.PlansPlanBudgetCalendarSetDocument,
    "query PlansPlanImplementationPlanIssues($b: ID!, $f: LocalDate!, $t: LocalDate!) { implementationPlanIssues(body: $b, from: $f, to: $t) { version sha256 html } }": typeof types.PlansPlanImplementationPlanIssuesDocument,
    "query WhatifWhatIf($input: WhatIfInput!) { whatIf(input: $input) {\n  change municipalityCode municipalityName scope from summary\n  costSplits { agreementId agreement key totalOre problem shares { code name beforeOre afterOre changeOre } }\n  agreements { agreement kind referenceNumber change noticeDeadline decisionDeadline currentTermEnd noticeDeadlinePassed }\n  systems { collaboration application level levelName participantsBefore participantsAfter fallsBelowLevel consequences specialistsBefore specialistsAfter specialistsLost rolesLost }\n  window { start end avoidedFreezes }\n} }": typeof types.WhatifWhatIfDocument,
    "mutation WhatifAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { field code message } } }": typeof types.WhatifAgreementUpdateDocument,
    "mutation WhatifWhatIfDecisionRecord($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id change from scenario summary resultSha256 reason decisionReference decidedOn } userErrors { field code message } } }": typeof types.WhatifWhatIfDecisionRecordDocument,
    "query WhatifWhatIfDecisions { whatIfDecisions { id } }": typeof types.WhatifWhatIfDecisionsDocument,
    "mutation WhatifWhatIfDecisionRecord2($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id } userErrors { field code } } }": typeof types.WhatifWhatIfDecisionRecord2Document,
    "query CandidateIdentityCollaborationCandidates($asOf: LocalDate) { collaborationCandidates(first: 100, asOf: $asOf, includeHidden: true) { nodes { id key asOf score hidden } } }": typeof types.CandidateIdentityCollaborationCandidatesDocument,
    "query CandidateIdentityNode($id: ID!) { node(id: $id) { __typename id ... on CollaborationCandidate { key asOf score hidden decision { status } } } }": typeof types.CandidateIdentityNodeDocument,
    "mutation CandidateIdentityRecommendationDecide($input: RecommendationDecideInput!) {\n  recommendationDecide(input: $input) { decision { status } candidate { id key asOf hidden decision { status reason } } userErrors { code } } }": typeof types.CandidateIdentityRecommendationDecideDocument,
    "query CandidateIdentityCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key category } } }": typeof types.CandidateIdentityCollaborationCandidates2Document,
    "query CandidateIdentityNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on CollaborationCandidate { score } } }": typeof types.CandidateIdentityNodesDocument,
    "query CandidatesCollaborationCandidates($asOf: LocalDate, $m: ID, $hidden: Boolean) {\n  collaborationCandidates(first: 100, asOf: $asOf, municipality: $m, includeHidden: $hidden) {\n    totalCount\n    nodes {\n      id key kind category score summary explanation hidden changesSinceDecision drivingDeadline combinedAnnualCostSek targetLevelReason proposalReason viewerCanDecide\n      participants { code } joiningMunicipalities { code } applications { name } proposedApplication { name }\n      collaboration { name } currentLevel { ordinal } targetLevel { ordinal name } drivingAgreement { name }\n      contributions { trigger weight points explanation evidence { objectId objectType label detail lastChangedOn object { id } } }\n      costSplit { municipality { code } population amountOre }\n      transitionWindow { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }\n      decision { status reason decidedOn decidedBy } decisionHistory { status decidedOn }\n    }\n  } }": typeof types.CandidatesCollaborationCandidatesDocument,
    "mutation CandidatesRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { status reason decidedOn decidedBy candidateKey participants { code } } userErrors { field code message } } }": typeof types.CandidatesRecommendationDecideDocument,
    "query CandidatesRecommendationDecisions { recommendationDecisions { totalCount } }": typeof types.CandidatesRecommendationDecisionsDocument,
    "query CandidatesAuditLog { auditLog(operation: \"recommendationDecide\") { totalCount } }": typeof types.CandidatesAuditLogDocument,
    "mutation CandidatesApplicationUsageUpdate($id: ID!) { applicationUsageUpdate(input: { id: $id, functionalFit: 1 }) { userErrors { code } } }": typeof types.CandidatesApplicationUsageUpdateDocument,
    "query CandidatesRecommendationDecisions2 { recommendationDecisions(from: \"2026-01-01\") { totalCount nodes { status summary decidedBy municipality { code } } } }": typeof types.CandidatesRecommendationDecisions2Document,
    "query FollowUpRecommendationDecisions { recommendationDecisions(first: 10) { nodes { id status decidedOn\n  expectedEffects { expectedCostPerInhabitantOre expectedLevel expectedCompetenceRiskScore expectedProductCount recordedOn }\n  followUp { atDecision { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }\n    points { monthsAfter date reached costRose realised { costPerInhabitantOre levelOrdinal competenceRiskScore productCount } } } } } }": typeof types.FollowUpRecommendationDecisionsDocument,
    "mutation FollowUpDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { decisionEffect { expectedLevel } userErrors { field code message } } }": typeof types.FollowUpDecisionEffectsRecordDocument,
    "query FollowUpMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id application { name } annualCostOre } } }": typeof types.FollowUpMunicipalityDocument,
    "mutation FollowUpApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": typeof types.FollowUpApplicationUsageUpdateDocument,
    "query FollowUpCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }": typeof types.FollowUpCollaborationCandidatesDocument,
    "query FollowUpAnnualReport { annualReport(year: 2026) { followUps { costRose decisions { subject points { monthsAfter costRose } } } } }": typeof types.FollowUpAnnualReportDocument,
    "query FollowUpNode($id: ID!) { node(id: $id) { ... on RecommendationDecision { followUp { points { date } } } } }": typeof types.FollowUpNodeDocument,
    "query FreezeExceptionsCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }": typeof types.FreezeExceptionsCollaborationCandidatesDocument,
    "mutation FreezeExceptionsChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id announcedOn announcedLate } userErrors { field code } } }": typeof types.FreezeExceptionsChangeFreezeCreateDocument,
    "mutation FreezeExceptionsFreezeExceptionRequest($input: FreezeExceptionRequestInput!) { freezeExceptionRequest(input: $input) { freezeException { id kind status fromDate toDate requestedOn requestedBy } userErrors { field code message } } }": typeof types.FreezeExceptionsFreezeExceptionRequestDocument,
    "mutation FreezeExceptionsFreezeExceptionDecide($input: FreezeExceptionDecideInput!) { freezeExceptionDecide(input: $input) { freezeException { id status decidedOn decisionReason } userErrors { field code message } } }": typeof types.FreezeExceptionsFreezeExceptionDecideDocument,
    "query FreezeExceptionsCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }": typeof types.FreezeExceptionsCollaborationCandidates2Document,
    "query FreezeExceptionsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": typeof types.FreezeExceptionsAuditLogDocument,
    "query FreezeExceptionsCollaborationCandidates3 { collaborationCandidates(first: 100, asOf: \"2026-06-14\") { nodes { key transitionWindow { start } } } }": typeof types.FreezeExceptionsCollaborationCandidates3Document,
    "query FreezeExceptionsNode($id: ID!) { node(id: $id) { ... on ChangeFreeze { exceptions { status kind rollbackPlan } } } freezeExceptions(status: APPROVED) { totalCount } }": typeof types.FreezeExceptionsNodeDocument,
    "query FreezeExceptionsChangeFreezes { changeFreezes(first: 100) { nodes { name announcedLate } } }": typeof types.FreezeExceptionsChangeFreezesDocument,
    "mutation NeedsVocabularyVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { userErrors { code } } }": typeof types.NeedsVocabularyVocabularyTermCreateDocument,
    "mutation NeedsVocabularyApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name vendor category scope } userErrors { code } } }": typeof types.NeedsVocabularyApplicationCreateDocument,
    "mutation NeedsVocabularyNeedRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { id category categoryCode answer { summary matches { municipality { name } application { name } } options { kind } } } userErrors { field code } } }": typeof types.NeedsVocabularyNeedRegisterDocument,
    "fragment NeedsNeed on NeedRegistration { id category neededBy description budgetFrameOre registeredOn registeredBy viewerCanChoose municipality { code }\n  answer { asOf summary\n    matches { inSameBody lifecyclePhase functionalFit technicalFit userCount annualCostOre municipality { code } application { name } collaboration { name } level { ordinal }\n      agreements { name decisionDeadline nearNeed agreement { id } } }\n    deadlinesNearNeed { name decisionDeadline }\n    options { key kind summary meetsNeededBy annualCostOre partners { code } collaboration { name } application { name }\n      window { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }\n      costSplit { municipality { code } population amountOre } } }\n  choice { key kind summary reason decidedOn decidedBy partners { code } window { start end } } }": typeof types.NeedsNeedFragmentDoc,
    "mutation NeedsRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }": typeof types.NeedsRegisterDocument,
    "mutation NeedsChoose($input: NeedChooseInput!) { needChoose(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }": typeof types.NeedsChooseDocument,
    "mutation NeedsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id decisionDeadline } userErrors { code } } }": typeof types.NeedsAgreementCreateDocument,
    "mutation NeedsWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { code } } }": typeof types.NeedsWebhookEndpointCreateDocument,
    "query NeedsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": typeof types.NeedsAuditLogDocument,
    "query NeedsNeedRegistrations($m: ID) { needRegistrations(municipality: $m) { totalCount nodes { id choice { kind } } } }": typeof types.NeedsNeedRegistrationsDocument,
    "query NeedsNeedRegistrations2($m: ID) { needRegistrations(municipality: $m) { totalCount } }": typeof types.NeedsNeedRegistrations2Document,
    "query SettingsFreezesCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }": typeof types.SettingsFreezesCollaborationCandidatesDocument,
    "query SettingsFreezesTriggerSettings { triggerSettings { id agreementHorizonMonths poorFitThreshold competenceRiskMinScore jointLevel weightSameApplication transitionWindowDays } }": typeof types.SettingsFreezesTriggerSettingsDocument,
    "mutation SettingsFreezesTriggerSettingsUpdate($input: TriggerSettingsUpdateInput!) { triggerSettingsUpdate(input: $input) { triggerSettings { weightSameApplication poorFitThreshold } userErrors { field code } } }": typeof types.SettingsFreezesTriggerSettingsUpdateDocument,
    "query SettingsFreezesCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key score contributions { trigger weight } } } }": typeof types.SettingsFreezesCollaborationCandidates2Document,
    "query SettingsFreezesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field before after } } } } }": typeof types.SettingsFreezesAuditLogDocument,
    "mutation SettingsFreezesChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id name kind category periods(year: 2026) { from to } municipality { code } } userErrors { field code } } }": typeof types.SettingsFreezesChangeFreezeCreateDocument,
    "query SettingsFreezesChangeFreezes($m: ID) { changeFreezes(municipality: $m, first: 100) { totalCount nodes { name kind category fromWeek toWeek fromMonthDay toMonthDay periods(year: 2026) { from to } } } }": typeof types.SettingsFreezesChangeFreezesDocument,
    "query SettingsFreezesChangeFreezes2($m: ID) { changeFreezes(municipality: $m) { totalCount } }": typeof types.SettingsFreezesChangeFreezes2Document,
    "query SettingsFreezesMunicipality { municipality(code: \"1492\") { changeFreezes { name kind fromDate toDate } } }": typeof types.SettingsFreezesMunicipalityDocument,
    "mutation SettingsFreezesChangeFreezeUpdate($id: ID!) { changeFreezeUpdate(input: { id: $id, category: SCHOOL, period: { kind: DAY_MONTH, fromMonthDay: \"02-29\", toMonthDay: \"03-05\" } }) { changeFreeze { kind category fromWeek fromMonthDay periods(year: 2027) { from to } } userErrors { code } } }": typeof types.SettingsFreezesChangeFreezeUpdateDocument,
    "mutation SettingsFreezesChangeFreezeDelete($id: ID!) { changeFreezeDelete(input: { id: $id }) { changeFreeze { name } userErrors { code } } }": typeof types.SettingsFreezesChangeFreezeDeleteDocument,
    "query SettingsFreezesNode($id: ID!) { node(id: $id) { id } }": typeof types.SettingsFreezesNodeDocument,
    "query SettingsFreezesCollaborationCandidates3 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }": typeof types.SettingsFreezesCollaborationCandidates3Document,
    "query RecommendationsStatementsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) {\n  totalCount\n  nodes {\n    key score summary explanation\n    participants { name } applications { name } proposedApplication { name } collaboration { name }\n    currentLevel { ordinal } targetLevel { ordinal } drivingAgreement { name } decision { status }\n    contributions { trigger points evidence { objectId lastChangedOn } }\n    costSplit { municipality { code } amountOre } transitionWindow { start end }\n  } } }": typeof types.RecommendationsStatementsCollaborationCandidatesDocument,
    "mutation RemindersCliWebhookEndpointCreate($url: String!) { webhookEndpointCreate(input: { url: $url, eventTypes: [LEVEL_CHANGED] }) { userErrors { code } } }": typeof types.RemindersCliWebhookEndpointCreateDocument,
    "mutation RemindersCliCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.RemindersCliCollaborationLevelSetDocument,
    "query RemindersCliWebhookDeliveries { webhookDeliveries { totalCount nodes { eventType status } } }": typeof types.RemindersCliWebhookDeliveriesDocument,
    "mutation FeedsCalendarFeedCreate($input: CalendarFeedCreateInput!) { calendarFeedCreate(input: $input) {\n  calendarFeed { id name municipality { code } createdBy createdAt revokedAt }\n  token url userErrors { field code message } } }": typeof types.FeedsCalendarFeedCreateDocument,
    "mutation FeedsCalendarFeedRevoke($id: ID!) { calendarFeedRevoke(input: { id: $id }) { calendarFeed { id revokedAt } userErrors { field code message } } }": typeof types.FeedsCalendarFeedRevokeDocument,
    "query FeedsCalendarFeeds { calendarFeeds { nodes { name municipality { code } } } }": typeof types.FeedsCalendarFeedsDocument,
    "mutation WebhooksWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) {\n  webhookEndpoint { id url eventTypes thresholdDays disabledAt } secret userErrors { field code message } } }": typeof types.WebhooksWebhookEndpointCreateDocument,
    "query WebhooksWebhookDeliveries($endpoint: ID, $status: WebhookDeliveryStatus) { webhookDeliveries(endpoint: $endpoint, status: $status, first: 100) {\n  totalCount nodes { messageId eventType status attempts lastResponseCode lastError nextAttemptAt lastAttemptAt } } }": typeof types.WebhooksWebhookDeliveriesDocument,
    "query WebhooksWebhookEndpoints { webhookEndpoints { totalCount } }": typeof types.WebhooksWebhookEndpointsDocument,
    "mutation WebhooksAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field message } } }": typeof types.WebhooksAgreementCreateDocument,
    "query WebhooksAgreements { agreements(first: 100) { nodes { id name } } }": typeof types.WebhooksAgreementsDocument,
    "mutation WebhooksAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { message } } }": typeof types.WebhooksAgreementUpdateDocument,
    "query WebhooksCollaborationLevels { collaborationLevels { id ordinal } }": typeof types.WebhooksCollaborationLevelsDocument,
    "mutation WebhooksCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.WebhooksCollaborationLevelSetDocument,
    "mutation WebhooksWebhookEndpointDisable($id: ID!) { webhookEndpointDisable(input: { id: $id }) { webhookEndpoint { disabledAt } userErrors { code } } }": typeof types.WebhooksWebhookEndpointDisableDocument,
    "query AnnualReportCollaborationBodies { collaborationBodies { nodes { id shortName } } }": typeof types.AnnualReportCollaborationBodiesDocument,
    "query AnnualReportDkf2025($body: ID) { annualReport(year: 2025, body: $body) { year start end body { shortName } summary { systems { name host levelStart { ordinal name } levelEnd { ordinal name } participantsEnd } changes { system } perLevel { level { ordinal } systemsStart systemsEnd municipalitiesEnd } } matrix { systems rows { municipality levels } } levelsByYear { year systems } } }": typeof types.AnnualReportDkf2025Document,
    "query AnnualReport2014 { annualReport(year: 2014) { summary { systems { name levelStart { ordinal name } levelEnd { ordinal name } } changes { system changedOn from { ordinal name } to { ordinal name } decisionReference } } levelsByYear { year systems } } }": typeof types.AnnualReport2014Document,
    "query AnnualReportAnnualReport { annualReport(year: 2025) { agreements { ended { agreement date } renewed { agreement date detail } noticeGiven { agreement } upcomingDecisions { agreement date } } } }": typeof types.AnnualReportAnnualReportDocument,
    "query AnnualReportAnnualReport2 { annualReport(year: 2025) { cost { totalOre lines { agreement key totalOre shares { municipality amountOre } } municipalities { municipality agreementsOre trainingOre totalOre population perInhabitantOre leavingShiftsOre leavingNeedsNewAgreement } } competence { trainingParticipants trainingCostOre trainings { title participants costOre } } } }": typeof types.AnnualReportAnnualReport2Document,
    "query AnnualReportAgreements { agreements(kind: SAMVERKANSAVTAL) { nodes { id name } } }": typeof types.AnnualReportAgreementsDocument,
    "query AnnualReportCostAllocation($a: ID!) { costAllocation(agreement: $a, year: 2025) { shares { municipality { name } amountOre } } }": typeof types.AnnualReportCostAllocationDocument,
    "query AnnualReportGoals($year: Int!) { annualReport(year: $year) { governance { policyGoals { title deadline status } rules { code complianceEnd compliancePrevious } complianceEnd } } }": typeof types.AnnualReportGoalsDocument,
    "query AnnualReportCollaborationCandidates { collaborationCandidates(asOf: \"2025-12-31\", first: 100) { nodes { category participants { name } } } }": typeof types.AnnualReportCollaborationCandidatesDocument,
    "query AnnualReportAnnualReport3($body: ID) { annualReport(year: 2025, body: $body) { recommendations { candidateId subject proposedLevel { ordinal } proposedProduct score deadline window { start } } } }": typeof types.AnnualReportAnnualReport3Document,
    "query AnnualReportAnnualReport4 { annualReport(year: 2027) { year } }": typeof types.AnnualReportAnnualReport4Document,
    "query AnnualReportAnnualReport5 { annualReport(year: 2025, body: \"bm9wZQ\") { year } }": typeof types.AnnualReportAnnualReport5Document,
    "query AnnualReportAnnualReport6 { annualReport(year: 2025) { year } }": typeof types.AnnualReportAnnualReport6Document,
    "mutation AnnualReportAnnualReportIssue { annualReportIssue(input: { year: 2025 }) { issue { year } userErrors { code } } }": typeof types.AnnualReportAnnualReportIssueDocument,
    "mutation AnnualReportAnnualReportIssue2 { annualReportIssue(input: { year: 2026 }) { issue { year } userErrors { field code } } }": typeof types.AnnualReportAnnualReportIssue2Document,
    "mutation AnnualReportAnnualReportIssue3($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year sha256 issuedOn issuedBy path } userErrors { code } } }": typeof types.AnnualReportAnnualReportIssue3Document,
    "query AnnualReportCollaborations { collaborations(first: 20) { nodes { id name } } collaborationLevels { id ordinal } agreements(first: 50) { nodes { id name } } }": typeof types.AnnualReportCollaborationsDocument,
    "mutation AnnualReportCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, decisionReference: \"DKF 2026/3\" }) { userErrors { code } } }": typeof types.AnnualReportCollaborationLevelSetDocument,
    "mutation AnnualReportAgreementGiveNotice($a: ID!) { agreementGiveNotice(input: { id: $a }) { userErrors { code } } }": typeof types.AnnualReportAgreementGiveNoticeDocument,
    "query AnnualReportDkf2026($body: ID) { annualReport(year: 2026, body: $body) { summary { changes { system } } agreements { noticeGiven { agreement } } } }": typeof types.AnnualReportDkf2026Document,
    "mutation AnnualReportAnnualReportIssue4($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year } userErrors { field code } } }": typeof types.AnnualReportAnnualReportIssue4Document,
    "fragment FollowUpsMeasures on ReportFollowUpMeasures { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }": typeof types.FollowUpsMeasuresFragmentDoc,
    "query FollowUpsReport($year: Int!) { annualReport(year: $year) { followUps { costRose decisions { decidedOn subject participants summary expected { ...FollowUpsMeasures } atDecision { ...FollowUpsMeasures }\n  points { monthsAfter date costRose realised { ...FollowUpsMeasures } } costRose } } } }": typeof types.FollowUpsReportDocument,
    "mutation FollowUpsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { field code message } } }": typeof types.FollowUpsApplicationUsageUpdateDocument,
    "mutation FollowUpsMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id code name } userErrors { code } } }": typeof types.FollowUpsMunicipalityCreateDocument,
    "mutation FollowUpsDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { userErrors { code } } }": typeof types.FollowUpsDecisionEffectsRecordDocument,
    "query FollowUpsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }": typeof types.FollowUpsCollaborationCandidatesDocument,
    "fragment ReportRecommendationsRecommendation on ReportRecommendation { date trigger subject explanation decision decidedOn candidateId system { id name } participants { code name }\n  proposedLevel { ordinal name } proposedProduct score deadline window { start end } annualCostOre costSplit { municipality amountOre } }": typeof types.ReportRecommendationsRecommendationFragmentDoc,
    "mutation ReportRecommendationsCollaborationBodyCreate { collaborationBodyCreate(input: { name: \"Testförbundet\", shortName: \"TF\" }) { collaborationBody { id } userErrors { message } } }": typeof types.ReportRecommendationsCollaborationBodyCreateDocument,
    "mutation ReportRecommendationsMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }": typeof types.ReportRecommendationsMembershipStartDocument,
    "query ReportRecommendations2025($body: ID) { annualReport(year: 2025, body: $body) { hasData recommendations { ...ReportRecommendationsRecommendation } } }": typeof types.ReportRecommendations2025Document,
    "query ReportRecommendationsAnnualReport { annualReport(year: 2025) { recommendations { subject proposedProduct } } }": typeof types.ReportRecommendationsAnnualReportDocument,
    "query ReportRecommendationsCollaborationCandidates { collaborationCandidates(asOf: \"2025-12-31\") { nodes { id score proposedApplication { name } targetLevel { ordinal } drivingDeadline transitionWindow { start end } combinedAnnualCostOre costSplit { amountOre } } } }": typeof types.ReportRecommendationsCollaborationCandidatesDocument,
    "query ReportRecommendationsCollaborationCandidates2 { collaborationCandidates { nodes { id proposedApplication { name } } } }": typeof types.ReportRecommendationsCollaborationCandidates2Document,
    "mutation ReportRecommendationsRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { field message } } }": typeof types.ReportRecommendationsRecommendationDecideDocument,
    "query ReportRecommendations2026($body: ID) { annualReport(year: 2026, body: $body) { recommendations { ...ReportRecommendationsRecommendation } } }": typeof types.ReportRecommendations2026Document,
    "query ReportRecommendationsAnnualReport2 { annualReport(year: 2003) { hasData governance { complianceEnd applicableEnd applicablePrevious } recommendations { subject } } }": typeof types.ReportRecommendationsAnnualReport2Document,
    "query ReportRecommendationsAnnualReport3 { annualReport(year: 2030) { year } }": typeof types.ReportRecommendationsAnnualReport3Document,
    "query ReportRecommendationsAnnualReport4 { annualReport(year: 1999) { year } }": typeof types.ReportRecommendationsAnnualReport4Document,
    "mutation ReportRecommendationsAnnualReportIssue { annualReportIssue(input: { year: 2026 }) { userErrors { message code } } }": typeof types.ReportRecommendationsAnnualReportIssueDocument,
    "mutation RolesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { field code } roleAssignment { id kind fromDate toDate person { name } collaboration { name } applicationUsage { id } itUnit { name } } } }": typeof types.RolesRoleAssignDocument,
    "mutation RolesRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { field code } roleAssignment { id toDate } } }": typeof types.RolesRoleEndDocument,
    "query RolesRoleAssignments { roleAssignments(includeEnded: true) { totalCount } }": typeof types.RolesRoleAssignmentsDocument,
    "query RolesNode($id: ID!) { node(id: $id) { ... on Collaboration { roles { kind fromDate toDate person { name } } } } }": typeof types.RolesNodeDocument,
    "query RolesNode2($id: ID!, $asOf: LocalDate, $all: Boolean!) { node(id: $id) { ... on ItUnit { roles(kind: IT_CHEF, asOf: $asOf, includeEnded: $all) { fromDate toDate person { name } } } } }": typeof types.RolesNode2Document,
    "query RolesNode3($id: ID!) { node(id: $id) { ... on Person { roleAssignments { kind collaboration { name } } } } }": typeof types.RolesNode3Document,
    "query RolesNode4($id: ID!) { node(id: $id) { ... on ApplicationUsage { roles(includeEnded: true) { kind toDate person { name } } } } }": typeof types.RolesNode4Document,
    "query RolesRoleAssignments2 { roleAssignments(kind: SYSTEMAGARE, first: 100) { totalCount } }": typeof types.RolesRoleAssignments2Document,
    "query RolesNode5($id: ID!) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE) { person { name email phone viewerCanSeeContactDetails } } } } }": typeof types.RolesNode5Document,
    "query RolesNode6($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE, asOf: $asOf) { id person { name } } } } }": typeof types.RolesNode6Document,
    "query ApolloCacheCollaborationLevels { collaborationLevels { id ordinal } }": typeof types.ApolloCacheCollaborationLevelsDocument,
    "query ApolloCacheStatusBoard { statusBoard(first: 100) { nodes { id level { ordinal } } } }": typeof types.ApolloCacheStatusBoardDocument,
    "query ApolloCacheCollaborationCandidates { collaborationCandidates(asOf: \"2025-06-01\", first: 100, includeHidden: true) { nodes { key score } } }": typeof types.ApolloCacheCollaborationCandidatesDocument,
    "query ApolloCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score } } }": typeof types.ApolloCacheCollaborationCandidates2Document,
    "query ApolloCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }": typeof types.ApolloCacheApplicationUsagesDocument,
    "query ArgumentsCollaborations($m: ID) { collaborations(participant: $m) { totalCount } }": typeof types.ArgumentsCollaborationsDocument,
    "query ArgumentsCompetenceRisk { competenceRisk(municipality: \"9999\") { totalCount } }": typeof types.ArgumentsCompetenceRiskDocument,
    "query ArgumentsAgreements($x: ID) { agreements(collaboration: $x) { totalCount } }": typeof types.ArgumentsAgreementsDocument,
    "query ConsumerStatusBoard { statusBoard { totalCount } }": typeof types.ConsumerStatusBoardDocument,
    "query OperationsAgreements { agreements(first: 1, kind: SAMVERKANSAVTAL) { nodes { id } } }": typeof types.OperationsAgreementsDocument,
    "query OperationsMunicipality { municipality(code: \"1460\") { id } }": typeof types.OperationsMunicipalityDocument,
    "query OperationsCollaborationBodies { collaborationBodies { nodes { id } } }": typeof types.OperationsCollaborationBodiesDocument,
    "query OperationsCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }": typeof types.OperationsCollaborationCandidatesDocument,
    "query PackageAgreements($m: ID) { agreements(municipality: $m, first: 100) { nodes { name schedule { decisionDeadline } } } }": typeof types.PackageAgreementsDocument,
    "query PackageApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 2) { nodes { id application { name } } } }": typeof types.PackageApplicationUsagesDocument,
    "query PackageNode($a: ID!, $b: ID!) { a: node(id: $a) { ... on ApplicationUsage { functionalFit technicalFit } } b: node(id: $b) { ... on ApplicationUsage { functionalFit } } }": typeof types.PackageNodeDocument,
    "query PackageStatusBoard { statusBoard { totalCount } }": typeof types.PackageStatusBoardDocument,
    "query PagingStatusBoard { statusBoard(first: 100, orderBy: { field: LEVEL, direction: DESC }) { nodes { level { ordinal } } } }": typeof types.PagingStatusBoardDocument,
    "query PagingStatusBoard2 { statusBoard(first: 100, orderBy: { field: NEXT_DEADLINE }) { nodes { nextDeadline { date } } } }": typeof types.PagingStatusBoard2Document,
    "query PagingAgreements { agreements(first: 100, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }": typeof types.PagingAgreementsDocument,
    "query PagingAgreements2 { agreements(first: 100, orderBy: { field: START_DATE }) { nodes { startDate } } }": typeof types.PagingAgreements2Document,
    "query PagingCollaborationCandidates { collaborationCandidates(first: 100, orderBy: { field: SCORE, direction: ASC }) { nodes { score } } }": typeof types.PagingCollaborationCandidatesDocument,
    "query PagingCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key } } }": typeof types.PagingCollaborationCandidates2Document,
    "query PagingCollaborationCandidates3 { collaborationCandidates(first: 100, orderBy: { field: SCORE }) { nodes { key } } }": typeof types.PagingCollaborationCandidates3Document,
    "query PagingCollaborationCandidates4 { collaborationCandidates(first: 100, orderBy: { field: DEADLINE, direction: ASC }) { nodes { drivingDeadline } } }": typeof types.PagingCollaborationCandidates4Document,
    "query PagingAgreements3 { agreements(first: 3, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } pageInfo { endCursor } } }": typeof types.PagingAgreements3Document,
    "query PagingAgreements4($a: String) { agreements(first: 3, after: $a, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }": typeof types.PagingAgreements4Document,
    "query PagingStatusBoard3 { statusBoard(first: 2, last: 2) { totalCount } }": typeof types.PagingStatusBoard3Document,
    "query PagingAgreements5 { agreements(last: 2, before: \"nope\") { totalCount } }": typeof types.PagingAgreements5Document,
    "query PagingCompetenceRisk { competenceRisk(last: 101) { totalCount } }": typeof types.PagingCompetenceRiskDocument,
    "query UrqlCacheCollaborationCandidates { collaborationCandidates(asOf: \"2025-06-01\", first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }": typeof types.UrqlCacheCollaborationCandidatesDocument,
    "query UrqlCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }": typeof types.UrqlCacheCollaborationCandidates2Document,
    "query UrqlCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }": typeof types.UrqlCacheApplicationUsagesDocument,
    "query ExportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id } } }": typeof types.ExportMunicipalityDocument,
    "query ExportStatusBoard { statusBoard(first: 1) { totalCount } }": typeof types.ExportStatusBoardDocument,
    "query ExportAgreements($m: ID) { agreements(first: 100, municipality: $m) { nodes { name schedule { decisionDeadline } } } }": typeof types.ExportAgreementsDocument,
    "mutation HelpersApplicationUsagesImport($input: ApplicationUsagesImportInput!) {\n  applicationUsagesImport(input: $input) {\n    userErrors { field message code }\n    plan {\n      applied createCount updateCount unchangedCount\n      problems { row column message code }\n      rows { row product vendor externalKey action match changes { column before after } problems { row column code } }\n    }\n  }\n}": typeof types.HelpersApplicationUsagesImportDocument,
    "query ImportAuditLog { auditLog(last: 1) { nodes { operation actorName changes { objectType kind fields { field after } } } } }": typeof types.ImportAuditLogDocument,
    "query ImportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles { kind toDate person { name } } } } }": typeof types.ImportMunicipalityDocument,
    "query ImportMunicipality2($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles(includeEnded: true) { kind fromDate toDate person { name } } } } }": typeof types.ImportMunicipality2Document,
    "fragment BoardNodeRow on SharedSystemStatus { id asOf collaboration { name } level { ordinal } }": typeof types.BoardNodeRowFragmentDoc,
    "mutation BoardNodeCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": typeof types.BoardNodeCollaborationLevelSetDocument,
    "query BoardNodeBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { nodes { ...BoardNodeRow } } }": typeof types.BoardNodeBoardDocument,
    "query BoardNodeRefetch($ids: [ID!]!) { nodes(ids: $ids) { __typename ...BoardNodeRow } }": typeof types.BoardNodeRefetchDocument,
    "query BoardNodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.BoardNodeNodesDocument,
    "mutation BoardAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }": typeof types.BoardAgreementExtendDocument,
    "mutation BoardAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: \"2026-02-10\" }) { userErrors { code } } }": typeof types.BoardAgreementGiveNoticeDocument,
    "query BoardSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {\n  asOf\n  collaboration { name }\n  level { ordinal }\n  lastLevelChange { changedOn decisionReference }\n  participants { code }\n  host { code }\n  operator { name }\n  systemOwners { person { name } }\n  systemResponsibles { person { name } }\n  agreements { status currentTermEnd noticeDeadline decisionDeadline daysLeft agreement { name } }\n  nextDeadline { date kind daysLeft agreement { name } roleAssignment { person { name } } }\n  openGaps { ruleCode objectType label }\n} }": typeof types.BoardSharedSystemStatusDocument,
    "query BoardStatusBoard($first: Int, $after: String, $participant: ID, $level: Int, $attention: Boolean, $asOf: LocalDate) {\n    statusBoard(first: $first, after: $after, participant: $participant, level: $level, needsAttention: $attention, asOf: $asOf) {\n      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { collaboration { name } level { ordinal } participants { code } needsAttention } } }": typeof types.BoardStatusBoardDocument,
    "query BoardCollaborations { collaborations(first: 1) { nodes { id } } }": typeof types.BoardCollaborationsDocument,
    "query DocumentKindsVocabularyTerms { vocabularyTerms(vocabulary: GOVERNANCE_DOCUMENT_KIND) { id code name sortOrder reviewMinMonths reviewMaxMonths reviewDefaultMonths } }": typeof types.DocumentKindsVocabularyTermsDocument,
    "mutation DocumentKindsVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }": typeof types.DocumentKindsVocabularyTermCreateDocument,
    "mutation DocumentKindsVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }": typeof types.DocumentKindsVocabularyTermUpdateDocument,
    "mutation DocumentKindsGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id kind kindCode title reviewIntervalMonths nextReviewDue } userErrors { field code message } } }": typeof types.DocumentKindsGovernanceDocumentCreateDocument,
    "mutation DocumentKindsGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { governanceDocument { reviewIntervalMonths } userErrors { field code message } } }": typeof types.DocumentKindsGovernanceDocumentUpdateDocument,
    "query DocumentKindsGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code applicable failures { objectId label reason } } } }": typeof types.DocumentKindsGovernanceReportDocument,
    "query DocumentKindsGovernanceDocuments($kind: GovernanceDocumentKind, $kindCode: String) { governanceDocuments(first: 50, kind: $kind, kindCode: $kindCode) { nodes { title kind kindCode } } }": typeof types.DocumentKindsGovernanceDocumentsDocument,
    "query VocabulariesVocabularyTerms($v: Vocabulary!) { vocabularyTerms(vocabulary: $v) { id code name description sortOrder roleTargets singleHolder } }": typeof types.VocabulariesVocabularyTermsDocument,
    "mutation VocabulariesVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name sortOrder roleTargets singleHolder } userErrors { field code message } } }": typeof types.VocabulariesVocabularyTermCreateDocument,
    "mutation VocabulariesVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code name singleHolder } userErrors { field code message } } }": typeof types.VocabulariesVocabularyTermUpdateDocument,
    "mutation VocabulariesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name category categoryCode } userErrors { field code message } } }": typeof types.VocabulariesApplicationCreateDocument,
    "mutation VocabulariesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id kind kindCode person { name } } userErrors { field code message } } }": typeof types.VocabulariesRoleAssignDocument,
    "query VocabulariesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": typeof types.VocabulariesAuditLogDocument,
    "query VocabulariesApplications { applications(first: 100, search: \"VA-Nät\") { nodes { category categoryCode } } }": typeof types.VocabulariesApplicationsDocument,
};
const documents: Documents = {
    "mutation AgreementsMutationsAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: \"2026-01-20\" }) { userErrors { code } } }": types.AgreementsMutationsAgreementGiveNoticeDocument,
    "fragment AgreementsMutationsResult on AgreementPayload { userErrors { field code message } agreement { ...AgreementsMutationsAgreement } }": types.AgreementsMutationsResultFragmentDoc,
    "fragment AgreementsMutationsAgreement on Agreement { id name kind status currentTermEnd noticeDeadline noticeGivenOn terminatedOn\n  schedule { status currentTermEnd extensionsUsed renewsAutomatically }\n  municipalities { code } itUnits { name } costKey { kind shares { municipality { code } shareBasisPoints } } }": types.AgreementsMutationsAgreementFragmentDoc,
    "mutation AgreementsMutationsCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { ...AgreementsMutationsResult } }": types.AgreementsMutationsCreateDocument,
    "mutation AgreementsMutationsUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { ...AgreementsMutationsResult } }": types.AgreementsMutationsUpdateDocument,
    "mutation AgreementsMutationsExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { ...AgreementsMutationsResult } }": types.AgreementsMutationsExtendDocument,
    "mutation AgreementsMutationsNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { ...AgreementsMutationsResult } }": types.AgreementsMutationsNoticeDocument,
    "mutation AgreementsMutationsTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { ...AgreementsMutationsResult } }": types.AgreementsMutationsTerminateDocument,
    "query AgreementsMutationsAgreements { agreements { totalCount } }": types.AgreementsMutationsAgreementsDocument,
    "query AgreementsMutationsSnapshot($id: ID!) { node(id: $id) { ...AgreementsMutationsAgreement } }": types.AgreementsMutationsSnapshotDocument,
    "query AgreementsMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field after } } } } }": types.AgreementsMutationsAuditLogDocument,
    "query AgreementsMutationsCostAllocation($id: ID!) { costAllocation(agreement: $id, totalOre: 1001) { shares { municipality { code } amountOre } } }": types.AgreementsMutationsCostAllocationDocument,
    "query AgreementsMutationsAgreements2($m: ID!) { agreements(first: 100, municipality: $m, kind: DRIFTAVTAL) { nodes { name } } }": types.AgreementsMutationsAgreements2Document,
    "mutation QueriesAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }": types.QueriesAgreementExtendDocument,
    "mutation QueriesAgreementGiveNotice($id: ID!, $on: LocalDate) { agreementGiveNotice(input: { id: $id, givenOn: $on }) { userErrors { code } } }": types.QueriesAgreementGiveNoticeDocument,
    "query QueriesAgreements { agreements(first: 100) { totalCount nodes { name } } }": types.QueriesAgreementsDocument,
    "query QueriesAgreements2 { agreements(first: 2, expiringBefore: \"2026-09-01\") { totalCount pageInfo { hasNextPage } nodes { name } } }": types.QueriesAgreements2Document,
    "query QueriesNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {\n    name kind startDate endDate renewalKind renewalTermMonths maxExtensions noticePeriod { amount unit }\n    status currentTermEnd noticeDeadline decisionDeadline daysLeft\n    schedule(asOf: $asOf) { asOf currentTermStart currentTermEnd noticeDeadline decisionDeadline status daysLeft extensionsUsed extensionsRemaining latestPossibleEnd renewsAutomatically procurementLeadTimeMonths }\n  } } }": types.QueriesNodeDocument,
    "query QueriesNode2($id: ID!) { node(id: $id) { ... on Agreement { municipalities { code } itUnits { name } applications { name } collaborations { name }\n      costKey { kind populationYear baseShareBasisPoints shares { municipality { code } shareBasisPoints } } } } }": types.QueriesNode2Document,
    "query QueriesNode3($id: ID!) { node(id: $id) { ... on Collaboration { agreements { name } } } }": types.QueriesNode3Document,
    "query QueriesCostAllocation($id: ID!, $year: Int, $total: SafeInt) { costAllocation(agreement: $id, year: $year, totalOre: $total) {\n    year key populationYear baseShareBasisPoints totalOre shares { municipality { code } population populationYear shareBasisPoints fraction amountOre } } }": types.QueriesCostAllocationDocument,
    "query FactSnapshotStatusBoard($first: Int, $after: String, $attention: Boolean) {\n  statusBoard(first: $first, after: $after, needsAttention: $attention) {\n    totalCount pageInfo { endCursor }\n    nodes { collaboration { name } level { ordinal } participants { code } agreements { status decisionDeadline } nextDeadline { date kind } openGaps { ruleCode } }\n  }\n}": types.FactSnapshotStatusBoardDocument,
    "query FactSnapshotCompetenceRisk { competenceRisk(first: 100) { totalCount nodes { label score specialistsLeaving } } }": types.FactSnapshotCompetenceRiskDocument,
    "query FactSnapshotCollaborations { collaborations(first: 100) { nodes { id name level { ordinal } } } }": types.FactSnapshotCollaborationsDocument,
    "query FactSnapshotCollaborationLevels { collaborationLevels { id ordinal } }": types.FactSnapshotCollaborationLevelsDocument,
    "mutation FactSnapshotCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } collaboration { statusBoardRow { level { ordinal } } } } }": types.FactSnapshotCollaborationLevelSetDocument,
    "mutation FactSnapshotCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.FactSnapshotCollaborationLevelSet2Document,
    "query FactSnapshotCollaborations2 { collaborations(first: 100) { nodes { id name } } }": types.FactSnapshotCollaborations2Document,
    "query ResponseCacheMunicipality($code: String!) { municipality(code: $code) { name } }": types.ResponseCacheMunicipalityDocument,
    "query ResponseCacheCollaborations { collaborations(first: 100) { nodes { name level { ordinal } participants { municipality { code } } } } }": types.ResponseCacheCollaborationsDocument,
    "query ResponseCacheCollaborations2 { together: collaborations(first: 100) { nodes { name participants { municipality { name } } levelHistory { changedOn } } } }": types.ResponseCacheCollaborations2Document,
    "mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }": types.ResponseCacheMunicipalityUpdateDocument,
    "query ResponseCacheCollaborations3($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } } } }": types.ResponseCacheCollaborations3Document,
    "query ResponseCacheCollaborations4 { collaborations(first: 100) { nodes { id name } } }": types.ResponseCacheCollaborations4Document,
    "query ResponseCacheCollaborationLevels { collaborationLevels { id ordinal } }": types.ResponseCacheCollaborationLevelsDocument,
    "mutation ResponseCacheCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.ResponseCacheCollaborationLevelSetDocument,
    "query ResponseCacheMunicipalities { municipalities(first: 1) { totalCount } }": types.ResponseCacheMunicipalitiesDocument,
    "query ResponseCacheMunicipality2 { municipality(code: \"1439\") { code name } }": types.ResponseCacheMunicipality2Document,
    "query ResponseCachePeople { people(first: 100) { nodes { name email phone plannedLeave municipality { code } } } }": types.ResponseCachePeopleDocument,
    "query ResponseCacheViewer { viewer { tokenName role } }": types.ResponseCacheViewerDocument,
    "query ResponseCacheCollaborationLevels2 { collaborationLevels { ordinal } }": types.ResponseCacheCollaborationLevels2Document,
    "mutation ResponseCacheMunicipalityPopulationSet($input: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $input) { userErrors { code } } }": types.ResponseCacheMunicipalityPopulationSetDocument,
    "query ResponseCache__schema { __schema { queryType { name } } }": types.ResponseCache__SchemaDocument,
    "mutation ResponseCacheMunicipalityUpdate2($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { county } userErrors { code } } }": types.ResponseCacheMunicipalityUpdate2Document,
    "query LeavePrivacyCompetenceRisk($h: Int!) { competenceRisk(horizonMonths: $h, first: 100) { nodes { label specialistsLeaving reasons { code } } } }": types.LeavePrivacyCompetenceRiskDocument,
    "query CompetenceMutationsCompetenceRisk($k: CompetenceRiskSubjectKind) { competenceRisk(kind: $k, first: 100) { nodes { label score specialistCount specialistsLeaving trainedCount reasons { code contribution } } } }": types.CompetenceMutationsCompetenceRiskDocument,
    "mutation CompetenceMutationsPersonPlannedLeaveSet($p: ID!, $l: String) { personPlannedLeaveSet(input: { personId: $p, plannedLeave: $l }) { person { name plannedLeave } userErrors { field code } } }": types.CompetenceMutationsPersonPlannedLeaveSetDocument,
    "mutation CompetenceMutationsCompetenceSet($p: ID!, $a: ID!, $l: CompetenceLevel!, $s: LocalDate) { competenceSet(input: { personId: $p, applicationId: $a, level: $l, since: $s }) {\n    competence { level since person { name } application { name } } userErrors { field code } } }": types.CompetenceMutationsCompetenceSetDocument,
    "mutation CompetenceMutationsCompetenceRemove($p: ID!, $a: ID!) { competenceRemove(input: { personId: $p, applicationId: $a }) { person { competences { application { name } } } userErrors { field code } } }": types.CompetenceMutationsCompetenceRemoveDocument,
    "query CompetenceMutationsApplications { applications(search: \"Bibliotek\") { nodes { competences { id } } } }": types.CompetenceMutationsApplicationsDocument,
    "query CompetenceMutationsAuditLog { auditLog(operation: \"competenceRemove\") { nodes { changes { kind objectType } } } }": types.CompetenceMutationsAuditLogDocument,
    "mutation CompetenceMutationsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) {\n    competenceNetwork { id name category coordinator { name } members { person { name } } collaborations { name } } userErrors { field code } } }": types.CompetenceMutationsCompetenceNetworkCreateDocument,
    "mutation CompetenceMutationsCompetenceNetworkMemberAdd($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberAdd(input: { networkId: $n, personId: $p, joinedOn: $d }) { competenceNetwork { members { person { name } } } userErrors { field code } } }": types.CompetenceMutationsCompetenceNetworkMemberAddDocument,
    "mutation CompetenceMutationsCompetenceNetworkMemberRemove($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberRemove(input: { networkId: $n, personId: $p, leftOn: $d }) {\n    competenceNetwork { members { person { name } } } userErrors { field code } } }": types.CompetenceMutationsCompetenceNetworkMemberRemoveDocument,
    "mutation CompetenceMutationsCompetenceNetworkActivityAdd($input: CompetenceNetworkActivityAddInput!) { competenceNetworkActivityAdd(input: $input) {\n    competenceNetworkActivity { occurredOn kind title participants { name } network { name } } userErrors { field code } } }": types.CompetenceMutationsCompetenceNetworkActivityAddDocument,
    "query CompetenceMutationsNode($id: ID!) { node(id: $id) { ... on CompetenceNetwork { members(includeFormer: true) { leftOn person { name } } tomorrow: members(asOf: \"2026-06-16\") { person { name } } } } }": types.CompetenceMutationsNodeDocument,
    "query CompetenceMutationsCompetenceRisk2 { competenceRisk(kind: COLLABORATION, asOf: \"2026-06-16\") { nodes { label reasons { code } } } }": types.CompetenceMutationsCompetenceRisk2Document,
    "mutation CompetenceMutationsCompetenceNetworkUpdate($input: CompetenceNetworkUpdateInput!) { competenceNetworkUpdate(input: $input) { competenceNetwork { coordinator { name } meetingCadence collaborations { name } } userErrors { field code } } }": types.CompetenceMutationsCompetenceNetworkUpdateDocument,
    "mutation CompetenceMutationsTrainingPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { name target reviewedOn targetGroups owner { name } applicationUsage { id } } userErrors { field code } } }": types.CompetenceMutationsTrainingPlanCreateDocument,
    "mutation CompetenceMutationsTrainingPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { trainingPlan { reviewedOn reviewOverdue } userErrors { field code } } }": types.CompetenceMutationsTrainingPlanUpdateDocument,
    "mutation CompetenceMutationsTrainingActivityAdd($input: TrainingActivityAddInput!) { trainingActivityAdd(input: $input) {\n    trainingActivity { id heldOn title costOre municipalities { participantCount municipality { code } } participants { name } costSplit { basis shares { amountOre municipality { code } } } }\n    userErrors { field code } } }": types.CompetenceMutationsTrainingActivityAddDocument,
    "mutation CompetenceMutationsTrainingActivityUpdate($input: TrainingActivityUpdateInput!) { trainingActivityUpdate(input: $input) {\n      trainingActivity { title municipalities { participantCount } participants { name } } userErrors { field code } } }": types.CompetenceMutationsTrainingActivityUpdateDocument,
    "mutation CompetenceMutationsTrainingActivityRemove($id: ID!) { trainingActivityRemove(input: { id: $id }) { trainingPlan { activities { title } } userErrors { code } } }": types.CompetenceMutationsTrainingActivityRemoveDocument,
    "query CompetenceSeedCompetenceRisk($first: Int, $after: String, $municipality: ID, $minScore: Int, $kind: CompetenceRiskSubjectKind, $horizonMonths: Int, $asOf: LocalDate) {\n  competenceRisk(first: $first, after: $after, municipality: $municipality, minScore: $minScore, kind: $kind, horizonMonths: $horizonMonths, asOf: $asOf) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { kind label shared score level specialistCount specialistsLeaving trainedCount trainedShare userCount trainingPlanReviewedOn\n      reasons { code contribution explanation }\n      application { name } municipality { code } collaboration { name } trainingPlan { name } competenceNetworks { name } }\n  } }": types.CompetenceSeedCompetenceRiskDocument,
    "query CompetenceSeedCompetenceNetworks { competenceNetworks(first: 20) { totalCount nodes {\n        name category meetingCadence startedOn lastActivityOn\n        coordinator { name municipality { code } }\n        members { joinedOn person { name municipality { code } } }\n        collaborations { name }\n        activities { occurredOn kind title participants { name } }\n      } } }": types.CompetenceSeedCompetenceNetworksDocument,
    "query CompetenceSeedCompetenceNetworks2($m: ID, $c: ID, $cat: ApplicationCategory) { competenceNetworks(municipality: $m, collaboration: $c, category: $cat) { nodes { name } } }": types.CompetenceSeedCompetenceNetworks2Document,
    "query CompetenceSeedCollaborations { collaborations(category: HELPDESK) { nodes { id competenceNetworks { name } } } }": types.CompetenceSeedCollaborationsDocument,
    "query CompetenceSeedCollaborations2 { collaborations(category: PAYROLL_HR) { nodes { competenceNetworks { name } } } }": types.CompetenceSeedCollaborations2Document,
    "query CompetenceSeedPeople { people(search: \"Oskar Wallin\") { nodes { competences { level since application { name } } networkMemberships { network { name } } } } }": types.CompetenceSeedPeopleDocument,
    "query CompetenceSeedApplications { applications(search: \"Raindance\") { nodes { competences(level: SPECIALIST) { person { name } } } } }": types.CompetenceSeedApplicationsDocument,
    "query CompetenceSeedApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 100) { nodes { application { name } competences { person { name } } trainingPlan { name } } } }": types.CompetenceSeedApplicationUsagesDocument,
    "query CompetenceSeedPeople2 { people(search: \"Lena Rask\") { nodes { plannedLeave } } }": types.CompetenceSeedPeople2Document,
    "query CompetenceSeedTrainingPlans { trainingPlans(first: 50) { totalCount nodes {\n        name target targetGroups reviewedOn nextReviewDue reviewOverdue owner { name }\n        applicationUsage { municipality { code } application { name } } collaboration { name }\n        activities { heldOn title municipalities { participantCount municipality { code } } participants { name } }\n      } } }": types.CompetenceSeedTrainingPlansDocument,
    "query CompetenceSeedTrainingPlans2 { trainingPlans(target: IT_STAFF) { nodes { name } } }": types.CompetenceSeedTrainingPlans2Document,
    "query CompetenceSeedTrainingPlans3($m: ID) { trainingPlans(municipality: $m, first: 50) { nodes { name } } }": types.CompetenceSeedTrainingPlans3Document,
    "query CompetenceSeedTrainingPlans4 { trainingPlans(first: 50) { nodes { name activities { title costOre\n        costSplit { basis shares { amountOre fraction population populationYear municipality { code } } } } } } }": types.CompetenceSeedTrainingPlans4Document,
    "query CompetenceSeedTrainingPlans5 { trainingPlans(target: COLLABORATION, first: 50) { nodes { name activities { title costOre\n        costSplit { basis key agreement { name } shares { amountOre population municipality { code } } } } } } }": types.CompetenceSeedTrainingPlans5Document,
    "query CompetenceSeedInPhase($phase: LifecyclePhase) { applicationUsages(lifecyclePhase: $phase, first: 100) { totalCount } }": types.CompetenceSeedInPhaseDocument,
    "query CompetenceSeedNode($id: ID!) { node(id: $id) { ... on Collaboration { name } } }": types.CompetenceSeedNodeDocument,
    "query CompetenceSeedApplications2 { applications(search: \"Book-IT\") { nodes { id } } }": types.CompetenceSeedApplications2Document,
    "query CompetenceStatementsCompetenceRisk($m: ID) { competenceRisk(first: 100, municipality: $m) {\n  totalCount\n  nodes {\n    kind label score level specialistCount specialistsLeaving trainedShare\n    reasons { code contribution explanation }\n    application { name } municipality { code } collaboration { name }\n    trainingPlan { name reviewedOn } competenceNetworks { name }\n  } } }": types.CompetenceStatementsCompetenceRiskDocument,
    "query CompetenceStatementsCompetenceRisk2($after: String) { competenceRisk(first: 100, after: $after, minScore: 10) { pageInfo { endCursor } nodes { label } } }": types.CompetenceStatementsCompetenceRisk2Document,
    "query KeptUpToDateStatusBoard($asOf: LocalDate) {\n  statusBoard(first: 100, asOf: $asOf) { totalCount nodes {\n    collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } systemOwners { id } systemResponsibles { id }\n    agreements { agreement { name } status decisionDeadline noticeDeadline currentTermEnd } nextDeadline { date kind daysLeft } openGaps { ruleCode objectId reason } needsAttention\n  } }\n  governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { objectId label reason object { id ... on ApplicationUsage { userCount lifecyclePhase } ... on Collaboration { name } } } } }\n  competenceRisk(first: 100, asOf: $asOf) { totalCount nodes { label score level specialistsLeaving reasons { code contribution explanation } } }\n  collaborationCandidates(first: 100, asOf: $asOf) { totalCount nodes { key score kind summary explanation hidden targetLevel { ordinal } participants { code } } }\n  annualReport(year: 2026) {\n    summary { systems { name host levelEnd { ordinal } participantsEnd } changes { system changedOn } }\n    agreements { noticeGiven { agreement date } upcomingDecisions { agreement date } }\n    recommendations { subject score decision }\n    followUps { decisions { subject points { realised { costPerInhabitantOre levelOrdinal competenceRiskScore } } } }\n    competence { risks { label score } trainings { title participants costOre } }\n    cost { totalOre municipalities { municipality trainingOre totalOre perInhabitantOre } unsplit { agreement reason } }\n    governance { complianceEnd rules { code applicable compliant } }\n  }\n}": types.KeptUpToDateStatusBoardDocument,
    "query KeptUpToDateStatusBoard2 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } openGaps { ruleCode } } } }": types.KeptUpToDateStatusBoard2Document,
    "query KeptUpToDateCollaborations {\n      collaborations(first: 100) { nodes { id name level { ordinal } } }\n      collaborationLevels { id ordinal }\n      applicationUsages(first: 100) { nodes { id userCount municipality { code } application { name } } }\n      people(first: 100) { nodes { id name municipality { id code } } }\n      applications(first: 100) { nodes { id name } }\n      agreements(first: 100) { nodes { id name status } }\n      municipalities { nodes { id code } }\n    }": types.KeptUpToDateCollaborationsDocument,
    "query KeptUpToDateCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }": types.KeptUpToDateCollaborationCandidatesDocument,
    "mutation KeptUpToDateRecommendationDecide($i: RecommendationDecideInput!) { recommendationDecide(input: $i) { userErrors { code } } }": types.KeptUpToDateRecommendationDecideDocument,
    "query KeptUpToDateApplicationUsages { applicationUsages(first: 1) { nodes { id userCount } } }": types.KeptUpToDateApplicationUsagesDocument,
    "mutation KeptUpToDateApplicationUsageUpdate($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }": types.KeptUpToDateApplicationUsageUpdateDocument,
    "query KeptUpToDateStatusBoard3 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } } } }": types.KeptUpToDateStatusBoard3Document,
    "mutation KeptUpToDateApplicationUsageUpdate2($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } applicationUsage { userCount } } }": types.KeptUpToDateApplicationUsageUpdate2Document,
    "query UnitsApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }": types.UnitsApplicationUsagesDocument,
    "mutation UnitsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } applicationUsage { userCount } } }": types.UnitsApplicationUsageUpdateDocument,
    "query KeptApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }": types.KeptApplicationUsagesDocument,
    "mutation KeptApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }": types.KeptApplicationUsageUpdateDocument,
    "query UnitsMunicipalities { municipalities(first: 3) { nodes { code name } } }": types.UnitsMunicipalitiesDocument,
    "query AccessMunicipalities { municipalities { totalCount } }": types.AccessMunicipalitiesDocument,
    "query AccessViewer { viewer { role } }": types.AccessViewerDocument,
    "query AccessViewer2 { viewer { role tokenName } }": types.AccessViewer2Document,
    "query AccessViewer3 { viewer { tokenName } }": types.AccessViewer3Document,
    "mutation AccessMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"X\" }) { municipality { name } } }": types.AccessMunicipalityUpdateDocument,
    "mutation AccessMunicipalityUpdate2($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county } userErrors { code } } }": types.AccessMunicipalityUpdate2Document,
    "query AccessMunicipality($code: String!) { municipality(code: $code) { county } }": types.AccessMunicipalityDocument,
    "mutation AccessApplicationUsageCreate($m: ID!, $a: ID!) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a }) { applicationUsage { id } userErrors { code } } }": types.AccessApplicationUsageCreateDocument,
    "query AccessApplicationUsages($m: ID!) { applicationUsages(municipality: $m, first: 100) { totalCount } }": types.AccessApplicationUsagesDocument,
    "mutation AccessCollaborationUpdate($id: ID!, $d: String) { collaborationUpdate(input: { id: $id, description: $d }) { collaboration { description } } }": types.AccessCollaborationUpdateDocument,
    "mutation AccessMunicipalityCreate { municipalityCreate(input: { code: \"1234\", name: \"Ny\" }) { municipality { id } } }": types.AccessMunicipalityCreateDocument,
    "query AccessAuditLog { auditLog { totalCount } }": types.AccessAuditLogDocument,
    "query AccessPeople { people(first: 100) { nodes { name email viewerCanSeeContactDetails municipality { code } } } }": types.AccessPeopleDocument,
    "mutation AuditCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: \"2026-01-01\", correctionReason: \"Beslutet glömdes bort\" }) { userErrors { code } } }": types.AuditCollaborationLevelSetDocument,
    "query AuditAuditLog($id: ID!) { auditLog(objectId: $id, operation: \"collaborationLevelSet\") { nodes { correctionReason changes { objectType fields { field before after } } } } }": types.AuditAuditLogDocument,
    "query AuditNode($id: ID!) { node(id: $id) { ... on CollaborationLevel { ordinal } } }": types.AuditNodeDocument,
    "query LimitsMunicipalities { municipalities(first: 101) { totalCount } }": types.LimitsMunicipalitiesDocument,
    "query LimitsMunicipalities2 { municipalities(first: -1) { totalCount } }": types.LimitsMunicipalities2Document,
    "query LimitsMunicipalities3 { municipalities(after: \"bm90IGEgY3Vyc29y\") { totalCount } }": types.LimitsMunicipalities3Document,
    "query LimitsMunicipalities4 { municipalities(first: 0) { nodes { code } totalCount } }": types.LimitsMunicipalities4Document,
    "query LimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.LimitsNodesDocument,
    "query LimitsMunicipalities5 { municipalities(search: \"' OR 1=1 --\") { totalCount } }": types.LimitsMunicipalities5Document,
    "query LimitsMunicipalities6 { municipalities(search: \"%\") { totalCount } }": types.LimitsMunicipalities6Document,
    "query Limits__schema { __schema { types { name } } }": types.Limits__SchemaDocument,
    "query LimitsCollaborations { collaborations { nodes { name levelHistory { changedOn } } } }": types.LimitsCollaborationsDocument,
    "query FoundationMutationsCollaborationLevels { collaborationLevels { id ordinal } }": types.FoundationMutationsCollaborationLevelsDocument,
    "mutation FoundationMutationsMunicipalityCreate { municipalityCreate(input: { code: \"14a\", name: \"  \", populations: [{ year: 2024, population: 10 }, { year: 2024, population: 11 }] }) {\n        municipality { id } userErrors { field message code } } }": types.FoundationMutationsMunicipalityCreateDocument,
    "mutation FoundationMutationsMunicipalityCreate2($code: String!) { municipalityCreate(input: { code: $code, name: \"Bengtby igen\" }) { userErrors { field code } } }": types.FoundationMutationsMunicipalityCreate2Document,
    "mutation FoundationMutationsMunicipalityCreate3 { municipalityCreate(input: { code: \"1737\", name: \"Torsby\", county: \"Värmlands län\", populations: [{ year: 2024, population: 11500 }] }) {\n        municipality { code population { year population } } userErrors { code } } }": types.FoundationMutationsMunicipalityCreate3Document,
    "mutation FoundationMutationsApplicationUsageCreate($m: ID!, $a: ID!, $u: ID) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a, functionalFit: 7, technicalFit: 0, inUseSince: \"2027-01-01\", itUnitId: $u }) {\n          applicationUsage { id } userErrors { field code } } }": types.FoundationMutationsApplicationUsageCreateDocument,
    "mutation FoundationMutationsCollaborationCreate($h: ID!, $a: ID!, $l: ID!) { collaborationCreate(input: { name: \"Gemensamt bygglov\", applicationId: $a, hostMunicipalityId: $h, participantIds: [\"TXVuaWNpcGFsaXR5Ojk5OTk\"], levelId: $l }) {\n          collaboration { id } userErrors { field code } } }": types.FoundationMutationsCollaborationCreateDocument,
    "query FoundationMutationsApplications { applications(first: 1) { nodes { id } } }": types.FoundationMutationsApplicationsDocument,
    "mutation FoundationMutationsMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"X\" }) { municipality { id } userErrors { field code } } }": types.FoundationMutationsMunicipalityUpdateDocument,
    "mutation FoundationMutationsMunicipalityUpdate2 { municipalityUpdate(input: { id: \"!!!\", name: \"X\" }) { userErrors { code } } }": types.FoundationMutationsMunicipalityUpdate2Document,
    "mutation FoundationMutationsCollaborationLevelSet($c: ID!, $l: ID!, $on: LocalDate, $ref: String, $why: String) {\n    collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: $on, decisionReference: $ref, reason: \"test\", correctionReason: $why }) {\n      collaboration { level { ordinal } levelSince levelHistory { changedOn decisionReference fromLevel { ordinal } toLevel { ordinal } } }\n      userErrors { field code message } } }": types.FoundationMutationsCollaborationLevelSetDocument,
    "query FoundationMutationsNode($id: ID!) { node(id: $id) { ... on Collaboration {\n      y2004: levelOn(date: \"2004-12-31\") { ordinal } y2005: levelOn(date: \"2005-06-01\") { ordinal }\n      y2007: levelOn(date: \"2007-12-31\") { ordinal } y2008: levelOn(date: \"2008-01-01\") { ordinal } } } }": types.FoundationMutationsNodeDocument,
    "mutation FoundationMutationsCollaborationParticipantRemove($c: ID!, $m: ID!) { collaborationParticipantRemove(input: { collaborationId: $c, municipalityId: $m, leftOn: \"2026-03-31\", correctionReason: \"Utträdet registrerades sent\" }) {\n      collaboration { participants { municipality { code } } all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } in2025: participants(asOf: \"2025-01-01\") { municipality { code } } }\n      userErrors { field code } } }": types.FoundationMutationsCollaborationParticipantRemoveDocument,
    "mutation FoundationMutationsMunicipalityUpdate3($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Mellby kommun\" }) { userErrors { code } } }": types.FoundationMutationsMunicipalityUpdate3Document,
    "mutation FoundationMutationsMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 9010 }) { userErrors { code } } }": types.FoundationMutationsMunicipalityPopulationSetDocument,
    "query FoundationMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { totalCount nodes { at actorName operation changes { objectId kind fields { field before after } } } } }": types.FoundationMutationsAuditLogDocument,
    "query FoundationMutationsAuditLog2 { auditLog { totalCount } }": types.FoundationMutationsAuditLog2Document,
    "mutation FoundationMutationsMunicipalityCreate4 { municipalityCreate(input: { code: \"x\", name: \"\" }) { userErrors { code } } }": types.FoundationMutationsMunicipalityCreate4Document,
    "query NationalMunicipality($code: String!) { municipality(code: $code) { applicationUsages { lifecyclePhase } } }": types.NationalMunicipalityDocument,
    "query NationalAgreements { agreements(first: 100) { totalCount nodes { schedule { status } } } }": types.NationalAgreementsDocument,
    "query NationalGovernanceReport { governanceReport { rules { code applicable compliant } } }": types.NationalGovernanceReportDocument,
    "query NationalCompetenceRisk { competenceRisk(first: 10) { totalCount nodes { score specialistsLeaving } } }": types.NationalCompetenceRiskDocument,
    "query NationalCollaborations { collaborations(first: 1) { totalCount } }": types.NationalCollaborationsDocument,
    "query SeedTruthStatusBoard($asOf: LocalDate!, $participant: ID) { statusBoard(asOf: $asOf, first: 100, participant: $participant) { totalCount nodes {\n  collaboration { name application { category } collaborationBody { shortName } } level { ordinal name } participants { code } } } }": types.SeedTruthStatusBoardDocument,
    "query SeedTruthRoleAssignments($kind: RoleKind!) { roleAssignments(kind: $kind, asOf: \"2008-06-01\", first: 100) { totalCount nodes { itUnit { name municipality { code } } } } }": types.SeedTruthRoleAssignmentsDocument,
    "query SeedTruthCollaborations { collaborations(first: 100) { nodes { name all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } } } }": types.SeedTruthCollaborationsDocument,
    "query SeedTruthCollaborations2 { collaborations(first: 100) { nodes { name collaborationBody { shortName } } } }": types.SeedTruthCollaborations2Document,
    "query SeedTruthAgreements { agreements(kind: SAMVERKANSAVTAL, first: 100) { nodes { name municipalities { code } } } }": types.SeedTruthAgreementsDocument,
    "query SeedTruthGovernanceReport($asOf: LocalDate!) { governanceReport(asOf: $asOf) { rules { code failures { label } } } }": types.SeedTruthGovernanceReportDocument,
    "query SeedTruthRoleAssignments2($asOf: LocalDate!) { roleAssignments(asOf: $asOf, first: 100) { totalCount nodes { kind person { name municipality { code } } collaboration { collaborationBody { shortName } } itUnit { municipality { code } } } } }": types.SeedTruthRoleAssignments2Document,
    "query FoundationSeedMunicipalities { municipalities(first: 20) { totalCount nodes { code name population(year: 2024) { year population } } } }": types.FoundationSeedMunicipalitiesDocument,
    "query FoundationSeedMunicipality { municipality(code: \"1492\") { memberships { fromDate toDate collaborationBody { shortName } } } }": types.FoundationSeedMunicipalityDocument,
    "query FoundationSeedCollaborationBodies { collaborationBodies { nodes { id } } }": types.FoundationSeedCollaborationBodiesDocument,
    "query FoundationSeedMunicipalities2($body: ID!, $on: LocalDate) { municipalities(memberOf: $body, memberOn: $on) { nodes { code } } }": types.FoundationSeedMunicipalities2Document,
    "query FoundationSeedCollaborationLevels { collaborationLevels { ordinal name } }": types.FoundationSeedCollaborationLevelsDocument,
    "query FoundationSeedMunicipality2 { municipality(code: \"1785\") { id } }": types.FoundationSeedMunicipality2Document,
    "query FoundationSeedCollaborations($m: ID!) { collaborations(participant: $m) { nodes { name application { category } } } }": types.FoundationSeedCollaborationsDocument,
    "query FoundationSeedCollaborations2 { collaborations(minLevel: 4) { nodes { name level { ordinal } } } }": types.FoundationSeedCollaborations2Document,
    "query FoundationSeedApplications { applications(category: CARE) { nodes { name } } }": types.FoundationSeedApplicationsDocument,
    "query FoundationSeedApplications2($m: ID!) { applications(municipality: $m) { totalCount } }": types.FoundationSeedApplications2Document,
    "query FoundationSeedApplications3($after: String) { applications(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { name } } }": types.FoundationSeedApplications3Document,
    "query FoundationSeedApplications4 { applications(first: 100) { totalCount nodes { name } } }": types.FoundationSeedApplications4Document,
    "query FoundationSeedCollaborations3 { collaborations(first: 1) { nodes { id name } } }": types.FoundationSeedCollaborations3Document,
    "query FoundationSeedNode($id: ID!) { node(id: $id) { id ... on Collaboration { name } } }": types.FoundationSeedNodeDocument,
    "query FoundationSeedNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.FoundationSeedNodesDocument,
    "query FoundationStatementsCollaborations { collaborations(first: 100) {\n  totalCount\n  nodes {\n    id name\n    application { name category }\n    host { code name population { population } }\n    operator { name municipality { code } }\n    level { ordinal name }\n    levelSince\n    participants { joinedOn municipality { code name } }\n    levelHistory { changedOn fromLevel { ordinal } toLevel { ordinal name } }\n  } } }": types.FoundationStatementsCollaborationsDocument,
    "query FoundationStatementsMunicipalities { municipalities(first: 100) { nodes { code itUnits { name } applicationUsages { lifecyclePhase application { name } } memberships { fromDate } } } }": types.FoundationStatementsMunicipalitiesDocument,
    "mutation SwedishMessagesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { field code message } } }": types.SwedishMessagesWebhookEndpointCreateDocument,
    "mutation SwedishMessagesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id } userErrors { field code message } } }": types.SwedishMessagesMunicipalityCreateDocument,
    "mutation SwedishMessagesCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { field code message } } }": types.SwedishMessagesCollaborationBodyCreateDocument,
    "query SwedishMessagesMunicipalities { municipalities(countyCode: \"99\") { totalCount } }": types.SwedishMessagesMunicipalitiesDocument,
    "query SwedishMessagesMunicipalities2 { municipalities(first: 1, last: 1) { totalCount } }": types.SwedishMessagesMunicipalities2Document,
    "mutation SwedishMessagesItUnitCreate($input: ItUnitCreateInput!) { itUnitCreate(input: $input) { userErrors { code } } }": types.SwedishMessagesItUnitCreateDocument,
    "query TokenExpiryViewer { viewer { role tokenExpiresAt } }": types.TokenExpiryViewerDocument,
    "mutation CutoffUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }": types.CutoffUsageUpdateDocument,
    "query CutoffReportObjects { governanceReport { rules { code failures { objectId object { ... on ApplicationUsage { userCount } } } } } }": types.CutoffReportObjectsDocument,
    "mutation ReportCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }": types.ReportCollaborationUpdateDocument,
    "query ReportApplicationUsages($m: ID) { applicationUsages(municipality: $m) { nodes { id application { name } } } }": types.ReportApplicationUsagesDocument,
    "mutation ReportCollaborationBodyCreate { collaborationBodyCreate(input: { name: \"Dalby kommunalförbund\", shortName: \"DKF\" }) { collaborationBody { id } userErrors { code } } }": types.ReportCollaborationBodyCreateDocument,
    "mutation ReportGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { field code } } }": types.ReportGovernanceDocumentCreateDocument,
    "mutation ReportGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } } }": types.ReportGovernanceDocumentUpdateDocument,
    "query ReportGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { asOf applicable compliant complianceRate\n  rules { code title source applicable compliant complianceRate failures { ruleCode objectId objectType label reason object { id __typename } } } } }": types.ReportGovernanceReportDocument,
    "query ReportGovernanceReport2($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code failures { label object { id ... on ApplicationUsage { userCount } } } } } }": types.ReportGovernanceReport2Document,
    "mutation ReportApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": types.ReportApplicationUsageUpdateDocument,
    "mutation ReportRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }": types.ReportRoleAssignDocument,
    "mutation ReportAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field code } } }": types.ReportAgreementCreateDocument,
    "query ReportGovernanceDocuments { governanceDocuments(first: 100) { totalCount nodes { id title kind adoptedOn lastReviewedOn reviewIntervalMonths retiredOn nextReviewDue reviewOverdue municipality { code } collaborationBody { shortName } } } }": types.ReportGovernanceDocumentsDocument,
    "mutation ReportGovernanceDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } governanceDocument { lastReviewedOn nextReviewDue reviewOverdue } } }": types.ReportGovernanceDocumentUpdate2Document,
    "mutation ReportGovernanceDocumentCreate2($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { userErrors { field code } governanceDocument { reviewIntervalMonths nextReviewDue municipality { code } } } }": types.ReportGovernanceDocumentCreate2Document,
    "mutation BackupRename($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Ödeby\" }) { userErrors { message } } }": types.BackupRenameDocument,
    "query NamesMunicipalities($first: Int, $after: String) { municipalities(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }": types.NamesMunicipalitiesDocument,
    "mutation NamesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { message } } }": types.NamesMunicipalityCreateDocument,
    "mutation NamesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { userErrors { message } } }": types.NamesApplicationCreateDocument,
    "query NamesMunicipality($code: String!) { municipality(code: $code) { people { name } } }": types.NamesMunicipalityDocument,
    "query NamesMunicipality2 { municipality(code: \"9001\") { id } }": types.NamesMunicipality2Document,
    "mutation NamesMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Östra Zeta\" }) { userErrors { message } } }": types.NamesMunicipalityUpdateDocument,
    "query Names__type { __type(name: \"Query\") { fields { name args { name description } } } }": types.Names__TypeDocument,
    "mutation ConcurrentWritesApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } applicationUsage { id userCount } } }": types.ConcurrentWritesApplicationUsageUpdateDocument,
    "query ConcurrentWritesApplicationUsages { applicationUsages(first: 40) { nodes { id userCount } } }": types.ConcurrentWritesApplicationUsagesDocument,
    "query ConcurrentWritesAuditLog { auditLog(first: 100, operation: \"applicationUsageUpdate\") { nodes { operation } } }": types.ConcurrentWritesAuditLogDocument,
    "query CostLimitCollaborations { collaborations(first: 100) { nodes { participants { municipality { applicationUsages { application { usages { municipality { name code } } } } } } } } }": types.CostLimitCollaborationsDocument,
    "mutation HttpAnswersMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }": types.HttpAnswersMunicipalityUpdateDocument,
    "query HttpAnswersMunicipality($code: String!) { municipality(code: $code) { name } }": types.HttpAnswersMunicipalityDocument,
    "query HttpAnswersMunicipalities($s: String) { municipalities(search: $s) { totalCount } }": types.HttpAnswersMunicipalitiesDocument,
    "mutation HttpAnswersAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }": types.HttpAnswersAgreementCreateDocument,
    "query HttpAnswersNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement { schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline latestPossibleEnd daysLeft } } } }": types.HttpAnswersNodeDocument,
    "mutation HttpCachingCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { code } } }": types.HttpCachingCreateDocument,
    "mutation HttpCachingMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }": types.HttpCachingMunicipalityUpdateDocument,
    "mutation InputListsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { competenceNetwork { id } userErrors { field code } } }": types.InputListsCompetenceNetworkCreateDocument,
    "query InputListsCompetenceNetworks { competenceNetworks { totalCount } }": types.InputListsCompetenceNetworksDocument,
    "mutation InputListsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } } }": types.InputListsAgreementCreateDocument,
    "mutation LateRegistrationWriteApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }": types.LateRegistrationWriteApplicationCreateDocument,
    "mutation LateRegistrationWriteCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }": types.LateRegistrationWriteCollaborationCreateDocument,
    "query LateRegistrationNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {\n  schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining procurementLeadTimeMonths }\n  collaborations(asOf: $asOf) { id } municipalities(asOf: $asOf) { code }\n} } }": types.LateRegistrationNodeDocument,
    "mutation LateRegistrationWriteAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }": types.LateRegistrationWriteAgreementCreateDocument,
    "mutation LateRegistrationWriteAgreementExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }": types.LateRegistrationWriteAgreementExtendDocument,
    "mutation LateRegistrationWriteAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }": types.LateRegistrationWriteAgreementUpdateDocument,
    "mutation LateRegistrationWriteAgreementCreate2($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }": types.LateRegistrationWriteAgreementCreate2Document,
    "query LateRegistrationStatusBoard { statusBoard(asOf: \"2026-01-01\", first: 100) { nodes { collaboration { id } agreements { decisionDeadline status agreement { name } } } } }": types.LateRegistrationStatusBoardDocument,
    "query LateRegistrationAuditLog { auditLog(operation: \"agreementCreate\") { nodes { correctionReason } } }": types.LateRegistrationAuditLogDocument,
    "mutation LateRegistrationAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }": types.LateRegistrationAgreementCreateDocument,
    "mutation LateRegistrationWriteCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.LateRegistrationWriteCollaborationLevelSetDocument,
    "mutation LateRegistrationWriteCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.LateRegistrationWriteCollaborationLevelSet2Document,
    "query LateRegistrationNode2($id: ID!) { node(id: $id) { ... on Collaboration { levelOn(date: \"2023-06-01\") { ordinal } levelHistory { id changedOn fromLevel { ordinal } toLevel { ordinal } } } } }": types.LateRegistrationNode2Document,
    "query LateRegistrationNode3($id: ID!) { node(id: $id) { ... on LevelChange { fromLevel { ordinal } } } }": types.LateRegistrationNode3Document,
    "query TimeTravelBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { totalCount nodes {\n  collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } host { code } operator { name }\n  systemOwners { fromDate toDate person { name } } systemResponsibles { person { name } }\n  agreements { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed procurementLeadTimeMonths agreement { name } }\n  nextDeadline { date kind agreement { name } } needsAttention\n  openGaps { ruleCode label reason }\n} } }": types.TimeTravelBoardDocument,
    "query TimeTravelGovernance($asOf: LocalDate) { governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { label reason } } } }": types.TimeTravelGovernanceDocument,
    "query TimeTravelRisk($asOf: LocalDate) { competenceRisk(asOf: $asOf, first: 100) { totalCount nodes { label score level specialistCount specialistsLeaving reasons { code contribution explanation } } } }": types.TimeTravelRiskDocument,
    "query TimeTravelAgreements($asOf: LocalDate) { agreements(asOf: $asOf, first: 100) { totalCount nodes { name\n  municipalities(asOf: $asOf) { code } itUnits(asOf: $asOf) { name } applications(asOf: $asOf) { name } collaborations(asOf: $asOf) { name }\n  schedule(asOf: $asOf) { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining latestPossibleEnd procurementLeadTimeMonths } } } }": types.TimeTravelAgreementsDocument,
    "query TimeTravelUsages($asOf: LocalDate) { applicationUsages(asOf: $asOf, first: 100) { totalCount nodes { id lifecyclePhase functionalFit technicalFit userCount annualCostOre itUnit { name } } } }": types.TimeTravelUsagesDocument,
    "query TimeTravelCollaborations($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } participants(asOf: $asOf) { municipality { code } } roles(asOf: $asOf) { kind person { name } } } } }": types.TimeTravelCollaborationsDocument,
    "mutation TimeTravelLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.TimeTravelLevelSetDocument,
    "mutation TimeTravelCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }": types.TimeTravelCollaborationUpdateDocument,
    "mutation TimeTravelParticipantAdd($input: CollaborationParticipantAddInput!) { collaborationParticipantAdd(input: $input) { userErrors { code } } }": types.TimeTravelParticipantAddDocument,
    "mutation TimeTravelParticipantRemove($input: CollaborationParticipantRemoveInput!) { collaborationParticipantRemove(input: $input) { userErrors { code } } }": types.TimeTravelParticipantRemoveDocument,
    "mutation TimeTravelUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": types.TimeTravelUsageUpdateDocument,
    "mutation TimeTravelAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }": types.TimeTravelAgreementUpdateDocument,
    "mutation TimeTravelGiveNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { userErrors { code } } }": types.TimeTravelGiveNoticeDocument,
    "mutation TimeTravelTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { userErrors { code } } }": types.TimeTravelTerminateDocument,
    "query TimeTravelRoles($id: ID!) { node(id: $id) { ... on Collaboration { roles { id kind } } } }": types.TimeTravelRolesDocument,
    "mutation TimeTravelRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }": types.TimeTravelRoleEndDocument,
    "query TimeTravelPeople { people(first: 100) { nodes { id name competences { level application { id } } } } }": types.TimeTravelPeopleDocument,
    "mutation TimeTravelCompetenceSet($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }": types.TimeTravelCompetenceSetDocument,
    "mutation TimeTravelLeaveSet($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }": types.TimeTravelLeaveSetDocument,
    "query TimeTravelPlans { trainingPlans(first: 100) { nodes { id } } }": types.TimeTravelPlansDocument,
    "mutation TimeTravelPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }": types.TimeTravelPlanUpdateDocument,
    "mutation TimeTravelPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { userErrors { code } } }": types.TimeTravelPlanCreateDocument,
    "query TimeTravelDocuments { governanceDocuments(first: 100) { nodes { id } } }": types.TimeTravelDocumentsDocument,
    "mutation TimeTravelDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }": types.TimeTravelDocumentUpdateDocument,
    "query TimeTravelCovering($asOf: LocalDate, $c: ID) { agreements(asOf: $asOf, collaboration: $c, first: 100) { nodes { name } } }": types.TimeTravelCoveringDocument,
    "mutation TimeTravelCorrection($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.TimeTravelCorrectionDocument,
    "query TimeTravelAudit { auditLog(operation: \"collaborationLevelSet\") { nodes { correctionReason changes { objectType } } } }": types.TimeTravelAuditDocument,
    "query TimeTravelPerson { people(first: 100) { nodes { id municipality { code } competences { level application { id } } } } }": types.TimeTravelPersonDocument,
    "mutation TimeTravelApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }": types.TimeTravelApplicationCreateDocument,
    "mutation TimeTravelCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }": types.TimeTravelCollaborationCreateDocument,
    "mutation TimeTravelAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }": types.TimeTravelAgreementCreateDocument,
    "mutation TimeTravelUsageCreate($input: ApplicationUsageCreateInput!) { applicationUsageCreate(input: $input) { applicationUsage { id } userErrors { code } } }": types.TimeTravelUsageCreateDocument,
    "mutation TimeTravelLatePlan($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { id } userErrors { code } } }": types.TimeTravelLatePlanDocument,
    "mutation TimeTravelDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { code } } }": types.TimeTravelDocumentCreateDocument,
    "mutation TimeTravelRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id } userErrors { code } } }": types.TimeTravelRoleAssignDocument,
    "mutation TimeTravelCollaborationUpdate2($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }": types.TimeTravelCollaborationUpdate2Document,
    "mutation TimeTravelLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.TimeTravelLevelSet2Document,
    "mutation TimeTravelExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }": types.TimeTravelExtendDocument,
    "mutation TimeTravelAgreementUpdate2($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }": types.TimeTravelAgreementUpdate2Document,
    "mutation TimeTravelUsageUpdate2($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": types.TimeTravelUsageUpdate2Document,
    "mutation TimeTravelCompetenceSet2($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }": types.TimeTravelCompetenceSet2Document,
    "mutation TimeTravelLeaveSet2($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }": types.TimeTravelLeaveSet2Document,
    "mutation TimeTravelPlanUpdate2($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }": types.TimeTravelPlanUpdate2Document,
    "mutation TimeTravelDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }": types.TimeTravelDocumentUpdate2Document,
    "mutation TimeTravelRoleEnd2($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }": types.TimeTravelRoleEnd2Document,
    "query TimeTravelSchedule($id: ID!) { node(id: $id) { ... on Agreement { schedule { currentTermEnd extensionsUsed procurementLeadTimeMonths } } } }": types.TimeTravelScheduleDocument,
    "query TimeTravelInPhase($asOf: LocalDate, $phase: LifecyclePhase) { applicationUsages(asOf: $asOf, lifecyclePhase: $phase, first: 100) { nodes { id } } }": types.TimeTravelInPhaseDocument,
    "mutation TimeTravelBackDated($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { field code } } }": types.TimeTravelBackDatedDocument,
    "query KitMunicipalities { municipalities { totalCount } collaborations { totalCount } agreements { totalCount } collaborationLevels { ordinal } }": types.KitMunicipalitiesDocument,
    "mutation KitRename($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }": types.KitRenameDocument,
    "query KitLevels {\n  collaborationLevels {\n    id\n    ordinal\n    name\n  }\n}\n\nmutation KitMunicipality($input: MunicipalityCreateInput!) {\n  municipalityCreate(input: $input) {\n    municipality {\n      id\n      code\n      name\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitItUnit($input: ItUnitCreateInput!) {\n  itUnitCreate(input: $input) {\n    itUnit {\n      id\n      name\n      kind\n      municipality {\n        id\n        code\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitApplication($input: ApplicationCreateInput!) {\n  applicationCreate(input: $input) {\n    application {\n      id\n      name\n      category\n      scope\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitUsage($input: ApplicationUsageCreateInput!) {\n  applicationUsageCreate(input: $input) {\n    applicationUsage {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCollaboration($input: CollaborationCreateInput!) {\n  collaborationCreate(input: $input) {\n    collaboration {\n      id\n      name\n      startedOn\n      level {\n        id\n        ordinal\n      }\n      application {\n        id\n        name\n      }\n      host {\n        id\n        code\n      }\n      participants {\n        municipality {\n          id\n          code\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitAgreement($input: AgreementCreateInput!) {\n  agreementCreate(input: $input) {\n    agreement {\n      id\n      name\n      kind\n      startDate\n      endDate\n      status\n      noticeDeadline\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitPerson($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      municipality {\n        id\n        code\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitLevelSet($input: CollaborationLevelSetInput!) {\n  collaborationLevelSet(input: $input) {\n    collaboration {\n      id\n      level {\n        ordinal\n      }\n      levelHistory {\n        changedOn\n        toLevel {\n          ordinal\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nquery KitAuditLog {\n  auditLog(first: 100) {\n    totalCount\n    nodes {\n      operation\n      correctionReason\n    }\n  }\n}\n\nmutation KitCompetence($input: CompetenceSetInput!) {\n  competenceSet(input: $input) {\n    competence {\n      id\n      level\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitPlannedLeave($input: PersonPlannedLeaveSetInput!) {\n  personPlannedLeaveSet(input: $input) {\n    person {\n      id\n      plannedLeave\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitChangeFreeze($input: ChangeFreezeCreateInput!) {\n  changeFreezeCreate(input: $input) {\n    changeFreeze {\n      id\n      name\n      kind\n      category\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCompetenceNetwork($input: CompetenceNetworkCreateInput!) {\n  competenceNetworkCreate(input: $input) {\n    competenceNetwork {\n      id\n      name\n      category\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitTrainingPlan($input: TrainingPlanCreateInput!) {\n  trainingPlanCreate(input: $input) {\n    trainingPlan {\n      id\n      name\n      target\n      reviewedOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitTrainingActivity($input: TrainingActivityAddInput!) {\n  trainingActivityAdd(input: $input) {\n    trainingActivity {\n      id\n      title\n      heldOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitRole($input: RoleAssignInput!) {\n  roleAssign(input: $input) {\n    roleAssignment {\n      id\n      kind\n      fromDate\n      toDate\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitParticipantAdd($input: CollaborationParticipantAddInput!) {\n  collaborationParticipantAdd(input: $input) {\n    collaboration {\n      id\n      participants {\n        municipality {\n          id\n          code\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCollaborationBody($input: CollaborationBodyCreateInput!) {\n  collaborationBodyCreate(input: $input) {\n    collaborationBody {\n      id\n      name\n      shortName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitGovernanceDocument($input: GovernanceDocumentCreateInput!) {\n  governanceDocumentCreate(input: $input) {\n    governanceDocument {\n      id\n      title\n      kind\n      adoptedOn\n      lastReviewedOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}": types.KitLevelsDocument,
    "mutation PopulationImportMunicipalityPopulationsImport($input: MunicipalityPopulationsImportInput!) { municipalityPopulationsImport(input: $input) {\n  plan { applied newCount changedCount unchangedCount skippedRegions notInDatabase problems { line column code message } rows { code name year before after action } }\n  userErrors { field code message } } }": types.PopulationImportMunicipalityPopulationsImportDocument,
    "query PopulationImportMunicipality($code: String!) { municipality(code: $code) { populations { year population } } }": types.PopulationImportMunicipalityDocument,
    "query PopulationImportAuditLog($id: ID!) { auditLog(objectId: $id, operation: \"municipalityPopulationsImport\", first: 1) { nodes { operation actorName changes { objectId fields { field before after } } } } }": types.PopulationImportAuditLogDocument,
    "mutation PopulationImportMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 11000 }) { userErrors { code } } }": types.PopulationImportMunicipalityPopulationSetDocument,
    "mutation PopulationImportMunicipalityCreate { municipalityCreate(input: { code: \"1917\", name: \"Heby\" }) { municipality { id } } }": types.PopulationImportMunicipalityCreateDocument,
    "mutation PopulationImportMunicipalityCodeChange($id: ID!) { municipalityCodeChange(input: { id: $id, code: \"0331\", validFrom: \"2007-01-01\" }) { userErrors { code } } }": types.PopulationImportMunicipalityCodeChangeDocument,
    "query ReferenceMunicipalities { municipalities(first: 1) { totalCount } counties { code name shortName } collaborations { totalCount } collaborationLevels { ordinal }\n        municipality(code: \"1460\") { name county countyCode populations { year population } itUnits { name } } }": types.ReferenceMunicipalitiesDocument,
    "query ReferencePage($first: Int) { municipalities(first: $first) { nodes { code countyCode formerCodes { code } populations { year } } } }": types.ReferencePageDocument,
    "query ReferenceMunicipalities2 { municipalities(countyCode: \"17\", first: 100) { totalCount nodes { code name } } }": types.ReferenceMunicipalities2Document,
    "query ReferenceMunicipalities3 { municipalities(countyCode: \"14\", search: \"ed\") { nodes { name } } }": types.ReferenceMunicipalities3Document,
    "query ReferenceMunicipalities4($c: String) { municipalities(countyCode: $c) { totalCount } }": types.ReferenceMunicipalities4Document,
    "query ReferenceMunicipalities5 { municipalities(first: 1) { totalCount } collaborations { totalCount } collaborationLevels { ordinal }\n        municipality(code: \"1492\") { countyCode populations { year population } itUnits { name } } }": types.ReferenceMunicipalities5Document,
    "query ReferenceMunicipalities6 { municipalities { nodes { code countyCode } } }": types.ReferenceMunicipalities6Document,
    "mutation ReferenceMunicipalityCreate { municipalityCreate(input: { code: \"2180\" }) { municipality { code name county countyCode populations { year population } } userErrors { code } } }": types.ReferenceMunicipalityCreateDocument,
    "query ReferenceMunicipalities7 { municipalities(countyCode: \"21\") { totalCount } }": types.ReferenceMunicipalities7Document,
    "mutation ReferenceMunicipalityCreate2 { municipalityCreate(input: { code: \"9998\" }) { municipality { id } userErrors { field code message } } }": types.ReferenceMunicipalityCreate2Document,
    "mutation ReferenceMunicipalityCreate3 { municipalityCreate(input: { code: \"9998\", name: \"Provkommun\", county: \"Provlän\" }) { municipality { name county countyCode populations { year } } userErrors { code } } }": types.ReferenceMunicipalityCreate3Document,
    "mutation ReferenceMunicipalityUpdate($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county countyCode } userErrors { code } } }": types.ReferenceMunicipalityUpdateDocument,
    "mutation ReferenceMunicipalityCreate4 { municipalityCreate(input: { code: \"1917\", name: \"Heby\", county: \"Västmanlands län\" }) { municipality { id } userErrors { code } } }": types.ReferenceMunicipalityCreate4Document,
    "mutation ReferenceMunicipalityCodeChange($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) {\n      municipality { code codeValidFrom formerCodes { code validFrom validTo } } userErrors { field code message } } }": types.ReferenceMunicipalityCodeChangeDocument,
    "query ReferenceMunicipality($code: String!, $on: LocalDate) { municipality(code: $code, on: $on) { name code } }": types.ReferenceMunicipalityDocument,
    "query ReferenceAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": types.ReferenceAuditLogDocument,
    "mutation ReferenceMunicipalityCodeChange2($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) { municipality { code } userErrors { field code } } }": types.ReferenceMunicipalityCodeChange2Document,
    "query ReferenceNode($id: ID!) { node(id: $id) { ... on Municipality { code formerCodes { code validTo } } } }": types.ReferenceNodeDocument,
    "query BrowserRecommendationDecisions { recommendationDecisions(status: REJECTED) { nodes { id reason decidedBy } } }": types.BrowserRecommendationDecisionsDocument,
    "query BrowserAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }": types.BrowserAuditLogDocument,
    "mutation CompetenceGovernancePagesCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { userErrors { message } } }": types.CompetenceGovernancePagesCompetenceNetworkCreateDocument,
    "query CompetenceGovernancePagesCompetenceRisk { competenceRisk(first: 100) { nodes { label score application { name } collaboration { id } } } }": types.CompetenceGovernancePagesCompetenceRiskDocument,
    "query CompetenceGovernancePagesGovernanceReport { governanceReport { compliant applicable rules { title failures { label objectType } } } }": types.CompetenceGovernancePagesGovernanceReportDocument,
    "query ImportPageMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } userCount } } }": types.ImportPageMunicipalityDocument,
    "query ImportPageAuditLog { auditLog(first: 20) { nodes { operation } } }": types.ImportPageAuditLogDocument,
    "query MunicipalityPageMunicipality($code: String!, $ref: ID!) {\n  municipality(code: $code) { name applicationUsages { application { name } userCount } participations { collaboration { id name } } }\n  agreements(municipality: $ref, first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } }\n  competenceRisk(municipality: $ref, first: 100) { nodes { label } }\n}": types.MunicipalityPageMunicipalityDocument,
    "query MunicipalityPageAgreements { agreements(first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } } }": types.MunicipalityPageAgreementsDocument,
    "query NeedsPageNeedRegistrations { needRegistrations(first: 100) { nodes { id category neededBy description budgetFrameOre municipality { code } choice { kind reason } } } }": types.NeedsPageNeedRegistrationsDocument,
    "mutation NeedsPageWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { userErrors { code } } }": types.NeedsPageWebhookEndpointCreateDocument,
    "query NeedsPageApplications { applications(first: 100, search: \"ByggR\") { nodes { id name } } }": types.NeedsPageApplicationsDocument,
    "mutation NeedsPageAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { code } } }": types.NeedsPageAgreementCreateDocument,
    "mutation PagesBrowserCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { message } } }": types.PagesBrowserCollaborationBodyCreateDocument,
    "mutation PagesBrowserMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }": types.PagesBrowserMembershipStartDocument,
    "query PagesBrowserCollaborationCandidates { collaborationCandidates(first: 5) { nodes { id } } }": types.PagesBrowserCollaborationCandidatesDocument,
    "query PagesBrowserMunicipality($c: String!) { municipality(code: $c) { applicationUsages { application { name } userCount } } }": types.PagesBrowserMunicipalityDocument,
    "query PagesBrowserAuditLog { auditLog(first: 50) { nodes { operation actorName } } }": types.PagesBrowserAuditLogDocument,
    "query PagesBrowserRecommendationDecisions { recommendationDecisions { nodes { reason } } }": types.PagesBrowserRecommendationDecisionsDocument,
    "query PlansBrowserCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }": types.PlansBrowserCollaborationCandidatesDocument,
    "mutation PlansBrowserRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }": types.PlansBrowserRecommendationDecideDocument,
    "query PlansBrowserCollaborationBodies { collaborationBodies { nodes { id shortName } } }": types.PlansBrowserCollaborationBodiesDocument,
    "mutation PlansBrowserImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { html } } }": types.PlansBrowserImplementationPlanIssueDocument,
    "query RecommendationsPageCollaborationCandidates($asOf: LocalDate, $municipality: ID, $trigger: RecommendationTrigger, $orderBy: CollaborationCandidateOrder) {\n  collaborationCandidates(asOf: $asOf, municipality: $municipality, trigger: $trigger, orderBy: $orderBy, first: 100) {\n    totalCount nodes { id kind score summary drivingDeadline proposedApplication { name } participants { code } targetLevel { ordinal name } }\n  }\n}": types.RecommendationsPageCollaborationCandidatesDocument,
    "query RecommendationsPageRecommendationDecisions { recommendationDecisions(first: 100) { nodes { id status reason decidedBy deferredUntil candidateKey } } }": types.RecommendationsPageRecommendationDecisionsDocument,
    "query RecommendationsPageAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }": types.RecommendationsPageAuditLogDocument,
    "query SigninCollaborations { collaborations { totalCount } }": types.SigninCollaborationsDocument,
    "query StatusPageSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {\n  collaboration { name } level { ordinal name } openGaps { reason } nextDeadline { date daysLeft }\n} }": types.StatusPageSharedSystemStatusDocument,
    "query SystemPageCollaborations($asOf: LocalDate) { collaborations(first: 100) { nodes {\n  id name startedOn\n  levelHistory { changedOn decisionReference }\n  participants(includeFormer: true) { municipality { name } joinedOn leftOn }\n  roles { kind person { name } }\n  statusBoardRow(asOf: $asOf) { agreements { agreement { name } decisionDeadline noticeDeadline } openGaps { reason } }\n} }\ncollaborationCandidates(includeHidden: true, first: 100) { nodes { id summary collaboration { id } } } }": types.SystemPageCollaborationsDocument,
    "query SystemPageMunicipalities { municipalities(first: 1) { nodes { id } } }": types.SystemPageMunicipalitiesDocument,
    "query BudgetDigestCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id category } } }": types.BudgetDigestCollaborationCandidatesDocument,
    "mutation BudgetDigestRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }": types.BudgetDigestRecommendationDecideDocument,
    "mutation BudgetDigestImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version } userErrors { code } } }": types.BudgetDigestImplementationPlanIssueDocument,
    "query KeptFreshImplementationPlan($body: ID!) { implementationPlan(body: $body, from: \"2026-01-01\", to: \"2030-12-31\") { items { decisionId oneOff { kind amountOre estimated } } budgetNotices { code budgetDecidedBy } } }": types.KeptFreshImplementationPlanDocument,
    "query KeptFreshCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }": types.KeptFreshCollaborationCandidatesDocument,
    "mutation KeptFreshRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id } userErrors { code } } }": types.KeptFreshRecommendationDecideDocument,
    "mutation KeptFreshDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { userErrors { code } } }": types.KeptFreshDecisionCostsSetDocument,
    "mutation KeptFreshBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { userErrors { code } } }": types.KeptFreshBudgetCalendarSetDocument,
    "query PlansPlanCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key category participants { id code } } } }": types.PlansPlanCollaborationCandidatesDocument,
    "mutation PlansPlanRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id status } userErrors { field code message } } }": types.PlansPlanRecommendationDecideDocument,
    "query PlansPlanImplementationPlan($body: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {\n  implementationPlan(body: $body, from: $from, to: $to, asOf: $asOf) {\n    asOf bodyName from to oneOffTotalOre annualBeforeOre annualAfterOre\n    items {\n      decisionId decidedOn system category collaboration currentLevel targetLevel targetLevelName costKey systemOwners operator\n      window { decisionOn leadMonths earliestStart lengthDays start end avoidedFreezes }\n      annualBeforeOre oneOffTotalOre\n      annualAfter { kind amountOre estimated basis budgetYear shares { code amountOre } }\n      oneOff { kind amountOre estimated basis budgetYear shares { code amountOre } }\n      municipalities { code name annualBeforeOre annualAfterOre annualChangeOre oneOffOre oneOffBudgetYear annualBudgetYear budgetDecidedBy inTime }\n    }\n    municipalities { code annualBeforeOre annualAfterOre annualChangeOre oneOffOre }\n    budgetNotices { code name budgetDecidedBy inTime lines { decisionId system what kind budgetYear amountOre estimated } years { year amountOre } }\n  } }": types.PlansPlanImplementationPlanDocument,
    "mutation PlansPlanImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version sha256 issuedOn html csv path } userErrors { field code message } } }": types.PlansPlanImplementationPlanIssueDocument,
    "mutation PlansPlanDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { decision { id } userErrors { field code message } } }": types.PlansPlanDecisionCostsSetDocument,
    "query PlansPlanMunicipalities { municipalities(first: 100) { nodes { code id } } }": types.PlansPlanMunicipalitiesDocument,
    "mutation PlansPlanBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { municipality { code } userErrors { code } } }": types.PlansPlanBudgetCalendarSetDocument,
    "query PlansPlanImplementationPlanIssues($b: ID!, $f: LocalDate!, $t: LocalDate!) { implementationPlanIssues(body: $b, from: $f, to: $t) { version sha256 html } }": types.PlansPlanImplementationPlanIssuesDocument,
    "query WhatifWhatIf($input: WhatIfInput!) { whatIf(input: $input) {\n  change municipalityCode municipalityName scope from summary\n  costSplits { agreementId agreement key totalOre problem shares { code name beforeOre afterOre changeOre } }\n  agreements { agreement kind referenceNumber change noticeDeadline decisionDeadline currentTermEnd noticeDeadlinePassed }\n  systems { collaboration application level levelName participantsBefore participantsAfter fallsBelowLevel consequences specialistsBefore specialistsAfter specialistsLost rolesLost }\n  window { start end avoidedFreezes }\n} }": types.WhatifWhatIfDocument,
    "mutation WhatifAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { field code message } } }": types.WhatifAgreementUpdateDocument,
    "mutation WhatifWhatIfDecisionRecord($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id change from scenario summary resultSha256 reason decisionReference decidedOn } userErrors { field code message } } }": types.WhatifWhatIfDecisionRecordDocument,
    "query WhatifWhatIfDecisions { whatIfDecisions { id } }": types.WhatifWhatIfDecisionsDocument,
    "mutation WhatifWhatIfDecisionRecord2($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id } userErrors { field code } } }": types.WhatifWhatIfDecisionRecord2Document,
    "query CandidateIdentityCollaborationCandidates($asOf: LocalDate) { collaborationCandidates(first: 100, asOf: $asOf, includeHidden: true) { nodes { id key asOf score hidden } } }": types.CandidateIdentityCollaborationCandidatesDocument,
    "query CandidateIdentityNode($id: ID!) { node(id: $id) { __typename id ... on CollaborationCandidate { key asOf score hidden decision { status } } } }": types.CandidateIdentityNodeDocument,
    "mutation CandidateIdentityRecommendationDecide($input: RecommendationDecideInput!) {\n  recommendationDecide(input: $input) { decision { status } candidate { id key asOf hidden decision { status reason } } userErrors { code } } }": types.CandidateIdentityRecommendationDecideDocument,
    "query CandidateIdentityCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key category } } }": types.CandidateIdentityCollaborationCandidates2Document,
    "query CandidateIdentityNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on CollaborationCandidate { score } } }": types.CandidateIdentityNodesDocument,
    "query CandidatesCollaborationCandidates($asOf: LocalDate, $m: ID, $hidden: Boolean) {\n  collaborationCandidates(first: 100, asOf: $asOf, municipality: $m, includeHidden: $hidden) {\n    totalCount\n    nodes {\n      id key kind category score summary explanation hidden changesSinceDecision drivingDeadline combinedAnnualCostSek targetLevelReason proposalReason viewerCanDecide\n      participants { code } joiningMunicipalities { code } applications { name } proposedApplication { name }\n      collaboration { name } currentLevel { ordinal } targetLevel { ordinal name } drivingAgreement { name }\n      contributions { trigger weight points explanation evidence { objectId objectType label detail lastChangedOn object { id } } }\n      costSplit { municipality { code } population amountOre }\n      transitionWindow { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }\n      decision { status reason decidedOn decidedBy } decisionHistory { status decidedOn }\n    }\n  } }": types.CandidatesCollaborationCandidatesDocument,
    "mutation CandidatesRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { status reason decidedOn decidedBy candidateKey participants { code } } userErrors { field code message } } }": types.CandidatesRecommendationDecideDocument,
    "query CandidatesRecommendationDecisions { recommendationDecisions { totalCount } }": types.CandidatesRecommendationDecisionsDocument,
    "query CandidatesAuditLog { auditLog(operation: \"recommendationDecide\") { totalCount } }": types.CandidatesAuditLogDocument,
    "mutation CandidatesApplicationUsageUpdate($id: ID!) { applicationUsageUpdate(input: { id: $id, functionalFit: 1 }) { userErrors { code } } }": types.CandidatesApplicationUsageUpdateDocument,
    "query CandidatesRecommendationDecisions2 { recommendationDecisions(from: \"2026-01-01\") { totalCount nodes { status summary decidedBy municipality { code } } } }": types.CandidatesRecommendationDecisions2Document,
    "query FollowUpRecommendationDecisions { recommendationDecisions(first: 10) { nodes { id status decidedOn\n  expectedEffects { expectedCostPerInhabitantOre expectedLevel expectedCompetenceRiskScore expectedProductCount recordedOn }\n  followUp { atDecision { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }\n    points { monthsAfter date reached costRose realised { costPerInhabitantOre levelOrdinal competenceRiskScore productCount } } } } } }": types.FollowUpRecommendationDecisionsDocument,
    "mutation FollowUpDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { decisionEffect { expectedLevel } userErrors { field code message } } }": types.FollowUpDecisionEffectsRecordDocument,
    "query FollowUpMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id application { name } annualCostOre } } }": types.FollowUpMunicipalityDocument,
    "mutation FollowUpApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }": types.FollowUpApplicationUsageUpdateDocument,
    "query FollowUpCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }": types.FollowUpCollaborationCandidatesDocument,
    "query FollowUpAnnualReport { annualReport(year: 2026) { followUps { costRose decisions { subject points { monthsAfter costRose } } } } }": types.FollowUpAnnualReportDocument,
    "query FollowUpNode($id: ID!) { node(id: $id) { ... on RecommendationDecision { followUp { points { date } } } } }": types.FollowUpNodeDocument,
    "query FreezeExceptionsCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }": types.FreezeExceptionsCollaborationCandidatesDocument,
    "mutation FreezeExceptionsChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id announcedOn announcedLate } userErrors { field code } } }": types.FreezeExceptionsChangeFreezeCreateDocument,
    "mutation FreezeExceptionsFreezeExceptionRequest($input: FreezeExceptionRequestInput!) { freezeExceptionRequest(input: $input) { freezeException { id kind status fromDate toDate requestedOn requestedBy } userErrors { field code message } } }": types.FreezeExceptionsFreezeExceptionRequestDocument,
    "mutation FreezeExceptionsFreezeExceptionDecide($input: FreezeExceptionDecideInput!) { freezeExceptionDecide(input: $input) { freezeException { id status decidedOn decisionReason } userErrors { field code message } } }": types.FreezeExceptionsFreezeExceptionDecideDocument,
    "query FreezeExceptionsCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }": types.FreezeExceptionsCollaborationCandidates2Document,
    "query FreezeExceptionsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": types.FreezeExceptionsAuditLogDocument,
    "query FreezeExceptionsCollaborationCandidates3 { collaborationCandidates(first: 100, asOf: \"2026-06-14\") { nodes { key transitionWindow { start } } } }": types.FreezeExceptionsCollaborationCandidates3Document,
    "query FreezeExceptionsNode($id: ID!) { node(id: $id) { ... on ChangeFreeze { exceptions { status kind rollbackPlan } } } freezeExceptions(status: APPROVED) { totalCount } }": types.FreezeExceptionsNodeDocument,
    "query FreezeExceptionsChangeFreezes { changeFreezes(first: 100) { nodes { name announcedLate } } }": types.FreezeExceptionsChangeFreezesDocument,
    "mutation NeedsVocabularyVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { userErrors { code } } }": types.NeedsVocabularyVocabularyTermCreateDocument,
    "mutation NeedsVocabularyApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name vendor category scope } userErrors { code } } }": types.NeedsVocabularyApplicationCreateDocument,
    "mutation NeedsVocabularyNeedRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { id category categoryCode answer { summary matches { municipality { name } application { name } } options { kind } } } userErrors { field code } } }": types.NeedsVocabularyNeedRegisterDocument,
    "fragment NeedsNeed on NeedRegistration { id category neededBy description budgetFrameOre registeredOn registeredBy viewerCanChoose municipality { code }\n  answer { asOf summary\n    matches { inSameBody lifecyclePhase functionalFit technicalFit userCount annualCostOre municipality { code } application { name } collaboration { name } level { ordinal }\n      agreements { name decisionDeadline nearNeed agreement { id } } }\n    deadlinesNearNeed { name decisionDeadline }\n    options { key kind summary meetsNeededBy annualCostOre partners { code } collaboration { name } application { name }\n      window { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }\n      costSplit { municipality { code } population amountOre } } }\n  choice { key kind summary reason decidedOn decidedBy partners { code } window { start end } } }": types.NeedsNeedFragmentDoc,
    "mutation NeedsRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }": types.NeedsRegisterDocument,
    "mutation NeedsChoose($input: NeedChooseInput!) { needChoose(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }": types.NeedsChooseDocument,
    "mutation NeedsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id decisionDeadline } userErrors { code } } }": types.NeedsAgreementCreateDocument,
    "mutation NeedsWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { code } } }": types.NeedsWebhookEndpointCreateDocument,
    "query NeedsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": types.NeedsAuditLogDocument,
    "query NeedsNeedRegistrations($m: ID) { needRegistrations(municipality: $m) { totalCount nodes { id choice { kind } } } }": types.NeedsNeedRegistrationsDocument,
    "query NeedsNeedRegistrations2($m: ID) { needRegistrations(municipality: $m) { totalCount } }": types.NeedsNeedRegistrations2Document,
    "query SettingsFreezesCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }": types.SettingsFreezesCollaborationCandidatesDocument,
    "query SettingsFreezesTriggerSettings { triggerSettings { id agreementHorizonMonths poorFitThreshold competenceRiskMinScore jointLevel weightSameApplication transitionWindowDays } }": types.SettingsFreezesTriggerSettingsDocument,
    "mutation SettingsFreezesTriggerSettingsUpdate($input: TriggerSettingsUpdateInput!) { triggerSettingsUpdate(input: $input) { triggerSettings { weightSameApplication poorFitThreshold } userErrors { field code } } }": types.SettingsFreezesTriggerSettingsUpdateDocument,
    "query SettingsFreezesCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key score contributions { trigger weight } } } }": types.SettingsFreezesCollaborationCandidates2Document,
    "query SettingsFreezesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field before after } } } } }": types.SettingsFreezesAuditLogDocument,
    "mutation SettingsFreezesChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id name kind category periods(year: 2026) { from to } municipality { code } } userErrors { field code } } }": types.SettingsFreezesChangeFreezeCreateDocument,
    "query SettingsFreezesChangeFreezes($m: ID) { changeFreezes(municipality: $m, first: 100) { totalCount nodes { name kind category fromWeek toWeek fromMonthDay toMonthDay periods(year: 2026) { from to } } } }": types.SettingsFreezesChangeFreezesDocument,
    "query SettingsFreezesChangeFreezes2($m: ID) { changeFreezes(municipality: $m) { totalCount } }": types.SettingsFreezesChangeFreezes2Document,
    "query SettingsFreezesMunicipality { municipality(code: \"1492\") { changeFreezes { name kind fromDate toDate } } }": types.SettingsFreezesMunicipalityDocument,
    "mutation SettingsFreezesChangeFreezeUpdate($id: ID!) { changeFreezeUpdate(input: { id: $id, category: SCHOOL, period: { kind: DAY_MONTH, fromMonthDay: \"02-29\", toMonthDay: \"03-05\" } }) { changeFreeze { kind category fromWeek fromMonthDay periods(year: 2027) { from to } } userErrors { code } } }": types.SettingsFreezesChangeFreezeUpdateDocument,
    "mutation SettingsFreezesChangeFreezeDelete($id: ID!) { changeFreezeDelete(input: { id: $id }) { changeFreeze { name } userErrors { code } } }": types.SettingsFreezesChangeFreezeDeleteDocument,
    "query SettingsFreezesNode($id: ID!) { node(id: $id) { id } }": types.SettingsFreezesNodeDocument,
    "query SettingsFreezesCollaborationCandidates3 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }": types.SettingsFreezesCollaborationCandidates3Document,
    "query RecommendationsStatementsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) {\n  totalCount\n  nodes {\n    key score summary explanation\n    participants { name } applications { name } proposedApplication { name } collaboration { name }\n    currentLevel { ordinal } targetLevel { ordinal } drivingAgreement { name } decision { status }\n    contributions { trigger points evidence { objectId lastChangedOn } }\n    costSplit { municipality { code } amountOre } transitionWindow { start end }\n  } } }": types.RecommendationsStatementsCollaborationCandidatesDocument,
    "mutation RemindersCliWebhookEndpointCreate($url: String!) { webhookEndpointCreate(input: { url: $url, eventTypes: [LEVEL_CHANGED] }) { userErrors { code } } }": types.RemindersCliWebhookEndpointCreateDocument,
    "mutation RemindersCliCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.RemindersCliCollaborationLevelSetDocument,
    "query RemindersCliWebhookDeliveries { webhookDeliveries { totalCount nodes { eventType status } } }": types.RemindersCliWebhookDeliveriesDocument,
    "mutation FeedsCalendarFeedCreate($input: CalendarFeedCreateInput!) { calendarFeedCreate(input: $input) {\n  calendarFeed { id name municipality { code } createdBy createdAt revokedAt }\n  token url userErrors { field code message } } }": types.FeedsCalendarFeedCreateDocument,
    "mutation FeedsCalendarFeedRevoke($id: ID!) { calendarFeedRevoke(input: { id: $id }) { calendarFeed { id revokedAt } userErrors { field code message } } }": types.FeedsCalendarFeedRevokeDocument,
    "query FeedsCalendarFeeds { calendarFeeds { nodes { name municipality { code } } } }": types.FeedsCalendarFeedsDocument,
    "mutation WebhooksWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) {\n  webhookEndpoint { id url eventTypes thresholdDays disabledAt } secret userErrors { field code message } } }": types.WebhooksWebhookEndpointCreateDocument,
    "query WebhooksWebhookDeliveries($endpoint: ID, $status: WebhookDeliveryStatus) { webhookDeliveries(endpoint: $endpoint, status: $status, first: 100) {\n  totalCount nodes { messageId eventType status attempts lastResponseCode lastError nextAttemptAt lastAttemptAt } } }": types.WebhooksWebhookDeliveriesDocument,
    "query WebhooksWebhookEndpoints { webhookEndpoints { totalCount } }": types.WebhooksWebhookEndpointsDocument,
    "mutation WebhooksAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field message } } }": types.WebhooksAgreementCreateDocument,
    "query WebhooksAgreements { agreements(first: 100) { nodes { id name } } }": types.WebhooksAgreementsDocument,
    "mutation WebhooksAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { message } } }": types.WebhooksAgreementUpdateDocument,
    "query WebhooksCollaborationLevels { collaborationLevels { id ordinal } }": types.WebhooksCollaborationLevelsDocument,
    "mutation WebhooksCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.WebhooksCollaborationLevelSetDocument,
    "mutation WebhooksWebhookEndpointDisable($id: ID!) { webhookEndpointDisable(input: { id: $id }) { webhookEndpoint { disabledAt } userErrors { code } } }": types.WebhooksWebhookEndpointDisableDocument,
    "query AnnualReportCollaborationBodies { collaborationBodies { nodes { id shortName } } }": types.AnnualReportCollaborationBodiesDocument,
    "query AnnualReportDkf2025($body: ID) { annualReport(year: 2025, body: $body) { year start end body { shortName } summary { systems { name host levelStart { ordinal name } levelEnd { ordinal name } participantsEnd } changes { system } perLevel { level { ordinal } systemsStart systemsEnd municipalitiesEnd } } matrix { systems rows { municipality levels } } levelsByYear { year systems } } }": types.AnnualReportDkf2025Document,
    "query AnnualReport2014 { annualReport(year: 2014) { summary { systems { name levelStart { ordinal name } levelEnd { ordinal name } } changes { system changedOn from { ordinal name } to { ordinal name } decisionReference } } levelsByYear { year systems } } }": types.AnnualReport2014Document,
    "query AnnualReportAnnualReport { annualReport(year: 2025) { agreements { ended { agreement date } renewed { agreement date detail } noticeGiven { agreement } upcomingDecisions { agreement date } } } }": types.AnnualReportAnnualReportDocument,
    "query AnnualReportAnnualReport2 { annualReport(year: 2025) { cost { totalOre lines { agreement key totalOre shares { municipality amountOre } } municipalities { municipality agreementsOre trainingOre totalOre population perInhabitantOre leavingShiftsOre leavingNeedsNewAgreement } } competence { trainingParticipants trainingCostOre trainings { title participants costOre } } } }": types.AnnualReportAnnualReport2Document,
    "query AnnualReportAgreements { agreements(kind: SAMVERKANSAVTAL) { nodes { id name } } }": types.AnnualReportAgreementsDocument,
    "query AnnualReportCostAllocation($a: ID!) { costAllocation(agreement: $a, year: 2025) { shares { municipality { name } amountOre } } }": types.AnnualReportCostAllocationDocument,
    "query AnnualReportGoals($year: Int!) { annualReport(year: $year) { governance { policyGoals { title deadline status } rules { code complianceEnd compliancePrevious } complianceEnd } } }": types.AnnualReportGoalsDocument,
    "query AnnualReportCollaborationCandidates { collaborationCandidates(asOf: \"2025-12-31\", first: 100) { nodes { category participants { name } } } }": types.AnnualReportCollaborationCandidatesDocument,
    "query AnnualReportAnnualReport3($body: ID) { annualReport(year: 2025, body: $body) { recommendations { candidateId subject proposedLevel { ordinal } proposedProduct score deadline window { start } } } }": types.AnnualReportAnnualReport3Document,
    "query AnnualReportAnnualReport4 { annualReport(year: 2027) { year } }": types.AnnualReportAnnualReport4Document,
    "query AnnualReportAnnualReport5 { annualReport(year: 2025, body: \"bm9wZQ\") { year } }": types.AnnualReportAnnualReport5Document,
    "query AnnualReportAnnualReport6 { annualReport(year: 2025) { year } }": types.AnnualReportAnnualReport6Document,
    "mutation AnnualReportAnnualReportIssue { annualReportIssue(input: { year: 2025 }) { issue { year } userErrors { code } } }": types.AnnualReportAnnualReportIssueDocument,
    "mutation AnnualReportAnnualReportIssue2 { annualReportIssue(input: { year: 2026 }) { issue { year } userErrors { field code } } }": types.AnnualReportAnnualReportIssue2Document,
    "mutation AnnualReportAnnualReportIssue3($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year sha256 issuedOn issuedBy path } userErrors { code } } }": types.AnnualReportAnnualReportIssue3Document,
    "query AnnualReportCollaborations { collaborations(first: 20) { nodes { id name } } collaborationLevels { id ordinal } agreements(first: 50) { nodes { id name } } }": types.AnnualReportCollaborationsDocument,
    "mutation AnnualReportCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, decisionReference: \"DKF 2026/3\" }) { userErrors { code } } }": types.AnnualReportCollaborationLevelSetDocument,
    "mutation AnnualReportAgreementGiveNotice($a: ID!) { agreementGiveNotice(input: { id: $a }) { userErrors { code } } }": types.AnnualReportAgreementGiveNoticeDocument,
    "query AnnualReportDkf2026($body: ID) { annualReport(year: 2026, body: $body) { summary { changes { system } } agreements { noticeGiven { agreement } } } }": types.AnnualReportDkf2026Document,
    "mutation AnnualReportAnnualReportIssue4($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year } userErrors { field code } } }": types.AnnualReportAnnualReportIssue4Document,
    "fragment FollowUpsMeasures on ReportFollowUpMeasures { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }": types.FollowUpsMeasuresFragmentDoc,
    "query FollowUpsReport($year: Int!) { annualReport(year: $year) { followUps { costRose decisions { decidedOn subject participants summary expected { ...FollowUpsMeasures } atDecision { ...FollowUpsMeasures }\n  points { monthsAfter date costRose realised { ...FollowUpsMeasures } } costRose } } } }": types.FollowUpsReportDocument,
    "mutation FollowUpsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { field code message } } }": types.FollowUpsApplicationUsageUpdateDocument,
    "mutation FollowUpsMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id code name } userErrors { code } } }": types.FollowUpsMunicipalityCreateDocument,
    "mutation FollowUpsDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { userErrors { code } } }": types.FollowUpsDecisionEffectsRecordDocument,
    "query FollowUpsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }": types.FollowUpsCollaborationCandidatesDocument,
    "fragment ReportRecommendationsRecommendation on ReportRecommendation { date trigger subject explanation decision decidedOn candidateId system { id name } participants { code name }\n  proposedLevel { ordinal name } proposedProduct score deadline window { start end } annualCostOre costSplit { municipality amountOre } }": types.ReportRecommendationsRecommendationFragmentDoc,
    "mutation ReportRecommendationsCollaborationBodyCreate { collaborationBodyCreate(input: { name: \"Testförbundet\", shortName: \"TF\" }) { collaborationBody { id } userErrors { message } } }": types.ReportRecommendationsCollaborationBodyCreateDocument,
    "mutation ReportRecommendationsMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }": types.ReportRecommendationsMembershipStartDocument,
    "query ReportRecommendations2025($body: ID) { annualReport(year: 2025, body: $body) { hasData recommendations { ...ReportRecommendationsRecommendation } } }": types.ReportRecommendations2025Document,
    "query ReportRecommendationsAnnualReport { annualReport(year: 2025) { recommendations { subject proposedProduct } } }": types.ReportRecommendationsAnnualReportDocument,
    "query ReportRecommendationsCollaborationCandidates { collaborationCandidates(asOf: \"2025-12-31\") { nodes { id score proposedApplication { name } targetLevel { ordinal } drivingDeadline transitionWindow { start end } combinedAnnualCostOre costSplit { amountOre } } } }": types.ReportRecommendationsCollaborationCandidatesDocument,
    "query ReportRecommendationsCollaborationCandidates2 { collaborationCandidates { nodes { id proposedApplication { name } } } }": types.ReportRecommendationsCollaborationCandidates2Document,
    "mutation ReportRecommendationsRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { field message } } }": types.ReportRecommendationsRecommendationDecideDocument,
    "query ReportRecommendations2026($body: ID) { annualReport(year: 2026, body: $body) { recommendations { ...ReportRecommendationsRecommendation } } }": types.ReportRecommendations2026Document,
    "query ReportRecommendationsAnnualReport2 { annualReport(year: 2003) { hasData governance { complianceEnd applicableEnd applicablePrevious } recommendations { subject } } }": types.ReportRecommendationsAnnualReport2Document,
    "query ReportRecommendationsAnnualReport3 { annualReport(year: 2030) { year } }": types.ReportRecommendationsAnnualReport3Document,
    "query ReportRecommendationsAnnualReport4 { annualReport(year: 1999) { year } }": types.ReportRecommendationsAnnualReport4Document,
    "mutation ReportRecommendationsAnnualReportIssue { annualReportIssue(input: { year: 2026 }) { userErrors { message code } } }": types.ReportRecommendationsAnnualReportIssueDocument,
    "mutation RolesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { field code } roleAssignment { id kind fromDate toDate person { name } collaboration { name } applicationUsage { id } itUnit { name } } } }": types.RolesRoleAssignDocument,
    "mutation RolesRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { field code } roleAssignment { id toDate } } }": types.RolesRoleEndDocument,
    "query RolesRoleAssignments { roleAssignments(includeEnded: true) { totalCount } }": types.RolesRoleAssignmentsDocument,
    "query RolesNode($id: ID!) { node(id: $id) { ... on Collaboration { roles { kind fromDate toDate person { name } } } } }": types.RolesNodeDocument,
    "query RolesNode2($id: ID!, $asOf: LocalDate, $all: Boolean!) { node(id: $id) { ... on ItUnit { roles(kind: IT_CHEF, asOf: $asOf, includeEnded: $all) { fromDate toDate person { name } } } } }": types.RolesNode2Document,
    "query RolesNode3($id: ID!) { node(id: $id) { ... on Person { roleAssignments { kind collaboration { name } } } } }": types.RolesNode3Document,
    "query RolesNode4($id: ID!) { node(id: $id) { ... on ApplicationUsage { roles(includeEnded: true) { kind toDate person { name } } } } }": types.RolesNode4Document,
    "query RolesRoleAssignments2 { roleAssignments(kind: SYSTEMAGARE, first: 100) { totalCount } }": types.RolesRoleAssignments2Document,
    "query RolesNode5($id: ID!) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE) { person { name email phone viewerCanSeeContactDetails } } } } }": types.RolesNode5Document,
    "query RolesNode6($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE, asOf: $asOf) { id person { name } } } } }": types.RolesNode6Document,
    "query ApolloCacheCollaborationLevels { collaborationLevels { id ordinal } }": types.ApolloCacheCollaborationLevelsDocument,
    "query ApolloCacheStatusBoard { statusBoard(first: 100) { nodes { id level { ordinal } } } }": types.ApolloCacheStatusBoardDocument,
    "query ApolloCacheCollaborationCandidates { collaborationCandidates(asOf: \"2025-06-01\", first: 100, includeHidden: true) { nodes { key score } } }": types.ApolloCacheCollaborationCandidatesDocument,
    "query ApolloCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score } } }": types.ApolloCacheCollaborationCandidates2Document,
    "query ApolloCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }": types.ApolloCacheApplicationUsagesDocument,
    "query ArgumentsCollaborations($m: ID) { collaborations(participant: $m) { totalCount } }": types.ArgumentsCollaborationsDocument,
    "query ArgumentsCompetenceRisk { competenceRisk(municipality: \"9999\") { totalCount } }": types.ArgumentsCompetenceRiskDocument,
    "query ArgumentsAgreements($x: ID) { agreements(collaboration: $x) { totalCount } }": types.ArgumentsAgreementsDocument,
    "query ConsumerStatusBoard { statusBoard { totalCount } }": types.ConsumerStatusBoardDocument,
    "query OperationsAgreements { agreements(first: 1, kind: SAMVERKANSAVTAL) { nodes { id } } }": types.OperationsAgreementsDocument,
    "query OperationsMunicipality { municipality(code: \"1460\") { id } }": types.OperationsMunicipalityDocument,
    "query OperationsCollaborationBodies { collaborationBodies { nodes { id } } }": types.OperationsCollaborationBodiesDocument,
    "query OperationsCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }": types.OperationsCollaborationCandidatesDocument,
    "query PackageAgreements($m: ID) { agreements(municipality: $m, first: 100) { nodes { name schedule { decisionDeadline } } } }": types.PackageAgreementsDocument,
    "query PackageApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 2) { nodes { id application { name } } } }": types.PackageApplicationUsagesDocument,
    "query PackageNode($a: ID!, $b: ID!) { a: node(id: $a) { ... on ApplicationUsage { functionalFit technicalFit } } b: node(id: $b) { ... on ApplicationUsage { functionalFit } } }": types.PackageNodeDocument,
    "query PackageStatusBoard { statusBoard { totalCount } }": types.PackageStatusBoardDocument,
    "query PagingStatusBoard { statusBoard(first: 100, orderBy: { field: LEVEL, direction: DESC }) { nodes { level { ordinal } } } }": types.PagingStatusBoardDocument,
    "query PagingStatusBoard2 { statusBoard(first: 100, orderBy: { field: NEXT_DEADLINE }) { nodes { nextDeadline { date } } } }": types.PagingStatusBoard2Document,
    "query PagingAgreements { agreements(first: 100, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }": types.PagingAgreementsDocument,
    "query PagingAgreements2 { agreements(first: 100, orderBy: { field: START_DATE }) { nodes { startDate } } }": types.PagingAgreements2Document,
    "query PagingCollaborationCandidates { collaborationCandidates(first: 100, orderBy: { field: SCORE, direction: ASC }) { nodes { score } } }": types.PagingCollaborationCandidatesDocument,
    "query PagingCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key } } }": types.PagingCollaborationCandidates2Document,
    "query PagingCollaborationCandidates3 { collaborationCandidates(first: 100, orderBy: { field: SCORE }) { nodes { key } } }": types.PagingCollaborationCandidates3Document,
    "query PagingCollaborationCandidates4 { collaborationCandidates(first: 100, orderBy: { field: DEADLINE, direction: ASC }) { nodes { drivingDeadline } } }": types.PagingCollaborationCandidates4Document,
    "query PagingAgreements3 { agreements(first: 3, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } pageInfo { endCursor } } }": types.PagingAgreements3Document,
    "query PagingAgreements4($a: String) { agreements(first: 3, after: $a, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }": types.PagingAgreements4Document,
    "query PagingStatusBoard3 { statusBoard(first: 2, last: 2) { totalCount } }": types.PagingStatusBoard3Document,
    "query PagingAgreements5 { agreements(last: 2, before: \"nope\") { totalCount } }": types.PagingAgreements5Document,
    "query PagingCompetenceRisk { competenceRisk(last: 101) { totalCount } }": types.PagingCompetenceRiskDocument,
    "query UrqlCacheCollaborationCandidates { collaborationCandidates(asOf: \"2025-06-01\", first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }": types.UrqlCacheCollaborationCandidatesDocument,
    "query UrqlCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }": types.UrqlCacheCollaborationCandidates2Document,
    "query UrqlCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }": types.UrqlCacheApplicationUsagesDocument,
    "query ExportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id } } }": types.ExportMunicipalityDocument,
    "query ExportStatusBoard { statusBoard(first: 1) { totalCount } }": types.ExportStatusBoardDocument,
    "query ExportAgreements($m: ID) { agreements(first: 100, municipality: $m) { nodes { name schedule { decisionDeadline } } } }": types.ExportAgreementsDocument,
    "mutation HelpersApplicationUsagesImport($input: ApplicationUsagesImportInput!) {\n  applicationUsagesImport(input: $input) {\n    userErrors { field message code }\n    plan {\n      applied createCount updateCount unchangedCount\n      problems { row column message code }\n      rows { row product vendor externalKey action match changes { column before after } problems { row column code } }\n    }\n  }\n}": types.HelpersApplicationUsagesImportDocument,
    "query ImportAuditLog { auditLog(last: 1) { nodes { operation actorName changes { objectType kind fields { field after } } } } }": types.ImportAuditLogDocument,
    "query ImportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles { kind toDate person { name } } } } }": types.ImportMunicipalityDocument,
    "query ImportMunicipality2($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles(includeEnded: true) { kind fromDate toDate person { name } } } } }": types.ImportMunicipality2Document,
    "fragment BoardNodeRow on SharedSystemStatus { id asOf collaboration { name } level { ordinal } }": types.BoardNodeRowFragmentDoc,
    "mutation BoardNodeCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }": types.BoardNodeCollaborationLevelSetDocument,
    "query BoardNodeBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { nodes { ...BoardNodeRow } } }": types.BoardNodeBoardDocument,
    "query BoardNodeRefetch($ids: [ID!]!) { nodes(ids: $ids) { __typename ...BoardNodeRow } }": types.BoardNodeRefetchDocument,
    "query BoardNodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.BoardNodeNodesDocument,
    "mutation BoardAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }": types.BoardAgreementExtendDocument,
    "mutation BoardAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: \"2026-02-10\" }) { userErrors { code } } }": types.BoardAgreementGiveNoticeDocument,
    "query BoardSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {\n  asOf\n  collaboration { name }\n  level { ordinal }\n  lastLevelChange { changedOn decisionReference }\n  participants { code }\n  host { code }\n  operator { name }\n  systemOwners { person { name } }\n  systemResponsibles { person { name } }\n  agreements { status currentTermEnd noticeDeadline decisionDeadline daysLeft agreement { name } }\n  nextDeadline { date kind daysLeft agreement { name } roleAssignment { person { name } } }\n  openGaps { ruleCode objectType label }\n} }": types.BoardSharedSystemStatusDocument,
    "query BoardStatusBoard($first: Int, $after: String, $participant: ID, $level: Int, $attention: Boolean, $asOf: LocalDate) {\n    statusBoard(first: $first, after: $after, participant: $participant, level: $level, needsAttention: $attention, asOf: $asOf) {\n      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { collaboration { name } level { ordinal } participants { code } needsAttention } } }": types.BoardStatusBoardDocument,
    "query BoardCollaborations { collaborations(first: 1) { nodes { id } } }": types.BoardCollaborationsDocument,
    "query DocumentKindsVocabularyTerms { vocabularyTerms(vocabulary: GOVERNANCE_DOCUMENT_KIND) { id code name sortOrder reviewMinMonths reviewMaxMonths reviewDefaultMonths } }": types.DocumentKindsVocabularyTermsDocument,
    "mutation DocumentKindsVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }": types.DocumentKindsVocabularyTermCreateDocument,
    "mutation DocumentKindsVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }": types.DocumentKindsVocabularyTermUpdateDocument,
    "mutation DocumentKindsGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id kind kindCode title reviewIntervalMonths nextReviewDue } userErrors { field code message } } }": types.DocumentKindsGovernanceDocumentCreateDocument,
    "mutation DocumentKindsGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { governanceDocument { reviewIntervalMonths } userErrors { field code message } } }": types.DocumentKindsGovernanceDocumentUpdateDocument,
    "query DocumentKindsGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code applicable failures { objectId label reason } } } }": types.DocumentKindsGovernanceReportDocument,
    "query DocumentKindsGovernanceDocuments($kind: GovernanceDocumentKind, $kindCode: String) { governanceDocuments(first: 50, kind: $kind, kindCode: $kindCode) { nodes { title kind kindCode } } }": types.DocumentKindsGovernanceDocumentsDocument,
    "query VocabulariesVocabularyTerms($v: Vocabulary!) { vocabularyTerms(vocabulary: $v) { id code name description sortOrder roleTargets singleHolder } }": types.VocabulariesVocabularyTermsDocument,
    "mutation VocabulariesVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name sortOrder roleTargets singleHolder } userErrors { field code message } } }": types.VocabulariesVocabularyTermCreateDocument,
    "mutation VocabulariesVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code name singleHolder } userErrors { field code message } } }": types.VocabulariesVocabularyTermUpdateDocument,
    "mutation VocabulariesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name category categoryCode } userErrors { field code message } } }": types.VocabulariesApplicationCreateDocument,
    "mutation VocabulariesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id kind kindCode person { name } } userErrors { field code message } } }": types.VocabulariesRoleAssignDocument,
    "query VocabulariesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }": types.VocabulariesAuditLogDocument,
    "query VocabulariesApplications { applications(first: 100, search: \"VA-Nät\") { nodes { category categoryCode } } }": types.VocabulariesApplicationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreementsMutationsAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: \"2026-01-20\" }) { userErrors { code } } }"): typeof import('./graphql.js').AgreementsMutationsAgreementGiveNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementsMutationsResult on AgreementPayload { userErrors { field code message } agreement { ...AgreementsMutationsAgreement } }"): typeof import('./graphql.js').AgreementsMutationsResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementsMutationsAgreement on Agreement { id name kind status currentTermEnd noticeDeadline noticeGivenOn terminatedOn\n  schedule { status currentTermEnd extensionsUsed renewsAutomatically }\n  municipalities { code } itUnits { name } costKey { kind shares { municipality { code } shareBasisPoints } } }"): typeof import('./graphql.js').AgreementsMutationsAgreementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreementsMutationsCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { ...AgreementsMutationsResult } }"): typeof import('./graphql.js').AgreementsMutationsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreementsMutationsUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { ...AgreementsMutationsResult } }"): typeof import('./graphql.js').AgreementsMutationsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreementsMutationsExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { ...AgreementsMutationsResult } }"): typeof import('./graphql.js').AgreementsMutationsExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreementsMutationsNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { ...AgreementsMutationsResult } }"): typeof import('./graphql.js').AgreementsMutationsNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreementsMutationsTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { ...AgreementsMutationsResult } }"): typeof import('./graphql.js').AgreementsMutationsTerminateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsMutationsAgreements { agreements { totalCount } }"): typeof import('./graphql.js').AgreementsMutationsAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsMutationsSnapshot($id: ID!) { node(id: $id) { ...AgreementsMutationsAgreement } }"): typeof import('./graphql.js').AgreementsMutationsSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field after } } } } }"): typeof import('./graphql.js').AgreementsMutationsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsMutationsCostAllocation($id: ID!) { costAllocation(agreement: $id, totalOre: 1001) { shares { municipality { code } amountOre } } }"): typeof import('./graphql.js').AgreementsMutationsCostAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsMutationsAgreements2($m: ID!) { agreements(first: 100, municipality: $m, kind: DRIFTAVTAL) { nodes { name } } }"): typeof import('./graphql.js').AgreementsMutationsAgreements2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }"): typeof import('./graphql.js').QueriesAgreementExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesAgreementGiveNotice($id: ID!, $on: LocalDate) { agreementGiveNotice(input: { id: $id, givenOn: $on }) { userErrors { code } } }"): typeof import('./graphql.js').QueriesAgreementGiveNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesAgreements { agreements(first: 100) { totalCount nodes { name } } }"): typeof import('./graphql.js').QueriesAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesAgreements2 { agreements(first: 2, expiringBefore: \"2026-09-01\") { totalCount pageInfo { hasNextPage } nodes { name } } }"): typeof import('./graphql.js').QueriesAgreements2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {\n    name kind startDate endDate renewalKind renewalTermMonths maxExtensions noticePeriod { amount unit }\n    status currentTermEnd noticeDeadline decisionDeadline daysLeft\n    schedule(asOf: $asOf) { asOf currentTermStart currentTermEnd noticeDeadline decisionDeadline status daysLeft extensionsUsed extensionsRemaining latestPossibleEnd renewsAutomatically procurementLeadTimeMonths }\n  } } }"): typeof import('./graphql.js').QueriesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesNode2($id: ID!) { node(id: $id) { ... on Agreement { municipalities { code } itUnits { name } applications { name } collaborations { name }\n      costKey { kind populationYear baseShareBasisPoints shares { municipality { code } shareBasisPoints } } } } }"): typeof import('./graphql.js').QueriesNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesNode3($id: ID!) { node(id: $id) { ... on Collaboration { agreements { name } } } }"): typeof import('./graphql.js').QueriesNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesCostAllocation($id: ID!, $year: Int, $total: SafeInt) { costAllocation(agreement: $id, year: $year, totalOre: $total) {\n    year key populationYear baseShareBasisPoints totalOre shares { municipality { code } population populationYear shareBasisPoints fraction amountOre } } }"): typeof import('./graphql.js').QueriesCostAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FactSnapshotStatusBoard($first: Int, $after: String, $attention: Boolean) {\n  statusBoard(first: $first, after: $after, needsAttention: $attention) {\n    totalCount pageInfo { endCursor }\n    nodes { collaboration { name } level { ordinal } participants { code } agreements { status decisionDeadline } nextDeadline { date kind } openGaps { ruleCode } }\n  }\n}"): typeof import('./graphql.js').FactSnapshotStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FactSnapshotCompetenceRisk { competenceRisk(first: 100) { totalCount nodes { label score specialistsLeaving } } }"): typeof import('./graphql.js').FactSnapshotCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FactSnapshotCollaborations { collaborations(first: 100) { nodes { id name level { ordinal } } } }"): typeof import('./graphql.js').FactSnapshotCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FactSnapshotCollaborationLevels { collaborationLevels { id ordinal } }"): typeof import('./graphql.js').FactSnapshotCollaborationLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactSnapshotCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } collaboration { statusBoardRow { level { ordinal } } } } }"): typeof import('./graphql.js').FactSnapshotCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactSnapshotCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').FactSnapshotCollaborationLevelSet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FactSnapshotCollaborations2 { collaborations(first: 100) { nodes { id name } } }"): typeof import('./graphql.js').FactSnapshotCollaborations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMunicipality($code: String!) { municipality(code: $code) { name } }"): typeof import('./graphql.js').ResponseCacheMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCollaborations { collaborations(first: 100) { nodes { name level { ordinal } participants { municipality { code } } } } }"): typeof import('./graphql.js').ResponseCacheCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCollaborations2 { together: collaborations(first: 100) { nodes { name participants { municipality { name } } levelHistory { changedOn } } } }"): typeof import('./graphql.js').ResponseCacheCollaborations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').ResponseCacheMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCollaborations3($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } } } }"): typeof import('./graphql.js').ResponseCacheCollaborations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCollaborations4 { collaborations(first: 100) { nodes { id name } } }"): typeof import('./graphql.js').ResponseCacheCollaborations4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCollaborationLevels { collaborationLevels { id ordinal } }"): typeof import('./graphql.js').ResponseCacheCollaborationLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').ResponseCacheCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMunicipalities { municipalities(first: 1) { totalCount } }"): typeof import('./graphql.js').ResponseCacheMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMunicipality2 { municipality(code: \"1439\") { code name } }"): typeof import('./graphql.js').ResponseCacheMunicipality2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCachePeople { people(first: 100) { nodes { name email phone plannedLeave municipality { code } } } }"): typeof import('./graphql.js').ResponseCachePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheViewer { viewer { tokenName role } }"): typeof import('./graphql.js').ResponseCacheViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCollaborationLevels2 { collaborationLevels { ordinal } }"): typeof import('./graphql.js').ResponseCacheCollaborationLevels2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheMunicipalityPopulationSet($input: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').ResponseCacheMunicipalityPopulationSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCache__schema { __schema { queryType { name } } }"): typeof import('./graphql.js').ResponseCache__SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheMunicipalityUpdate2($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { county } userErrors { code } } }"): typeof import('./graphql.js').ResponseCacheMunicipalityUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeavePrivacyCompetenceRisk($h: Int!) { competenceRisk(horizonMonths: $h, first: 100) { nodes { label specialistsLeaving reasons { code } } } }"): typeof import('./graphql.js').LeavePrivacyCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceMutationsCompetenceRisk($k: CompetenceRiskSubjectKind) { competenceRisk(kind: $k, first: 100) { nodes { label score specialistCount specialistsLeaving trainedCount reasons { code contribution } } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsPersonPlannedLeaveSet($p: ID!, $l: String) { personPlannedLeaveSet(input: { personId: $p, plannedLeave: $l }) { person { name plannedLeave } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsPersonPlannedLeaveSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceSet($p: ID!, $a: ID!, $l: CompetenceLevel!, $s: LocalDate) { competenceSet(input: { personId: $p, applicationId: $a, level: $l, since: $s }) {\n    competence { level since person { name } application { name } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceRemove($p: ID!, $a: ID!) { competenceRemove(input: { personId: $p, applicationId: $a }) { person { competences { application { name } } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceMutationsApplications { applications(search: \"Bibliotek\") { nodes { competences { id } } } }"): typeof import('./graphql.js').CompetenceMutationsApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceMutationsAuditLog { auditLog(operation: \"competenceRemove\") { nodes { changes { kind objectType } } } }"): typeof import('./graphql.js').CompetenceMutationsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) {\n    competenceNetwork { id name category coordinator { name } members { person { name } } collaborations { name } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceNetworkCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceNetworkMemberAdd($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberAdd(input: { networkId: $n, personId: $p, joinedOn: $d }) { competenceNetwork { members { person { name } } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceNetworkMemberAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceNetworkMemberRemove($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberRemove(input: { networkId: $n, personId: $p, leftOn: $d }) {\n    competenceNetwork { members { person { name } } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceNetworkMemberRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceNetworkActivityAdd($input: CompetenceNetworkActivityAddInput!) { competenceNetworkActivityAdd(input: $input) {\n    competenceNetworkActivity { occurredOn kind title participants { name } network { name } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceNetworkActivityAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceMutationsNode($id: ID!) { node(id: $id) { ... on CompetenceNetwork { members(includeFormer: true) { leftOn person { name } } tomorrow: members(asOf: \"2026-06-16\") { person { name } } } } }"): typeof import('./graphql.js').CompetenceMutationsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceMutationsCompetenceRisk2 { competenceRisk(kind: COLLABORATION, asOf: \"2026-06-16\") { nodes { label reasons { code } } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceRisk2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsCompetenceNetworkUpdate($input: CompetenceNetworkUpdateInput!) { competenceNetworkUpdate(input: $input) { competenceNetwork { coordinator { name } meetingCadence collaborations { name } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsCompetenceNetworkUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsTrainingPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { name target reviewedOn targetGroups owner { name } applicationUsage { id } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsTrainingPlanCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsTrainingPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { trainingPlan { reviewedOn reviewOverdue } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsTrainingPlanUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsTrainingActivityAdd($input: TrainingActivityAddInput!) { trainingActivityAdd(input: $input) {\n    trainingActivity { id heldOn title costOre municipalities { participantCount municipality { code } } participants { name } costSplit { basis shares { amountOre municipality { code } } } }\n    userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsTrainingActivityAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsTrainingActivityUpdate($input: TrainingActivityUpdateInput!) { trainingActivityUpdate(input: $input) {\n      trainingActivity { title municipalities { participantCount } participants { name } } userErrors { field code } } }"): typeof import('./graphql.js').CompetenceMutationsTrainingActivityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceMutationsTrainingActivityRemove($id: ID!) { trainingActivityRemove(input: { id: $id }) { trainingPlan { activities { title } } userErrors { code } } }"): typeof import('./graphql.js').CompetenceMutationsTrainingActivityRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedCompetenceRisk($first: Int, $after: String, $municipality: ID, $minScore: Int, $kind: CompetenceRiskSubjectKind, $horizonMonths: Int, $asOf: LocalDate) {\n  competenceRisk(first: $first, after: $after, municipality: $municipality, minScore: $minScore, kind: $kind, horizonMonths: $horizonMonths, asOf: $asOf) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { kind label shared score level specialistCount specialistsLeaving trainedCount trainedShare userCount trainingPlanReviewedOn\n      reasons { code contribution explanation }\n      application { name } municipality { code } collaboration { name } trainingPlan { name } competenceNetworks { name } }\n  } }"): typeof import('./graphql.js').CompetenceSeedCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedCompetenceNetworks { competenceNetworks(first: 20) { totalCount nodes {\n        name category meetingCadence startedOn lastActivityOn\n        coordinator { name municipality { code } }\n        members { joinedOn person { name municipality { code } } }\n        collaborations { name }\n        activities { occurredOn kind title participants { name } }\n      } } }"): typeof import('./graphql.js').CompetenceSeedCompetenceNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedCompetenceNetworks2($m: ID, $c: ID, $cat: ApplicationCategory) { competenceNetworks(municipality: $m, collaboration: $c, category: $cat) { nodes { name } } }"): typeof import('./graphql.js').CompetenceSeedCompetenceNetworks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedCollaborations { collaborations(category: HELPDESK) { nodes { id competenceNetworks { name } } } }"): typeof import('./graphql.js').CompetenceSeedCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedCollaborations2 { collaborations(category: PAYROLL_HR) { nodes { competenceNetworks { name } } } }"): typeof import('./graphql.js').CompetenceSeedCollaborations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedPeople { people(search: \"Oskar Wallin\") { nodes { competences { level since application { name } } networkMemberships { network { name } } } } }"): typeof import('./graphql.js').CompetenceSeedPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedApplications { applications(search: \"Raindance\") { nodes { competences(level: SPECIALIST) { person { name } } } } }"): typeof import('./graphql.js').CompetenceSeedApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 100) { nodes { application { name } competences { person { name } } trainingPlan { name } } } }"): typeof import('./graphql.js').CompetenceSeedApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedPeople2 { people(search: \"Lena Rask\") { nodes { plannedLeave } } }"): typeof import('./graphql.js').CompetenceSeedPeople2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedTrainingPlans { trainingPlans(first: 50) { totalCount nodes {\n        name target targetGroups reviewedOn nextReviewDue reviewOverdue owner { name }\n        applicationUsage { municipality { code } application { name } } collaboration { name }\n        activities { heldOn title municipalities { participantCount municipality { code } } participants { name } }\n      } } }"): typeof import('./graphql.js').CompetenceSeedTrainingPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedTrainingPlans2 { trainingPlans(target: IT_STAFF) { nodes { name } } }"): typeof import('./graphql.js').CompetenceSeedTrainingPlans2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedTrainingPlans3($m: ID) { trainingPlans(municipality: $m, first: 50) { nodes { name } } }"): typeof import('./graphql.js').CompetenceSeedTrainingPlans3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedTrainingPlans4 { trainingPlans(first: 50) { nodes { name activities { title costOre\n        costSplit { basis shares { amountOre fraction population populationYear municipality { code } } } } } } }"): typeof import('./graphql.js').CompetenceSeedTrainingPlans4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedTrainingPlans5 { trainingPlans(target: COLLABORATION, first: 50) { nodes { name activities { title costOre\n        costSplit { basis key agreement { name } shares { amountOre population municipality { code } } } } } } }"): typeof import('./graphql.js').CompetenceSeedTrainingPlans5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedInPhase($phase: LifecyclePhase) { applicationUsages(lifecyclePhase: $phase, first: 100) { totalCount } }"): typeof import('./graphql.js').CompetenceSeedInPhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedNode($id: ID!) { node(id: $id) { ... on Collaboration { name } } }"): typeof import('./graphql.js').CompetenceSeedNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceSeedApplications2 { applications(search: \"Book-IT\") { nodes { id } } }"): typeof import('./graphql.js').CompetenceSeedApplications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceStatementsCompetenceRisk($m: ID) { competenceRisk(first: 100, municipality: $m) {\n  totalCount\n  nodes {\n    kind label score level specialistCount specialistsLeaving trainedShare\n    reasons { code contribution explanation }\n    application { name } municipality { code } collaboration { name }\n    trainingPlan { name reviewedOn } competenceNetworks { name }\n  } } }"): typeof import('./graphql.js').CompetenceStatementsCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceStatementsCompetenceRisk2($after: String) { competenceRisk(first: 100, after: $after, minScore: 10) { pageInfo { endCursor } nodes { label } } }"): typeof import('./graphql.js').CompetenceStatementsCompetenceRisk2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptUpToDateStatusBoard($asOf: LocalDate) {\n  statusBoard(first: 100, asOf: $asOf) { totalCount nodes {\n    collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } systemOwners { id } systemResponsibles { id }\n    agreements { agreement { name } status decisionDeadline noticeDeadline currentTermEnd } nextDeadline { date kind daysLeft } openGaps { ruleCode objectId reason } needsAttention\n  } }\n  governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { objectId label reason object { id ... on ApplicationUsage { userCount lifecyclePhase } ... on Collaboration { name } } } } }\n  competenceRisk(first: 100, asOf: $asOf) { totalCount nodes { label score level specialistsLeaving reasons { code contribution explanation } } }\n  collaborationCandidates(first: 100, asOf: $asOf) { totalCount nodes { key score kind summary explanation hidden targetLevel { ordinal } participants { code } } }\n  annualReport(year: 2026) {\n    summary { systems { name host levelEnd { ordinal } participantsEnd } changes { system changedOn } }\n    agreements { noticeGiven { agreement date } upcomingDecisions { agreement date } }\n    recommendations { subject score decision }\n    followUps { decisions { subject points { realised { costPerInhabitantOre levelOrdinal competenceRiskScore } } } }\n    competence { risks { label score } trainings { title participants costOre } }\n    cost { totalOre municipalities { municipality trainingOre totalOre perInhabitantOre } unsplit { agreement reason } }\n    governance { complianceEnd rules { code applicable compliant } }\n  }\n}"): typeof import('./graphql.js').KeptUpToDateStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptUpToDateStatusBoard2 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } openGaps { ruleCode } } } }"): typeof import('./graphql.js').KeptUpToDateStatusBoard2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptUpToDateCollaborations {\n      collaborations(first: 100) { nodes { id name level { ordinal } } }\n      collaborationLevels { id ordinal }\n      applicationUsages(first: 100) { nodes { id userCount municipality { code } application { name } } }\n      people(first: 100) { nodes { id name municipality { id code } } }\n      applications(first: 100) { nodes { id name } }\n      agreements(first: 100) { nodes { id name status } }\n      municipalities { nodes { id code } }\n    }"): typeof import('./graphql.js').KeptUpToDateCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptUpToDateCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }"): typeof import('./graphql.js').KeptUpToDateCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptUpToDateRecommendationDecide($i: RecommendationDecideInput!) { recommendationDecide(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').KeptUpToDateRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptUpToDateApplicationUsages { applicationUsages(first: 1) { nodes { id userCount } } }"): typeof import('./graphql.js').KeptUpToDateApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptUpToDateApplicationUsageUpdate($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').KeptUpToDateApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptUpToDateStatusBoard3 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } } } }"): typeof import('./graphql.js').KeptUpToDateStatusBoard3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptUpToDateApplicationUsageUpdate2($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } applicationUsage { userCount } } }"): typeof import('./graphql.js').KeptUpToDateApplicationUsageUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitsApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }"): typeof import('./graphql.js').UnitsApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnitsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } applicationUsage { userCount } } }"): typeof import('./graphql.js').UnitsApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }"): typeof import('./graphql.js').KeptApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').KeptApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitsMunicipalities { municipalities(first: 3) { nodes { code name } } }"): typeof import('./graphql.js').UnitsMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessMunicipalities { municipalities { totalCount } }"): typeof import('./graphql.js').AccessMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer { viewer { role } }"): typeof import('./graphql.js').AccessViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer2 { viewer { role tokenName } }"): typeof import('./graphql.js').AccessViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer3 { viewer { tokenName } }"): typeof import('./graphql.js').AccessViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"X\" }) { municipality { name } } }"): typeof import('./graphql.js').AccessMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessMunicipalityUpdate2($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county } userErrors { code } } }"): typeof import('./graphql.js').AccessMunicipalityUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessMunicipality($code: String!) { municipality(code: $code) { county } }"): typeof import('./graphql.js').AccessMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessApplicationUsageCreate($m: ID!, $a: ID!) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a }) { applicationUsage { id } userErrors { code } } }"): typeof import('./graphql.js').AccessApplicationUsageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessApplicationUsages($m: ID!) { applicationUsages(municipality: $m, first: 100) { totalCount } }"): typeof import('./graphql.js').AccessApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCollaborationUpdate($id: ID!, $d: String) { collaborationUpdate(input: { id: $id, description: $d }) { collaboration { description } } }"): typeof import('./graphql.js').AccessCollaborationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessMunicipalityCreate { municipalityCreate(input: { code: \"1234\", name: \"Ny\" }) { municipality { id } } }"): typeof import('./graphql.js').AccessMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessAuditLog { auditLog { totalCount } }"): typeof import('./graphql.js').AccessAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessPeople { people(first: 100) { nodes { name email viewerCanSeeContactDetails municipality { code } } } }"): typeof import('./graphql.js').AccessPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: \"2026-01-01\", correctionReason: \"Beslutet glömdes bort\" }) { userErrors { code } } }"): typeof import('./graphql.js').AuditCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditAuditLog($id: ID!) { auditLog(objectId: $id, operation: \"collaborationLevelSet\") { nodes { correctionReason changes { objectType fields { field before after } } } } }"): typeof import('./graphql.js').AuditAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditNode($id: ID!) { node(id: $id) { ... on CollaborationLevel { ordinal } } }"): typeof import('./graphql.js').AuditNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMunicipalities { municipalities(first: 101) { totalCount } }"): typeof import('./graphql.js').LimitsMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMunicipalities2 { municipalities(first: -1) { totalCount } }"): typeof import('./graphql.js').LimitsMunicipalities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMunicipalities3 { municipalities(after: \"bm90IGEgY3Vyc29y\") { totalCount } }"): typeof import('./graphql.js').LimitsMunicipalities3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMunicipalities4 { municipalities(first: 0) { nodes { code } totalCount } }"): typeof import('./graphql.js').LimitsMunicipalities4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').LimitsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMunicipalities5 { municipalities(search: \"' OR 1=1 --\") { totalCount } }"): typeof import('./graphql.js').LimitsMunicipalities5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsMunicipalities6 { municipalities(search: \"%\") { totalCount } }"): typeof import('./graphql.js').LimitsMunicipalities6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Limits__schema { __schema { types { name } } }"): typeof import('./graphql.js').Limits__SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsCollaborations { collaborations { nodes { name levelHistory { changedOn } } } }"): typeof import('./graphql.js').LimitsCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMutationsCollaborationLevels { collaborationLevels { id ordinal } }"): typeof import('./graphql.js').FoundationMutationsCollaborationLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityCreate { municipalityCreate(input: { code: \"14a\", name: \"  \", populations: [{ year: 2024, population: 10 }, { year: 2024, population: 11 }] }) {\n        municipality { id } userErrors { field message code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityCreate2($code: String!) { municipalityCreate(input: { code: $code, name: \"Bengtby igen\" }) { userErrors { field code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityCreate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityCreate3 { municipalityCreate(input: { code: \"1737\", name: \"Torsby\", county: \"Värmlands län\", populations: [{ year: 2024, population: 11500 }] }) {\n        municipality { code population { year population } } userErrors { code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityCreate3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsApplicationUsageCreate($m: ID!, $a: ID!, $u: ID) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a, functionalFit: 7, technicalFit: 0, inUseSince: \"2027-01-01\", itUnitId: $u }) {\n          applicationUsage { id } userErrors { field code } } }"): typeof import('./graphql.js').FoundationMutationsApplicationUsageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsCollaborationCreate($h: ID!, $a: ID!, $l: ID!) { collaborationCreate(input: { name: \"Gemensamt bygglov\", applicationId: $a, hostMunicipalityId: $h, participantIds: [\"TXVuaWNpcGFsaXR5Ojk5OTk\"], levelId: $l }) {\n          collaboration { id } userErrors { field code } } }"): typeof import('./graphql.js').FoundationMutationsCollaborationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMutationsApplications { applications(first: 1) { nodes { id } } }"): typeof import('./graphql.js').FoundationMutationsApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"X\" }) { municipality { id } userErrors { field code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityUpdate2 { municipalityUpdate(input: { id: \"!!!\", name: \"X\" }) { userErrors { code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsCollaborationLevelSet($c: ID!, $l: ID!, $on: LocalDate, $ref: String, $why: String) {\n    collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: $on, decisionReference: $ref, reason: \"test\", correctionReason: $why }) {\n      collaboration { level { ordinal } levelSince levelHistory { changedOn decisionReference fromLevel { ordinal } toLevel { ordinal } } }\n      userErrors { field code message } } }"): typeof import('./graphql.js').FoundationMutationsCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMutationsNode($id: ID!) { node(id: $id) { ... on Collaboration {\n      y2004: levelOn(date: \"2004-12-31\") { ordinal } y2005: levelOn(date: \"2005-06-01\") { ordinal }\n      y2007: levelOn(date: \"2007-12-31\") { ordinal } y2008: levelOn(date: \"2008-01-01\") { ordinal } } } }"): typeof import('./graphql.js').FoundationMutationsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsCollaborationParticipantRemove($c: ID!, $m: ID!) { collaborationParticipantRemove(input: { collaborationId: $c, municipalityId: $m, leftOn: \"2026-03-31\", correctionReason: \"Utträdet registrerades sent\" }) {\n      collaboration { participants { municipality { code } } all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } in2025: participants(asOf: \"2025-01-01\") { municipality { code } } }\n      userErrors { field code } } }"): typeof import('./graphql.js').FoundationMutationsCollaborationParticipantRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityUpdate3($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Mellby kommun\" }) { userErrors { code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityUpdate3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 9010 }) { userErrors { code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityPopulationSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { totalCount nodes { at actorName operation changes { objectId kind fields { field before after } } } } }"): typeof import('./graphql.js').FoundationMutationsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationMutationsAuditLog2 { auditLog { totalCount } }"): typeof import('./graphql.js').FoundationMutationsAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundationMutationsMunicipalityCreate4 { municipalityCreate(input: { code: \"x\", name: \"\" }) { userErrors { code } } }"): typeof import('./graphql.js').FoundationMutationsMunicipalityCreate4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalMunicipality($code: String!) { municipality(code: $code) { applicationUsages { lifecyclePhase } } }"): typeof import('./graphql.js').NationalMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalAgreements { agreements(first: 100) { totalCount nodes { schedule { status } } } }"): typeof import('./graphql.js').NationalAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalGovernanceReport { governanceReport { rules { code applicable compliant } } }"): typeof import('./graphql.js').NationalGovernanceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalCompetenceRisk { competenceRisk(first: 10) { totalCount nodes { score specialistsLeaving } } }"): typeof import('./graphql.js').NationalCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalCollaborations { collaborations(first: 1) { totalCount } }"): typeof import('./graphql.js').NationalCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthStatusBoard($asOf: LocalDate!, $participant: ID) { statusBoard(asOf: $asOf, first: 100, participant: $participant) { totalCount nodes {\n  collaboration { name application { category } collaborationBody { shortName } } level { ordinal name } participants { code } } } }"): typeof import('./graphql.js').SeedTruthStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthRoleAssignments($kind: RoleKind!) { roleAssignments(kind: $kind, asOf: \"2008-06-01\", first: 100) { totalCount nodes { itUnit { name municipality { code } } } } }"): typeof import('./graphql.js').SeedTruthRoleAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthCollaborations { collaborations(first: 100) { nodes { name all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } } } }"): typeof import('./graphql.js').SeedTruthCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthCollaborations2 { collaborations(first: 100) { nodes { name collaborationBody { shortName } } } }"): typeof import('./graphql.js').SeedTruthCollaborations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthAgreements { agreements(kind: SAMVERKANSAVTAL, first: 100) { nodes { name municipalities { code } } } }"): typeof import('./graphql.js').SeedTruthAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthGovernanceReport($asOf: LocalDate!) { governanceReport(asOf: $asOf) { rules { code failures { label } } } }"): typeof import('./graphql.js').SeedTruthGovernanceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedTruthRoleAssignments2($asOf: LocalDate!) { roleAssignments(asOf: $asOf, first: 100) { totalCount nodes { kind person { name municipality { code } } collaboration { collaborationBody { shortName } } itUnit { municipality { code } } } } }"): typeof import('./graphql.js').SeedTruthRoleAssignments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedMunicipalities { municipalities(first: 20) { totalCount nodes { code name population(year: 2024) { year population } } } }"): typeof import('./graphql.js').FoundationSeedMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedMunicipality { municipality(code: \"1492\") { memberships { fromDate toDate collaborationBody { shortName } } } }"): typeof import('./graphql.js').FoundationSeedMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedCollaborationBodies { collaborationBodies { nodes { id } } }"): typeof import('./graphql.js').FoundationSeedCollaborationBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedMunicipalities2($body: ID!, $on: LocalDate) { municipalities(memberOf: $body, memberOn: $on) { nodes { code } } }"): typeof import('./graphql.js').FoundationSeedMunicipalities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedCollaborationLevels { collaborationLevels { ordinal name } }"): typeof import('./graphql.js').FoundationSeedCollaborationLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedMunicipality2 { municipality(code: \"1785\") { id } }"): typeof import('./graphql.js').FoundationSeedMunicipality2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedCollaborations($m: ID!) { collaborations(participant: $m) { nodes { name application { category } } } }"): typeof import('./graphql.js').FoundationSeedCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedCollaborations2 { collaborations(minLevel: 4) { nodes { name level { ordinal } } } }"): typeof import('./graphql.js').FoundationSeedCollaborations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedApplications { applications(category: CARE) { nodes { name } } }"): typeof import('./graphql.js').FoundationSeedApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedApplications2($m: ID!) { applications(municipality: $m) { totalCount } }"): typeof import('./graphql.js').FoundationSeedApplications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedApplications3($after: String) { applications(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { name } } }"): typeof import('./graphql.js').FoundationSeedApplications3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedApplications4 { applications(first: 100) { totalCount nodes { name } } }"): typeof import('./graphql.js').FoundationSeedApplications4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedCollaborations3 { collaborations(first: 1) { nodes { id name } } }"): typeof import('./graphql.js').FoundationSeedCollaborations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedNode($id: ID!) { node(id: $id) { id ... on Collaboration { name } } }"): typeof import('./graphql.js').FoundationSeedNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationSeedNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').FoundationSeedNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationStatementsCollaborations { collaborations(first: 100) {\n  totalCount\n  nodes {\n    id name\n    application { name category }\n    host { code name population { population } }\n    operator { name municipality { code } }\n    level { ordinal name }\n    levelSince\n    participants { joinedOn municipality { code name } }\n    levelHistory { changedOn fromLevel { ordinal } toLevel { ordinal name } }\n  } } }"): typeof import('./graphql.js').FoundationStatementsCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationStatementsMunicipalities { municipalities(first: 100) { nodes { code itUnits { name } applicationUsages { lifecyclePhase application { name } } memberships { fromDate } } } }"): typeof import('./graphql.js').FoundationStatementsMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwedishMessagesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { field code message } } }"): typeof import('./graphql.js').SwedishMessagesWebhookEndpointCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwedishMessagesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id } userErrors { field code message } } }"): typeof import('./graphql.js').SwedishMessagesMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwedishMessagesCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { field code message } } }"): typeof import('./graphql.js').SwedishMessagesCollaborationBodyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SwedishMessagesMunicipalities { municipalities(countyCode: \"99\") { totalCount } }"): typeof import('./graphql.js').SwedishMessagesMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SwedishMessagesMunicipalities2 { municipalities(first: 1, last: 1) { totalCount } }"): typeof import('./graphql.js').SwedishMessagesMunicipalities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwedishMessagesItUnitCreate($input: ItUnitCreateInput!) { itUnitCreate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').SwedishMessagesItUnitCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TokenExpiryViewer { viewer { role tokenExpiresAt } }"): typeof import('./graphql.js').TokenExpiryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CutoffUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').CutoffUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CutoffReportObjects { governanceReport { rules { code failures { objectId object { ... on ApplicationUsage { userCount } } } } } }"): typeof import('./graphql.js').CutoffReportObjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').ReportCollaborationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportApplicationUsages($m: ID) { applicationUsages(municipality: $m) { nodes { id application { name } } } }"): typeof import('./graphql.js').ReportApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCollaborationBodyCreate { collaborationBodyCreate(input: { name: \"Dalby kommunalförbund\", shortName: \"DKF\" }) { collaborationBody { id } userErrors { code } } }"): typeof import('./graphql.js').ReportCollaborationBodyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { field code } } }"): typeof import('./graphql.js').ReportGovernanceDocumentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } } }"): typeof import('./graphql.js').ReportGovernanceDocumentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { asOf applicable compliant complianceRate\n  rules { code title source applicable compliant complianceRate failures { ruleCode objectId objectType label reason object { id __typename } } } } }"): typeof import('./graphql.js').ReportGovernanceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportGovernanceReport2($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code failures { label object { id ... on ApplicationUsage { userCount } } } } } }"): typeof import('./graphql.js').ReportGovernanceReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').ReportApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').ReportRoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field code } } }"): typeof import('./graphql.js').ReportAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportGovernanceDocuments { governanceDocuments(first: 100) { totalCount nodes { id title kind adoptedOn lastReviewedOn reviewIntervalMonths retiredOn nextReviewDue reviewOverdue municipality { code } collaborationBody { shortName } } } }"): typeof import('./graphql.js').ReportGovernanceDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportGovernanceDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } governanceDocument { lastReviewedOn nextReviewDue reviewOverdue } } }"): typeof import('./graphql.js').ReportGovernanceDocumentUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportGovernanceDocumentCreate2($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { userErrors { field code } governanceDocument { reviewIntervalMonths nextReviewDue municipality { code } } } }"): typeof import('./graphql.js').ReportGovernanceDocumentCreate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackupRename($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Ödeby\" }) { userErrors { message } } }"): typeof import('./graphql.js').BackupRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesMunicipalities($first: Int, $after: String) { municipalities(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').NamesMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').NamesMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').NamesApplicationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesMunicipality($code: String!) { municipality(code: $code) { people { name } } }"): typeof import('./graphql.js').NamesMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesMunicipality2 { municipality(code: \"9001\") { id } }"): typeof import('./graphql.js').NamesMunicipality2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: \"Östra Zeta\" }) { userErrors { message } } }"): typeof import('./graphql.js').NamesMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Names__type { __type(name: \"Query\") { fields { name args { name description } } } }"): typeof import('./graphql.js').Names__TypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConcurrentWritesApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } applicationUsage { id userCount } } }"): typeof import('./graphql.js').ConcurrentWritesApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentWritesApplicationUsages { applicationUsages(first: 40) { nodes { id userCount } } }"): typeof import('./graphql.js').ConcurrentWritesApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentWritesAuditLog { auditLog(first: 100, operation: \"applicationUsageUpdate\") { nodes { operation } } }"): typeof import('./graphql.js').ConcurrentWritesAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CostLimitCollaborations { collaborations(first: 100) { nodes { participants { municipality { applicationUsages { application { usages { municipality { name code } } } } } } } } }"): typeof import('./graphql.js').CostLimitCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HttpAnswersMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }"): typeof import('./graphql.js').HttpAnswersMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpAnswersMunicipality($code: String!) { municipality(code: $code) { name } }"): typeof import('./graphql.js').HttpAnswersMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpAnswersMunicipalities($s: String) { municipalities(search: $s) { totalCount } }"): typeof import('./graphql.js').HttpAnswersMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HttpAnswersAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }"): typeof import('./graphql.js').HttpAnswersAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpAnswersNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement { schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline latestPossibleEnd daysLeft } } } }"): typeof import('./graphql.js').HttpAnswersNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HttpCachingCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').HttpCachingCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HttpCachingMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').HttpCachingMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputListsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { competenceNetwork { id } userErrors { field code } } }"): typeof import('./graphql.js').InputListsCompetenceNetworkCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputListsCompetenceNetworks { competenceNetworks { totalCount } }"): typeof import('./graphql.js').InputListsCompetenceNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputListsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } } }"): typeof import('./graphql.js').InputListsAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteApplicationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteCollaborationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LateRegistrationNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {\n  schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining procurementLeadTimeMonths }\n  collaborations(asOf: $asOf) { id } municipalities(asOf: $asOf) { code }\n} } }"): typeof import('./graphql.js').LateRegistrationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteAgreementExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteAgreementExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteAgreementUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteAgreementCreate2($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteAgreementCreate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LateRegistrationStatusBoard { statusBoard(asOf: \"2026-01-01\", first: 100) { nodes { collaboration { id } agreements { decisionDeadline status agreement { name } } } } }"): typeof import('./graphql.js').LateRegistrationStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LateRegistrationAuditLog { auditLog(operation: \"agreementCreate\") { nodes { correctionReason } } }"): typeof import('./graphql.js').LateRegistrationAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }"): typeof import('./graphql.js').LateRegistrationAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LateRegistrationWriteCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').LateRegistrationWriteCollaborationLevelSet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LateRegistrationNode2($id: ID!) { node(id: $id) { ... on Collaboration { levelOn(date: \"2023-06-01\") { ordinal } levelHistory { id changedOn fromLevel { ordinal } toLevel { ordinal } } } } }"): typeof import('./graphql.js').LateRegistrationNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LateRegistrationNode3($id: ID!) { node(id: $id) { ... on LevelChange { fromLevel { ordinal } } } }"): typeof import('./graphql.js').LateRegistrationNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { totalCount nodes {\n  collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } host { code } operator { name }\n  systemOwners { fromDate toDate person { name } } systemResponsibles { person { name } }\n  agreements { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed procurementLeadTimeMonths agreement { name } }\n  nextDeadline { date kind agreement { name } } needsAttention\n  openGaps { ruleCode label reason }\n} } }"): typeof import('./graphql.js').TimeTravelBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelGovernance($asOf: LocalDate) { governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { label reason } } } }"): typeof import('./graphql.js').TimeTravelGovernanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelRisk($asOf: LocalDate) { competenceRisk(asOf: $asOf, first: 100) { totalCount nodes { label score level specialistCount specialistsLeaving reasons { code contribution explanation } } } }"): typeof import('./graphql.js').TimeTravelRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelAgreements($asOf: LocalDate) { agreements(asOf: $asOf, first: 100) { totalCount nodes { name\n  municipalities(asOf: $asOf) { code } itUnits(asOf: $asOf) { name } applications(asOf: $asOf) { name } collaborations(asOf: $asOf) { name }\n  schedule(asOf: $asOf) { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining latestPossibleEnd procurementLeadTimeMonths } } } }"): typeof import('./graphql.js').TimeTravelAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelUsages($asOf: LocalDate) { applicationUsages(asOf: $asOf, first: 100) { totalCount nodes { id lifecyclePhase functionalFit technicalFit userCount annualCostOre itUnit { name } } } }"): typeof import('./graphql.js').TimeTravelUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelCollaborations($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } participants(asOf: $asOf) { municipality { code } } roles(asOf: $asOf) { kind person { name } } } } }"): typeof import('./graphql.js').TimeTravelCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelCollaborationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelParticipantAdd($input: CollaborationParticipantAddInput!) { collaborationParticipantAdd(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelParticipantAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelParticipantRemove($input: CollaborationParticipantRemoveInput!) { collaborationParticipantRemove(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelParticipantRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelAgreementUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelGiveNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelGiveNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelTerminateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelRoles($id: ID!) { node(id: $id) { ... on Collaboration { roles { id kind } } } }"): typeof import('./graphql.js').TimeTravelRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelRoleEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelPeople { people(first: 100) { nodes { id name competences { level application { id } } } } }"): typeof import('./graphql.js').TimeTravelPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelCompetenceSet($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelCompetenceSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelLeaveSet($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelLeaveSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelPlans { trainingPlans(first: 100) { nodes { id } } }"): typeof import('./graphql.js').TimeTravelPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelPlanUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelPlanCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelDocuments { governanceDocuments(first: 100) { nodes { id } } }"): typeof import('./graphql.js').TimeTravelDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelDocumentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelCovering($asOf: LocalDate, $c: ID) { agreements(asOf: $asOf, collaboration: $c, first: 100) { nodes { name } } }"): typeof import('./graphql.js').TimeTravelCoveringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelCorrection($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelAudit { auditLog(operation: \"collaborationLevelSet\") { nodes { correctionReason changes { objectType } } } }"): typeof import('./graphql.js').TimeTravelAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelPerson { people(first: 100) { nodes { id municipality { code } competences { level application { id } } } } }"): typeof import('./graphql.js').TimeTravelPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelApplicationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelCollaborationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelUsageCreate($input: ApplicationUsageCreateInput!) { applicationUsageCreate(input: $input) { applicationUsage { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelUsageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelLatePlan($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelLatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelDocumentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id } userErrors { code } } }"): typeof import('./graphql.js').TimeTravelRoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelCollaborationUpdate2($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelCollaborationUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelLevelSet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelAgreementUpdate2($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelAgreementUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelUsageUpdate2($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelUsageUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelCompetenceSet2($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelCompetenceSet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelLeaveSet2($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelLeaveSet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelPlanUpdate2($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelPlanUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelDocumentUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelRoleEnd2($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').TimeTravelRoleEnd2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelSchedule($id: ID!) { node(id: $id) { ... on Agreement { schedule { currentTermEnd extensionsUsed procurementLeadTimeMonths } } } }"): typeof import('./graphql.js').TimeTravelScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeTravelInPhase($asOf: LocalDate, $phase: LifecyclePhase) { applicationUsages(asOf: $asOf, lifecyclePhase: $phase, first: 100) { nodes { id } } }"): typeof import('./graphql.js').TimeTravelInPhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimeTravelBackDated($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { field code } } }"): typeof import('./graphql.js').TimeTravelBackDatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KitMunicipalities { municipalities { totalCount } collaborations { totalCount } agreements { totalCount } collaborationLevels { ordinal } }"): typeof import('./graphql.js').KitMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitRename($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }"): typeof import('./graphql.js').KitRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KitLevels {\n  collaborationLevels {\n    id\n    ordinal\n    name\n  }\n}\n\nmutation KitMunicipality($input: MunicipalityCreateInput!) {\n  municipalityCreate(input: $input) {\n    municipality {\n      id\n      code\n      name\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitItUnit($input: ItUnitCreateInput!) {\n  itUnitCreate(input: $input) {\n    itUnit {\n      id\n      name\n      kind\n      municipality {\n        id\n        code\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitApplication($input: ApplicationCreateInput!) {\n  applicationCreate(input: $input) {\n    application {\n      id\n      name\n      category\n      scope\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitUsage($input: ApplicationUsageCreateInput!) {\n  applicationUsageCreate(input: $input) {\n    applicationUsage {\n      id\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCollaboration($input: CollaborationCreateInput!) {\n  collaborationCreate(input: $input) {\n    collaboration {\n      id\n      name\n      startedOn\n      level {\n        id\n        ordinal\n      }\n      application {\n        id\n        name\n      }\n      host {\n        id\n        code\n      }\n      participants {\n        municipality {\n          id\n          code\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitAgreement($input: AgreementCreateInput!) {\n  agreementCreate(input: $input) {\n    agreement {\n      id\n      name\n      kind\n      startDate\n      endDate\n      status\n      noticeDeadline\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitPerson($input: PersonCreateInput!) {\n  personCreate(input: $input) {\n    person {\n      id\n      name\n      municipality {\n        id\n        code\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitLevelSet($input: CollaborationLevelSetInput!) {\n  collaborationLevelSet(input: $input) {\n    collaboration {\n      id\n      level {\n        ordinal\n      }\n      levelHistory {\n        changedOn\n        toLevel {\n          ordinal\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nquery KitAuditLog {\n  auditLog(first: 100) {\n    totalCount\n    nodes {\n      operation\n      correctionReason\n    }\n  }\n}\n\nmutation KitCompetence($input: CompetenceSetInput!) {\n  competenceSet(input: $input) {\n    competence {\n      id\n      level\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitPlannedLeave($input: PersonPlannedLeaveSetInput!) {\n  personPlannedLeaveSet(input: $input) {\n    person {\n      id\n      plannedLeave\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitChangeFreeze($input: ChangeFreezeCreateInput!) {\n  changeFreezeCreate(input: $input) {\n    changeFreeze {\n      id\n      name\n      kind\n      category\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCompetenceNetwork($input: CompetenceNetworkCreateInput!) {\n  competenceNetworkCreate(input: $input) {\n    competenceNetwork {\n      id\n      name\n      category\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitTrainingPlan($input: TrainingPlanCreateInput!) {\n  trainingPlanCreate(input: $input) {\n    trainingPlan {\n      id\n      name\n      target\n      reviewedOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitTrainingActivity($input: TrainingActivityAddInput!) {\n  trainingActivityAdd(input: $input) {\n    trainingActivity {\n      id\n      title\n      heldOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitRole($input: RoleAssignInput!) {\n  roleAssign(input: $input) {\n    roleAssignment {\n      id\n      kind\n      fromDate\n      toDate\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitParticipantAdd($input: CollaborationParticipantAddInput!) {\n  collaborationParticipantAdd(input: $input) {\n    collaboration {\n      id\n      participants {\n        municipality {\n          id\n          code\n        }\n      }\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitCollaborationBody($input: CollaborationBodyCreateInput!) {\n  collaborationBodyCreate(input: $input) {\n    collaborationBody {\n      id\n      name\n      shortName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}\n\nmutation KitGovernanceDocument($input: GovernanceDocumentCreateInput!) {\n  governanceDocumentCreate(input: $input) {\n    governanceDocument {\n      id\n      title\n      kind\n      adoptedOn\n      lastReviewedOn\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n}"): typeof import('./graphql.js').KitLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PopulationImportMunicipalityPopulationsImport($input: MunicipalityPopulationsImportInput!) { municipalityPopulationsImport(input: $input) {\n  plan { applied newCount changedCount unchangedCount skippedRegions notInDatabase problems { line column code message } rows { code name year before after action } }\n  userErrors { field code message } } }"): typeof import('./graphql.js').PopulationImportMunicipalityPopulationsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopulationImportMunicipality($code: String!) { municipality(code: $code) { populations { year population } } }"): typeof import('./graphql.js').PopulationImportMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopulationImportAuditLog($id: ID!) { auditLog(objectId: $id, operation: \"municipalityPopulationsImport\", first: 1) { nodes { operation actorName changes { objectId fields { field before after } } } } }"): typeof import('./graphql.js').PopulationImportAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PopulationImportMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 11000 }) { userErrors { code } } }"): typeof import('./graphql.js').PopulationImportMunicipalityPopulationSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PopulationImportMunicipalityCreate { municipalityCreate(input: { code: \"1917\", name: \"Heby\" }) { municipality { id } } }"): typeof import('./graphql.js').PopulationImportMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PopulationImportMunicipalityCodeChange($id: ID!) { municipalityCodeChange(input: { id: $id, code: \"0331\", validFrom: \"2007-01-01\" }) { userErrors { code } } }"): typeof import('./graphql.js').PopulationImportMunicipalityCodeChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities { municipalities(first: 1) { totalCount } counties { code name shortName } collaborations { totalCount } collaborationLevels { ordinal }\n        municipality(code: \"1460\") { name county countyCode populations { year population } itUnits { name } } }"): typeof import('./graphql.js').ReferenceMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferencePage($first: Int) { municipalities(first: $first) { nodes { code countyCode formerCodes { code } populations { year } } } }"): typeof import('./graphql.js').ReferencePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities2 { municipalities(countyCode: \"17\", first: 100) { totalCount nodes { code name } } }"): typeof import('./graphql.js').ReferenceMunicipalities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities3 { municipalities(countyCode: \"14\", search: \"ed\") { nodes { name } } }"): typeof import('./graphql.js').ReferenceMunicipalities3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities4($c: String) { municipalities(countyCode: $c) { totalCount } }"): typeof import('./graphql.js').ReferenceMunicipalities4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities5 { municipalities(first: 1) { totalCount } collaborations { totalCount } collaborationLevels { ordinal }\n        municipality(code: \"1492\") { countyCode populations { year population } itUnits { name } } }"): typeof import('./graphql.js').ReferenceMunicipalities5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities6 { municipalities { nodes { code countyCode } } }"): typeof import('./graphql.js').ReferenceMunicipalities6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityCreate { municipalityCreate(input: { code: \"2180\" }) { municipality { code name county countyCode populations { year population } } userErrors { code } } }"): typeof import('./graphql.js').ReferenceMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipalities7 { municipalities(countyCode: \"21\") { totalCount } }"): typeof import('./graphql.js').ReferenceMunicipalities7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityCreate2 { municipalityCreate(input: { code: \"9998\" }) { municipality { id } userErrors { field code message } } }"): typeof import('./graphql.js').ReferenceMunicipalityCreate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityCreate3 { municipalityCreate(input: { code: \"9998\", name: \"Provkommun\", county: \"Provlän\" }) { municipality { name county countyCode populations { year } } userErrors { code } } }"): typeof import('./graphql.js').ReferenceMunicipalityCreate3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityUpdate($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county countyCode } userErrors { code } } }"): typeof import('./graphql.js').ReferenceMunicipalityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityCreate4 { municipalityCreate(input: { code: \"1917\", name: \"Heby\", county: \"Västmanlands län\" }) { municipality { id } userErrors { code } } }"): typeof import('./graphql.js').ReferenceMunicipalityCreate4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityCodeChange($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) {\n      municipality { code codeValidFrom formerCodes { code validFrom validTo } } userErrors { field code message } } }"): typeof import('./graphql.js').ReferenceMunicipalityCodeChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceMunicipality($code: String!, $on: LocalDate) { municipality(code: $code, on: $on) { name code } }"): typeof import('./graphql.js').ReferenceMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }"): typeof import('./graphql.js').ReferenceAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceMunicipalityCodeChange2($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) { municipality { code } userErrors { field code } } }"): typeof import('./graphql.js').ReferenceMunicipalityCodeChange2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceNode($id: ID!) { node(id: $id) { ... on Municipality { code formerCodes { code validTo } } } }"): typeof import('./graphql.js').ReferenceNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserRecommendationDecisions { recommendationDecisions(status: REJECTED) { nodes { id reason decidedBy } } }"): typeof import('./graphql.js').BrowserRecommendationDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }"): typeof import('./graphql.js').BrowserAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompetenceGovernancePagesCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').CompetenceGovernancePagesCompetenceNetworkCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceGovernancePagesCompetenceRisk { competenceRisk(first: 100) { nodes { label score application { name } collaboration { id } } } }"): typeof import('./graphql.js').CompetenceGovernancePagesCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompetenceGovernancePagesGovernanceReport { governanceReport { compliant applicable rules { title failures { label objectType } } } }"): typeof import('./graphql.js').CompetenceGovernancePagesGovernanceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportPageMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } userCount } } }"): typeof import('./graphql.js').ImportPageMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportPageAuditLog { auditLog(first: 20) { nodes { operation } } }"): typeof import('./graphql.js').ImportPageAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityPageMunicipality($code: String!, $ref: ID!) {\n  municipality(code: $code) { name applicationUsages { application { name } userCount } participations { collaboration { id name } } }\n  agreements(municipality: $ref, first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } }\n  competenceRisk(municipality: $ref, first: 100) { nodes { label } }\n}"): typeof import('./graphql.js').MunicipalityPageMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityPageAgreements { agreements(first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } } }"): typeof import('./graphql.js').MunicipalityPageAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedsPageNeedRegistrations { needRegistrations(first: 100) { nodes { id category neededBy description budgetFrameOre municipality { code } choice { kind reason } } } }"): typeof import('./graphql.js').NeedsPageNeedRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsPageWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').NeedsPageWebhookEndpointCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedsPageApplications { applications(first: 100, search: \"ByggR\") { nodes { id name } } }"): typeof import('./graphql.js').NeedsPageApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsPageAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').NeedsPageAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesBrowserCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { message } } }"): typeof import('./graphql.js').PagesBrowserCollaborationBodyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PagesBrowserMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').PagesBrowserMembershipStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesBrowserCollaborationCandidates { collaborationCandidates(first: 5) { nodes { id } } }"): typeof import('./graphql.js').PagesBrowserCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesBrowserMunicipality($c: String!) { municipality(code: $c) { applicationUsages { application { name } userCount } } }"): typeof import('./graphql.js').PagesBrowserMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesBrowserAuditLog { auditLog(first: 50) { nodes { operation actorName } } }"): typeof import('./graphql.js').PagesBrowserAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesBrowserRecommendationDecisions { recommendationDecisions { nodes { reason } } }"): typeof import('./graphql.js').PagesBrowserRecommendationDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansBrowserCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }"): typeof import('./graphql.js').PlansBrowserCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansBrowserRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').PlansBrowserRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansBrowserCollaborationBodies { collaborationBodies { nodes { id shortName } } }"): typeof import('./graphql.js').PlansBrowserCollaborationBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansBrowserImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { html } } }"): typeof import('./graphql.js').PlansBrowserImplementationPlanIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsPageCollaborationCandidates($asOf: LocalDate, $municipality: ID, $trigger: RecommendationTrigger, $orderBy: CollaborationCandidateOrder) {\n  collaborationCandidates(asOf: $asOf, municipality: $municipality, trigger: $trigger, orderBy: $orderBy, first: 100) {\n    totalCount nodes { id kind score summary drivingDeadline proposedApplication { name } participants { code } targetLevel { ordinal name } }\n  }\n}"): typeof import('./graphql.js').RecommendationsPageCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsPageRecommendationDecisions { recommendationDecisions(first: 100) { nodes { id status reason decidedBy deferredUntil candidateKey } } }"): typeof import('./graphql.js').RecommendationsPageRecommendationDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsPageAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }"): typeof import('./graphql.js').RecommendationsPageAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SigninCollaborations { collaborations { totalCount } }"): typeof import('./graphql.js').SigninCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusPageSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {\n  collaboration { name } level { ordinal name } openGaps { reason } nextDeadline { date daysLeft }\n} }"): typeof import('./graphql.js').StatusPageSharedSystemStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SystemPageCollaborations($asOf: LocalDate) { collaborations(first: 100) { nodes {\n  id name startedOn\n  levelHistory { changedOn decisionReference }\n  participants(includeFormer: true) { municipality { name } joinedOn leftOn }\n  roles { kind person { name } }\n  statusBoardRow(asOf: $asOf) { agreements { agreement { name } decisionDeadline noticeDeadline } openGaps { reason } }\n} }\ncollaborationCandidates(includeHidden: true, first: 100) { nodes { id summary collaboration { id } } } }"): typeof import('./graphql.js').SystemPageCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SystemPageMunicipalities { municipalities(first: 1) { nodes { id } } }"): typeof import('./graphql.js').SystemPageMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetDigestCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id category } } }"): typeof import('./graphql.js').BudgetDigestCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BudgetDigestRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').BudgetDigestRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BudgetDigestImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version } userErrors { code } } }"): typeof import('./graphql.js').BudgetDigestImplementationPlanIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptFreshImplementationPlan($body: ID!) { implementationPlan(body: $body, from: \"2026-01-01\", to: \"2030-12-31\") { items { decisionId oneOff { kind amountOre estimated } } budgetNotices { code budgetDecidedBy } } }"): typeof import('./graphql.js').KeptFreshImplementationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeptFreshCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }"): typeof import('./graphql.js').KeptFreshCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptFreshRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id } userErrors { code } } }"): typeof import('./graphql.js').KeptFreshRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptFreshDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').KeptFreshDecisionCostsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeptFreshBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').KeptFreshBudgetCalendarSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansPlanCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key category participants { id code } } } }"): typeof import('./graphql.js').PlansPlanCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansPlanRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id status } userErrors { field code message } } }"): typeof import('./graphql.js').PlansPlanRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansPlanImplementationPlan($body: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate) {\n  implementationPlan(body: $body, from: $from, to: $to, asOf: $asOf) {\n    asOf bodyName from to oneOffTotalOre annualBeforeOre annualAfterOre\n    items {\n      decisionId decidedOn system category collaboration currentLevel targetLevel targetLevelName costKey systemOwners operator\n      window { decisionOn leadMonths earliestStart lengthDays start end avoidedFreezes }\n      annualBeforeOre oneOffTotalOre\n      annualAfter { kind amountOre estimated basis budgetYear shares { code amountOre } }\n      oneOff { kind amountOre estimated basis budgetYear shares { code amountOre } }\n      municipalities { code name annualBeforeOre annualAfterOre annualChangeOre oneOffOre oneOffBudgetYear annualBudgetYear budgetDecidedBy inTime }\n    }\n    municipalities { code annualBeforeOre annualAfterOre annualChangeOre oneOffOre }\n    budgetNotices { code name budgetDecidedBy inTime lines { decisionId system what kind budgetYear amountOre estimated } years { year amountOre } }\n  } }"): typeof import('./graphql.js').PlansPlanImplementationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansPlanImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version sha256 issuedOn html csv path } userErrors { field code message } } }"): typeof import('./graphql.js').PlansPlanImplementationPlanIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansPlanDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { decision { id } userErrors { field code message } } }"): typeof import('./graphql.js').PlansPlanDecisionCostsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansPlanMunicipalities { municipalities(first: 100) { nodes { code id } } }"): typeof import('./graphql.js').PlansPlanMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlansPlanBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { municipality { code } userErrors { code } } }"): typeof import('./graphql.js').PlansPlanBudgetCalendarSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlansPlanImplementationPlanIssues($b: ID!, $f: LocalDate!, $t: LocalDate!) { implementationPlanIssues(body: $b, from: $f, to: $t) { version sha256 html } }"): typeof import('./graphql.js').PlansPlanImplementationPlanIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhatifWhatIf($input: WhatIfInput!) { whatIf(input: $input) {\n  change municipalityCode municipalityName scope from summary\n  costSplits { agreementId agreement key totalOre problem shares { code name beforeOre afterOre changeOre } }\n  agreements { agreement kind referenceNumber change noticeDeadline decisionDeadline currentTermEnd noticeDeadlinePassed }\n  systems { collaboration application level levelName participantsBefore participantsAfter fallsBelowLevel consequences specialistsBefore specialistsAfter specialistsLost rolesLost }\n  window { start end avoidedFreezes }\n} }"): typeof import('./graphql.js').WhatifWhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WhatifAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { field code message } } }"): typeof import('./graphql.js').WhatifAgreementUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WhatifWhatIfDecisionRecord($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id change from scenario summary resultSha256 reason decisionReference decidedOn } userErrors { field code message } } }"): typeof import('./graphql.js').WhatifWhatIfDecisionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhatifWhatIfDecisions { whatIfDecisions { id } }"): typeof import('./graphql.js').WhatifWhatIfDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WhatifWhatIfDecisionRecord2($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id } userErrors { field code } } }"): typeof import('./graphql.js').WhatifWhatIfDecisionRecord2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateIdentityCollaborationCandidates($asOf: LocalDate) { collaborationCandidates(first: 100, asOf: $asOf, includeHidden: true) { nodes { id key asOf score hidden } } }"): typeof import('./graphql.js').CandidateIdentityCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateIdentityNode($id: ID!) { node(id: $id) { __typename id ... on CollaborationCandidate { key asOf score hidden decision { status } } } }"): typeof import('./graphql.js').CandidateIdentityNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CandidateIdentityRecommendationDecide($input: RecommendationDecideInput!) {\n  recommendationDecide(input: $input) { decision { status } candidate { id key asOf hidden decision { status reason } } userErrors { code } } }"): typeof import('./graphql.js').CandidateIdentityRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateIdentityCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key category } } }"): typeof import('./graphql.js').CandidateIdentityCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateIdentityNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on CollaborationCandidate { score } } }"): typeof import('./graphql.js').CandidateIdentityNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidatesCollaborationCandidates($asOf: LocalDate, $m: ID, $hidden: Boolean) {\n  collaborationCandidates(first: 100, asOf: $asOf, municipality: $m, includeHidden: $hidden) {\n    totalCount\n    nodes {\n      id key kind category score summary explanation hidden changesSinceDecision drivingDeadline combinedAnnualCostSek targetLevelReason proposalReason viewerCanDecide\n      participants { code } joiningMunicipalities { code } applications { name } proposedApplication { name }\n      collaboration { name } currentLevel { ordinal } targetLevel { ordinal name } drivingAgreement { name }\n      contributions { trigger weight points explanation evidence { objectId objectType label detail lastChangedOn object { id } } }\n      costSplit { municipality { code } population amountOre }\n      transitionWindow { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }\n      decision { status reason decidedOn decidedBy } decisionHistory { status decidedOn }\n    }\n  } }"): typeof import('./graphql.js').CandidatesCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CandidatesRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { status reason decidedOn decidedBy candidateKey participants { code } } userErrors { field code message } } }"): typeof import('./graphql.js').CandidatesRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidatesRecommendationDecisions { recommendationDecisions { totalCount } }"): typeof import('./graphql.js').CandidatesRecommendationDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidatesAuditLog { auditLog(operation: \"recommendationDecide\") { totalCount } }"): typeof import('./graphql.js').CandidatesAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CandidatesApplicationUsageUpdate($id: ID!) { applicationUsageUpdate(input: { id: $id, functionalFit: 1 }) { userErrors { code } } }"): typeof import('./graphql.js').CandidatesApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidatesRecommendationDecisions2 { recommendationDecisions(from: \"2026-01-01\") { totalCount nodes { status summary decidedBy municipality { code } } } }"): typeof import('./graphql.js').CandidatesRecommendationDecisions2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpRecommendationDecisions { recommendationDecisions(first: 10) { nodes { id status decidedOn\n  expectedEffects { expectedCostPerInhabitantOre expectedLevel expectedCompetenceRiskScore expectedProductCount recordedOn }\n  followUp { atDecision { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }\n    points { monthsAfter date reached costRose realised { costPerInhabitantOre levelOrdinal competenceRiskScore productCount } } } } } }"): typeof import('./graphql.js').FollowUpRecommendationDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { decisionEffect { expectedLevel } userErrors { field code message } } }"): typeof import('./graphql.js').FollowUpDecisionEffectsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id application { name } annualCostOre } } }"): typeof import('./graphql.js').FollowUpMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').FollowUpApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }"): typeof import('./graphql.js').FollowUpCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpAnnualReport { annualReport(year: 2026) { followUps { costRose decisions { subject points { monthsAfter costRose } } } } }"): typeof import('./graphql.js').FollowUpAnnualReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpNode($id: ID!) { node(id: $id) { ... on RecommendationDecision { followUp { points { date } } } } }"): typeof import('./graphql.js').FollowUpNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreezeExceptionsCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }"): typeof import('./graphql.js').FreezeExceptionsCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreezeExceptionsChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id announcedOn announcedLate } userErrors { field code } } }"): typeof import('./graphql.js').FreezeExceptionsChangeFreezeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreezeExceptionsFreezeExceptionRequest($input: FreezeExceptionRequestInput!) { freezeExceptionRequest(input: $input) { freezeException { id kind status fromDate toDate requestedOn requestedBy } userErrors { field code message } } }"): typeof import('./graphql.js').FreezeExceptionsFreezeExceptionRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreezeExceptionsFreezeExceptionDecide($input: FreezeExceptionDecideInput!) { freezeExceptionDecide(input: $input) { freezeException { id status decidedOn decisionReason } userErrors { field code message } } }"): typeof import('./graphql.js').FreezeExceptionsFreezeExceptionDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreezeExceptionsCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }"): typeof import('./graphql.js').FreezeExceptionsCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreezeExceptionsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }"): typeof import('./graphql.js').FreezeExceptionsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreezeExceptionsCollaborationCandidates3 { collaborationCandidates(first: 100, asOf: \"2026-06-14\") { nodes { key transitionWindow { start } } } }"): typeof import('./graphql.js').FreezeExceptionsCollaborationCandidates3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreezeExceptionsNode($id: ID!) { node(id: $id) { ... on ChangeFreeze { exceptions { status kind rollbackPlan } } } freezeExceptions(status: APPROVED) { totalCount } }"): typeof import('./graphql.js').FreezeExceptionsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreezeExceptionsChangeFreezes { changeFreezes(first: 100) { nodes { name announcedLate } } }"): typeof import('./graphql.js').FreezeExceptionsChangeFreezesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsVocabularyVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').NeedsVocabularyVocabularyTermCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsVocabularyApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name vendor category scope } userErrors { code } } }"): typeof import('./graphql.js').NeedsVocabularyApplicationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsVocabularyNeedRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { id category categoryCode answer { summary matches { municipality { name } application { name } } options { kind } } } userErrors { field code } } }"): typeof import('./graphql.js').NeedsVocabularyNeedRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NeedsNeed on NeedRegistration { id category neededBy description budgetFrameOre registeredOn registeredBy viewerCanChoose municipality { code }\n  answer { asOf summary\n    matches { inSameBody lifecyclePhase functionalFit technicalFit userCount annualCostOre municipality { code } application { name } collaboration { name } level { ordinal }\n      agreements { name decisionDeadline nearNeed agreement { id } } }\n    deadlinesNearNeed { name decisionDeadline }\n    options { key kind summary meetsNeededBy annualCostOre partners { code } collaboration { name } application { name }\n      window { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }\n      costSplit { municipality { code } population amountOre } } }\n  choice { key kind summary reason decidedOn decidedBy partners { code } window { start end } } }"): typeof import('./graphql.js').NeedsNeedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }"): typeof import('./graphql.js').NeedsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsChoose($input: NeedChooseInput!) { needChoose(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }"): typeof import('./graphql.js').NeedsChooseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id decisionDeadline } userErrors { code } } }"): typeof import('./graphql.js').NeedsAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NeedsWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { code } } }"): typeof import('./graphql.js').NeedsWebhookEndpointCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }"): typeof import('./graphql.js').NeedsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedsNeedRegistrations($m: ID) { needRegistrations(municipality: $m) { totalCount nodes { id choice { kind } } } }"): typeof import('./graphql.js').NeedsNeedRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedsNeedRegistrations2($m: ID) { needRegistrations(municipality: $m) { totalCount } }"): typeof import('./graphql.js').NeedsNeedRegistrations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }"): typeof import('./graphql.js').SettingsFreezesCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesTriggerSettings { triggerSettings { id agreementHorizonMonths poorFitThreshold competenceRiskMinScore jointLevel weightSameApplication transitionWindowDays } }"): typeof import('./graphql.js').SettingsFreezesTriggerSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsFreezesTriggerSettingsUpdate($input: TriggerSettingsUpdateInput!) { triggerSettingsUpdate(input: $input) { triggerSettings { weightSameApplication poorFitThreshold } userErrors { field code } } }"): typeof import('./graphql.js').SettingsFreezesTriggerSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key score contributions { trigger weight } } } }"): typeof import('./graphql.js').SettingsFreezesCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field before after } } } } }"): typeof import('./graphql.js').SettingsFreezesAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsFreezesChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id name kind category periods(year: 2026) { from to } municipality { code } } userErrors { field code } } }"): typeof import('./graphql.js').SettingsFreezesChangeFreezeCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesChangeFreezes($m: ID) { changeFreezes(municipality: $m, first: 100) { totalCount nodes { name kind category fromWeek toWeek fromMonthDay toMonthDay periods(year: 2026) { from to } } } }"): typeof import('./graphql.js').SettingsFreezesChangeFreezesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesChangeFreezes2($m: ID) { changeFreezes(municipality: $m) { totalCount } }"): typeof import('./graphql.js').SettingsFreezesChangeFreezes2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesMunicipality { municipality(code: \"1492\") { changeFreezes { name kind fromDate toDate } } }"): typeof import('./graphql.js').SettingsFreezesMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsFreezesChangeFreezeUpdate($id: ID!) { changeFreezeUpdate(input: { id: $id, category: SCHOOL, period: { kind: DAY_MONTH, fromMonthDay: \"02-29\", toMonthDay: \"03-05\" } }) { changeFreeze { kind category fromWeek fromMonthDay periods(year: 2027) { from to } } userErrors { code } } }"): typeof import('./graphql.js').SettingsFreezesChangeFreezeUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsFreezesChangeFreezeDelete($id: ID!) { changeFreezeDelete(input: { id: $id }) { changeFreeze { name } userErrors { code } } }"): typeof import('./graphql.js').SettingsFreezesChangeFreezeDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').SettingsFreezesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFreezesCollaborationCandidates3 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }"): typeof import('./graphql.js').SettingsFreezesCollaborationCandidates3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationsStatementsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) {\n  totalCount\n  nodes {\n    key score summary explanation\n    participants { name } applications { name } proposedApplication { name } collaboration { name }\n    currentLevel { ordinal } targetLevel { ordinal } drivingAgreement { name } decision { status }\n    contributions { trigger points evidence { objectId lastChangedOn } }\n    costSplit { municipality { code } amountOre } transitionWindow { start end }\n  } } }"): typeof import('./graphql.js').RecommendationsStatementsCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersCliWebhookEndpointCreate($url: String!) { webhookEndpointCreate(input: { url: $url, eventTypes: [LEVEL_CHANGED] }) { userErrors { code } } }"): typeof import('./graphql.js').RemindersCliWebhookEndpointCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemindersCliCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').RemindersCliCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RemindersCliWebhookDeliveries { webhookDeliveries { totalCount nodes { eventType status } } }"): typeof import('./graphql.js').RemindersCliWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedsCalendarFeedCreate($input: CalendarFeedCreateInput!) { calendarFeedCreate(input: $input) {\n  calendarFeed { id name municipality { code } createdBy createdAt revokedAt }\n  token url userErrors { field code message } } }"): typeof import('./graphql.js').FeedsCalendarFeedCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedsCalendarFeedRevoke($id: ID!) { calendarFeedRevoke(input: { id: $id }) { calendarFeed { id revokedAt } userErrors { field code message } } }"): typeof import('./graphql.js').FeedsCalendarFeedRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedsCalendarFeeds { calendarFeeds { nodes { name municipality { code } } } }"): typeof import('./graphql.js').FeedsCalendarFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) {\n  webhookEndpoint { id url eventTypes thresholdDays disabledAt } secret userErrors { field code message } } }"): typeof import('./graphql.js').WebhooksWebhookEndpointCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksWebhookDeliveries($endpoint: ID, $status: WebhookDeliveryStatus) { webhookDeliveries(endpoint: $endpoint, status: $status, first: 100) {\n  totalCount nodes { messageId eventType status attempts lastResponseCode lastError nextAttemptAt lastAttemptAt } } }"): typeof import('./graphql.js').WebhooksWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksWebhookEndpoints { webhookEndpoints { totalCount } }"): typeof import('./graphql.js').WebhooksWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field message } } }"): typeof import('./graphql.js').WebhooksAgreementCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksAgreements { agreements(first: 100) { nodes { id name } } }"): typeof import('./graphql.js').WebhooksAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').WebhooksAgreementUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksCollaborationLevels { collaborationLevels { id ordinal } }"): typeof import('./graphql.js').WebhooksCollaborationLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').WebhooksCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksWebhookEndpointDisable($id: ID!) { webhookEndpointDisable(input: { id: $id }) { webhookEndpoint { disabledAt } userErrors { code } } }"): typeof import('./graphql.js').WebhooksWebhookEndpointDisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportCollaborationBodies { collaborationBodies { nodes { id shortName } } }"): typeof import('./graphql.js').AnnualReportCollaborationBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportDkf2025($body: ID) { annualReport(year: 2025, body: $body) { year start end body { shortName } summary { systems { name host levelStart { ordinal name } levelEnd { ordinal name } participantsEnd } changes { system } perLevel { level { ordinal } systemsStart systemsEnd municipalitiesEnd } } matrix { systems rows { municipality levels } } levelsByYear { year systems } } }"): typeof import('./graphql.js').AnnualReportDkf2025Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReport2014 { annualReport(year: 2014) { summary { systems { name levelStart { ordinal name } levelEnd { ordinal name } } changes { system changedOn from { ordinal name } to { ordinal name } decisionReference } } levelsByYear { year systems } } }"): typeof import('./graphql.js').AnnualReport2014Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAnnualReport { annualReport(year: 2025) { agreements { ended { agreement date } renewed { agreement date detail } noticeGiven { agreement } upcomingDecisions { agreement date } } } }"): typeof import('./graphql.js').AnnualReportAnnualReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAnnualReport2 { annualReport(year: 2025) { cost { totalOre lines { agreement key totalOre shares { municipality amountOre } } municipalities { municipality agreementsOre trainingOre totalOre population perInhabitantOre leavingShiftsOre leavingNeedsNewAgreement } } competence { trainingParticipants trainingCostOre trainings { title participants costOre } } } }"): typeof import('./graphql.js').AnnualReportAnnualReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAgreements { agreements(kind: SAMVERKANSAVTAL) { nodes { id name } } }"): typeof import('./graphql.js').AnnualReportAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportCostAllocation($a: ID!) { costAllocation(agreement: $a, year: 2025) { shares { municipality { name } amountOre } } }"): typeof import('./graphql.js').AnnualReportCostAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportGoals($year: Int!) { annualReport(year: $year) { governance { policyGoals { title deadline status } rules { code complianceEnd compliancePrevious } complianceEnd } } }"): typeof import('./graphql.js').AnnualReportGoalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportCollaborationCandidates { collaborationCandidates(asOf: \"2025-12-31\", first: 100) { nodes { category participants { name } } } }"): typeof import('./graphql.js').AnnualReportCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAnnualReport3($body: ID) { annualReport(year: 2025, body: $body) { recommendations { candidateId subject proposedLevel { ordinal } proposedProduct score deadline window { start } } } }"): typeof import('./graphql.js').AnnualReportAnnualReport3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAnnualReport4 { annualReport(year: 2027) { year } }"): typeof import('./graphql.js').AnnualReportAnnualReport4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAnnualReport5 { annualReport(year: 2025, body: \"bm9wZQ\") { year } }"): typeof import('./graphql.js').AnnualReportAnnualReport5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportAnnualReport6 { annualReport(year: 2025) { year } }"): typeof import('./graphql.js').AnnualReportAnnualReport6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportAnnualReportIssue { annualReportIssue(input: { year: 2025 }) { issue { year } userErrors { code } } }"): typeof import('./graphql.js').AnnualReportAnnualReportIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportAnnualReportIssue2 { annualReportIssue(input: { year: 2026 }) { issue { year } userErrors { field code } } }"): typeof import('./graphql.js').AnnualReportAnnualReportIssue2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportAnnualReportIssue3($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year sha256 issuedOn issuedBy path } userErrors { code } } }"): typeof import('./graphql.js').AnnualReportAnnualReportIssue3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportCollaborations { collaborations(first: 20) { nodes { id name } } collaborationLevels { id ordinal } agreements(first: 50) { nodes { id name } } }"): typeof import('./graphql.js').AnnualReportCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, decisionReference: \"DKF 2026/3\" }) { userErrors { code } } }"): typeof import('./graphql.js').AnnualReportCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportAgreementGiveNotice($a: ID!) { agreementGiveNotice(input: { id: $a }) { userErrors { code } } }"): typeof import('./graphql.js').AnnualReportAgreementGiveNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportDkf2026($body: ID) { annualReport(year: 2026, body: $body) { summary { changes { system } } agreements { noticeGiven { agreement } } } }"): typeof import('./graphql.js').AnnualReportDkf2026Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnualReportAnnualReportIssue4($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year } userErrors { field code } } }"): typeof import('./graphql.js').AnnualReportAnnualReportIssue4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FollowUpsMeasures on ReportFollowUpMeasures { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }"): typeof import('./graphql.js').FollowUpsMeasuresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpsReport($year: Int!) { annualReport(year: $year) { followUps { costRose decisions { decidedOn subject participants summary expected { ...FollowUpsMeasures } atDecision { ...FollowUpsMeasures }\n  points { monthsAfter date costRose realised { ...FollowUpsMeasures } } costRose } } } }"): typeof import('./graphql.js').FollowUpsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { field code message } } }"): typeof import('./graphql.js').FollowUpsApplicationUsageUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpsMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id code name } userErrors { code } } }"): typeof import('./graphql.js').FollowUpsMunicipalityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpsDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').FollowUpsDecisionEffectsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }"): typeof import('./graphql.js').FollowUpsCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportRecommendationsRecommendation on ReportRecommendation { date trigger subject explanation decision decidedOn candidateId system { id name } participants { code name }\n  proposedLevel { ordinal name } proposedProduct score deadline window { start end } annualCostOre costSplit { municipality amountOre } }"): typeof import('./graphql.js').ReportRecommendationsRecommendationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRecommendationsCollaborationBodyCreate { collaborationBodyCreate(input: { name: \"Testförbundet\", shortName: \"TF\" }) { collaborationBody { id } userErrors { message } } }"): typeof import('./graphql.js').ReportRecommendationsCollaborationBodyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRecommendationsMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }"): typeof import('./graphql.js').ReportRecommendationsMembershipStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendations2025($body: ID) { annualReport(year: 2025, body: $body) { hasData recommendations { ...ReportRecommendationsRecommendation } } }"): typeof import('./graphql.js').ReportRecommendations2025Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendationsAnnualReport { annualReport(year: 2025) { recommendations { subject proposedProduct } } }"): typeof import('./graphql.js').ReportRecommendationsAnnualReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendationsCollaborationCandidates { collaborationCandidates(asOf: \"2025-12-31\") { nodes { id score proposedApplication { name } targetLevel { ordinal } drivingDeadline transitionWindow { start end } combinedAnnualCostOre costSplit { amountOre } } } }"): typeof import('./graphql.js').ReportRecommendationsCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendationsCollaborationCandidates2 { collaborationCandidates { nodes { id proposedApplication { name } } } }"): typeof import('./graphql.js').ReportRecommendationsCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRecommendationsRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { field message } } }"): typeof import('./graphql.js').ReportRecommendationsRecommendationDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendations2026($body: ID) { annualReport(year: 2026, body: $body) { recommendations { ...ReportRecommendationsRecommendation } } }"): typeof import('./graphql.js').ReportRecommendations2026Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendationsAnnualReport2 { annualReport(year: 2003) { hasData governance { complianceEnd applicableEnd applicablePrevious } recommendations { subject } } }"): typeof import('./graphql.js').ReportRecommendationsAnnualReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendationsAnnualReport3 { annualReport(year: 2030) { year } }"): typeof import('./graphql.js').ReportRecommendationsAnnualReport3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportRecommendationsAnnualReport4 { annualReport(year: 1999) { year } }"): typeof import('./graphql.js').ReportRecommendationsAnnualReport4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportRecommendationsAnnualReportIssue { annualReportIssue(input: { year: 2026 }) { userErrors { message code } } }"): typeof import('./graphql.js').ReportRecommendationsAnnualReportIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RolesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { field code } roleAssignment { id kind fromDate toDate person { name } collaboration { name } applicationUsage { id } itUnit { name } } } }"): typeof import('./graphql.js').RolesRoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RolesRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { field code } roleAssignment { id toDate } } }"): typeof import('./graphql.js').RolesRoleEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoleAssignments { roleAssignments(includeEnded: true) { totalCount } }"): typeof import('./graphql.js').RolesRoleAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesNode($id: ID!) { node(id: $id) { ... on Collaboration { roles { kind fromDate toDate person { name } } } } }"): typeof import('./graphql.js').RolesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesNode2($id: ID!, $asOf: LocalDate, $all: Boolean!) { node(id: $id) { ... on ItUnit { roles(kind: IT_CHEF, asOf: $asOf, includeEnded: $all) { fromDate toDate person { name } } } } }"): typeof import('./graphql.js').RolesNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesNode3($id: ID!) { node(id: $id) { ... on Person { roleAssignments { kind collaboration { name } } } } }"): typeof import('./graphql.js').RolesNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesNode4($id: ID!) { node(id: $id) { ... on ApplicationUsage { roles(includeEnded: true) { kind toDate person { name } } } } }"): typeof import('./graphql.js').RolesNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesRoleAssignments2 { roleAssignments(kind: SYSTEMAGARE, first: 100) { totalCount } }"): typeof import('./graphql.js').RolesRoleAssignments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesNode5($id: ID!) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE) { person { name email phone viewerCanSeeContactDetails } } } } }"): typeof import('./graphql.js').RolesNode5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RolesNode6($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE, asOf: $asOf) { id person { name } } } } }"): typeof import('./graphql.js').RolesNode6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApolloCacheCollaborationLevels { collaborationLevels { id ordinal } }"): typeof import('./graphql.js').ApolloCacheCollaborationLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApolloCacheStatusBoard { statusBoard(first: 100) { nodes { id level { ordinal } } } }"): typeof import('./graphql.js').ApolloCacheStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApolloCacheCollaborationCandidates { collaborationCandidates(asOf: \"2025-06-01\", first: 100, includeHidden: true) { nodes { key score } } }"): typeof import('./graphql.js').ApolloCacheCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApolloCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score } } }"): typeof import('./graphql.js').ApolloCacheCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApolloCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }"): typeof import('./graphql.js').ApolloCacheApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArgumentsCollaborations($m: ID) { collaborations(participant: $m) { totalCount } }"): typeof import('./graphql.js').ArgumentsCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArgumentsCompetenceRisk { competenceRisk(municipality: \"9999\") { totalCount } }"): typeof import('./graphql.js').ArgumentsCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArgumentsAgreements($x: ID) { agreements(collaboration: $x) { totalCount } }"): typeof import('./graphql.js').ArgumentsAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsumerStatusBoard { statusBoard { totalCount } }"): typeof import('./graphql.js').ConsumerStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsAgreements { agreements(first: 1, kind: SAMVERKANSAVTAL) { nodes { id } } }"): typeof import('./graphql.js').OperationsAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsMunicipality { municipality(code: \"1460\") { id } }"): typeof import('./graphql.js').OperationsMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsCollaborationBodies { collaborationBodies { nodes { id } } }"): typeof import('./graphql.js').OperationsCollaborationBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }"): typeof import('./graphql.js').OperationsCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PackageAgreements($m: ID) { agreements(municipality: $m, first: 100) { nodes { name schedule { decisionDeadline } } } }"): typeof import('./graphql.js').PackageAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PackageApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 2) { nodes { id application { name } } } }"): typeof import('./graphql.js').PackageApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PackageNode($a: ID!, $b: ID!) { a: node(id: $a) { ... on ApplicationUsage { functionalFit technicalFit } } b: node(id: $b) { ... on ApplicationUsage { functionalFit } } }"): typeof import('./graphql.js').PackageNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PackageStatusBoard { statusBoard { totalCount } }"): typeof import('./graphql.js').PackageStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingStatusBoard { statusBoard(first: 100, orderBy: { field: LEVEL, direction: DESC }) { nodes { level { ordinal } } } }"): typeof import('./graphql.js').PagingStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingStatusBoard2 { statusBoard(first: 100, orderBy: { field: NEXT_DEADLINE }) { nodes { nextDeadline { date } } } }"): typeof import('./graphql.js').PagingStatusBoard2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingAgreements { agreements(first: 100, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }"): typeof import('./graphql.js').PagingAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingAgreements2 { agreements(first: 100, orderBy: { field: START_DATE }) { nodes { startDate } } }"): typeof import('./graphql.js').PagingAgreements2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingCollaborationCandidates { collaborationCandidates(first: 100, orderBy: { field: SCORE, direction: ASC }) { nodes { score } } }"): typeof import('./graphql.js').PagingCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key } } }"): typeof import('./graphql.js').PagingCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingCollaborationCandidates3 { collaborationCandidates(first: 100, orderBy: { field: SCORE }) { nodes { key } } }"): typeof import('./graphql.js').PagingCollaborationCandidates3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingCollaborationCandidates4 { collaborationCandidates(first: 100, orderBy: { field: DEADLINE, direction: ASC }) { nodes { drivingDeadline } } }"): typeof import('./graphql.js').PagingCollaborationCandidates4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingAgreements3 { agreements(first: 3, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } pageInfo { endCursor } } }"): typeof import('./graphql.js').PagingAgreements3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingAgreements4($a: String) { agreements(first: 3, after: $a, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }"): typeof import('./graphql.js').PagingAgreements4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingStatusBoard3 { statusBoard(first: 2, last: 2) { totalCount } }"): typeof import('./graphql.js').PagingStatusBoard3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingAgreements5 { agreements(last: 2, before: \"nope\") { totalCount } }"): typeof import('./graphql.js').PagingAgreements5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingCompetenceRisk { competenceRisk(last: 101) { totalCount } }"): typeof import('./graphql.js').PagingCompetenceRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UrqlCacheCollaborationCandidates { collaborationCandidates(asOf: \"2025-06-01\", first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }"): typeof import('./graphql.js').UrqlCacheCollaborationCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UrqlCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }"): typeof import('./graphql.js').UrqlCacheCollaborationCandidates2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UrqlCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }"): typeof import('./graphql.js').UrqlCacheApplicationUsagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id } } }"): typeof import('./graphql.js').ExportMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportStatusBoard { statusBoard(first: 1) { totalCount } }"): typeof import('./graphql.js').ExportStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportAgreements($m: ID) { agreements(first: 100, municipality: $m) { nodes { name schedule { decisionDeadline } } } }"): typeof import('./graphql.js').ExportAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpersApplicationUsagesImport($input: ApplicationUsagesImportInput!) {\n  applicationUsagesImport(input: $input) {\n    userErrors { field message code }\n    plan {\n      applied createCount updateCount unchangedCount\n      problems { row column message code }\n      rows { row product vendor externalKey action match changes { column before after } problems { row column code } }\n    }\n  }\n}"): typeof import('./graphql.js').HelpersApplicationUsagesImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportAuditLog { auditLog(last: 1) { nodes { operation actorName changes { objectType kind fields { field after } } } } }"): typeof import('./graphql.js').ImportAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles { kind toDate person { name } } } } }"): typeof import('./graphql.js').ImportMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportMunicipality2($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles(includeEnded: true) { kind fromDate toDate person { name } } } } }"): typeof import('./graphql.js').ImportMunicipality2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BoardNodeRow on SharedSystemStatus { id asOf collaboration { name } level { ordinal } }"): typeof import('./graphql.js').BoardNodeRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardNodeCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }"): typeof import('./graphql.js').BoardNodeCollaborationLevelSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardNodeBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { nodes { ...BoardNodeRow } } }"): typeof import('./graphql.js').BoardNodeBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardNodeRefetch($ids: [ID!]!) { nodes(ids: $ids) { __typename ...BoardNodeRow } }"): typeof import('./graphql.js').BoardNodeRefetchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardNodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').BoardNodeNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }"): typeof import('./graphql.js').BoardAgreementExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: \"2026-02-10\" }) { userErrors { code } } }"): typeof import('./graphql.js').BoardAgreementGiveNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {\n  asOf\n  collaboration { name }\n  level { ordinal }\n  lastLevelChange { changedOn decisionReference }\n  participants { code }\n  host { code }\n  operator { name }\n  systemOwners { person { name } }\n  systemResponsibles { person { name } }\n  agreements { status currentTermEnd noticeDeadline decisionDeadline daysLeft agreement { name } }\n  nextDeadline { date kind daysLeft agreement { name } roleAssignment { person { name } } }\n  openGaps { ruleCode objectType label }\n} }"): typeof import('./graphql.js').BoardSharedSystemStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardStatusBoard($first: Int, $after: String, $participant: ID, $level: Int, $attention: Boolean, $asOf: LocalDate) {\n    statusBoard(first: $first, after: $after, participant: $participant, level: $level, needsAttention: $attention, asOf: $asOf) {\n      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { collaboration { name } level { ordinal } participants { code } needsAttention } } }"): typeof import('./graphql.js').BoardStatusBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardCollaborations { collaborations(first: 1) { nodes { id } } }"): typeof import('./graphql.js').BoardCollaborationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentKindsVocabularyTerms { vocabularyTerms(vocabulary: GOVERNANCE_DOCUMENT_KIND) { id code name sortOrder reviewMinMonths reviewMaxMonths reviewDefaultMonths } }"): typeof import('./graphql.js').DocumentKindsVocabularyTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentKindsVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }"): typeof import('./graphql.js').DocumentKindsVocabularyTermCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentKindsVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }"): typeof import('./graphql.js').DocumentKindsVocabularyTermUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentKindsGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id kind kindCode title reviewIntervalMonths nextReviewDue } userErrors { field code message } } }"): typeof import('./graphql.js').DocumentKindsGovernanceDocumentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentKindsGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { governanceDocument { reviewIntervalMonths } userErrors { field code message } } }"): typeof import('./graphql.js').DocumentKindsGovernanceDocumentUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentKindsGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code applicable failures { objectId label reason } } } }"): typeof import('./graphql.js').DocumentKindsGovernanceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentKindsGovernanceDocuments($kind: GovernanceDocumentKind, $kindCode: String) { governanceDocuments(first: 50, kind: $kind, kindCode: $kindCode) { nodes { title kind kindCode } } }"): typeof import('./graphql.js').DocumentKindsGovernanceDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabulariesVocabularyTerms($v: Vocabulary!) { vocabularyTerms(vocabulary: $v) { id code name description sortOrder roleTargets singleHolder } }"): typeof import('./graphql.js').VocabulariesVocabularyTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabulariesVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name sortOrder roleTargets singleHolder } userErrors { field code message } } }"): typeof import('./graphql.js').VocabulariesVocabularyTermCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabulariesVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code name singleHolder } userErrors { field code message } } }"): typeof import('./graphql.js').VocabulariesVocabularyTermUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabulariesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name category categoryCode } userErrors { field code message } } }"): typeof import('./graphql.js').VocabulariesApplicationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabulariesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id kind kindCode person { name } } userErrors { field code message } } }"): typeof import('./graphql.js').VocabulariesRoleAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabulariesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }"): typeof import('./graphql.js').VocabulariesAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabulariesApplications { applications(first: 100, search: \"VA-Nät\") { nodes { category categoryCode } } }"): typeof import('./graphql.js').VocabulariesApplicationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
