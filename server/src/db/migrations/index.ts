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
];
