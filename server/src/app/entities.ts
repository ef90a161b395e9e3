import { ApiToken } from "../access/entities";
import { agreementEntities } from "../agreements/entities";
import { applicationEntities } from "../applications/entities";
import { AuditEntryRow, AuditObjectRow } from "../audit/entities";
import { collaborationEntities } from "../collaborations/entities";
import { competenceEntities } from "../competence/entities";
import { municipalityEntities } from "../municipalities/entities";
import { governanceEntities } from "../governance/entities";
import { historyEntities } from "../history/entities";
import { peopleEntities } from "../people/entities";
import { reportEntities } from "../reports/entities";
import { recommendationEntities } from "../recommendations/entities";
import { reminderEntities } from "../reminders/entities";
import { roleEntities } from "../roles/entities";

/** Every entity of every domain. A new domain adds its list here and a migration under migrations/. */
export const entities: Function[] = [
  ...municipalityEntities,
  ...applicationEntities,
  ...collaborationEntities,
  ...peopleEntities,
  ...agreementEntities,
  ...roleEntities,
  ...governanceEntities,
  ...competenceEntities,
  ...historyEntities,
  ...reportEntities,
  ...recommendationEntities,
  ...reminderEntities,
  ApiToken,
  AuditEntryRow,
  AuditObjectRow,
];
