import { Foundation1795300000000 } from "./1795300000000-foundation";
import { People1795300000050 } from "./1795300000050-people";
import { AgreementsRolesGovernance1795300000100 } from "./1795300000100-agreements-roles-governance";
import { Competence1795300000200 } from "./1795300000200-competence";
import { NameKeys1795300000450 } from "./1795300000450-name-keys";

/**
 * Every migration, in order. Written with the QueryRunner API so the same set runs on SQLite and
 * PostgreSQL. TypeORM wants a JavaScript timestamp at the end of each class name; it orders by it.
 */
export const migrations: Function[] = [
  Foundation1795300000000,
  People1795300000050,
  AgreementsRolesGovernance1795300000100,
  Competence1795300000200,
  NameKeys1795300000450,
];
