import { Foundation1795300000000 } from "./1795300000000-foundation";
import { People1795300000050 } from "./1795300000050-people";
import { AgreementsRolesGovernance1795300000100 } from "./1795300000100-agreements-roles-governance";
import { Competence1795300000200 } from "./1795300000200-competence";
import { DatedFacts1795300000300 } from "./1795300000300-dated-facts";
import { NameKeys1795300000450 } from "./1795300000450-name-keys";
import { Recommendations1795300000500 } from "./1795300000500-recommendations";
import { PolicyGoals1795300000600 } from "./1795300000600-policy-goals";
import { AnnualReportIssues1795300000610 } from "./1795300000610-annual-report-issues";
import { DataVersion1795300000700 } from "./1795300000700-data-version";
import { UsageExternalKey1795300000800 } from "./1795300000800-usage-external-key";
import { Reminders1795300000900 } from "./1795300000900-reminders";
import { DataChanges1795300001000 } from "./1795300001000-data-changes";
import { LevelChangeFrom1795300001022 } from "./1795300001022-level-change-from";
import { Plans1795300002600 } from "./1795300002600-plans";
import { TokenExpiry1795300001100 } from "./1795300001100-token-expiry";
import { CountiesAndCodes1795300002650 } from "./1795300002650-counties-and-codes";
import { NeedRegistrations1795300002700 } from "./1795300002700-need-registrations";
import { Vocabularies1795300002710 } from "./1795300002710-vocabularies";
import { FreezeExceptions1795300002720 } from "./1795300002720-freeze-exceptions";
import { DecisionEffects1795300002730 } from "./1795300002730-decision-effects";
import { DocumentKindReviews1795300002760 } from "./1795300002760-document-kind-reviews";

/**
 * Every migration, in order. Written with the QueryRunner API so the same set runs on SQLite and
 * PostgreSQL. TypeORM wants a JavaScript timestamp at the end of each class name; it orders by it.
 */
export const migrations: Function[] = [
  Foundation1795300000000,
  People1795300000050,
  AgreementsRolesGovernance1795300000100,
  Competence1795300000200,
  DatedFacts1795300000300,
  NameKeys1795300000450,
  Recommendations1795300000500,
  PolicyGoals1795300000600,
  AnnualReportIssues1795300000610,
  DataVersion1795300000700,
  UsageExternalKey1795300000800,
  Reminders1795300000900,
  DataChanges1795300001000,
  LevelChangeFrom1795300001022,
  TokenExpiry1795300001100,
  Plans1795300002600,
  CountiesAndCodes1795300002650,
  NeedRegistrations1795300002700,
  Vocabularies1795300002710,
  FreezeExceptions1795300002720,
  DecisionEffects1795300002730,
  DocumentKindReviews1795300002760,
];
