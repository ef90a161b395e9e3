import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../access/decorators";
import { ViewerResolver } from "../access/resolver";
import { agreementResolvers } from "../agreements/resolver";
import { applicationResolvers } from "../applications/resolver";
import { AuditResolver } from "../audit/resolver";
import { collaborationResolvers } from "../collaborations/resolver";
import { competenceResolvers } from "../competence/resolver";
import { governanceResolvers } from "../governance/resolver";
import { municipalityResolvers } from "../municipalities/resolver";
import { peopleResolvers } from "../people/resolver";
import { reportResolvers } from "../reports/resolver";
import { recommendationResolvers } from "../recommendations/resolver";
import { reminderResolvers } from "../reminders/resolver";
import { roleResolvers } from "../roles/resolver";
import { spreadsheetResolvers } from "../spreadsheets/resolver";
import { statusResolvers } from "../status/resolver";
import { checkListCaps } from "./list-cap";
import { NodeResolver } from "./node-resolver";

/** Every resolver of every domain. A new domain adds its resolvers here. */
export const resolvers = [
  NodeResolver,
  ViewerResolver,
  AuditResolver,
  ...municipalityResolvers,
  ...applicationResolvers,
  ...collaborationResolvers,
  ...peopleResolvers,
  ...agreementResolvers,
  ...roleResolvers,
  ...governanceResolvers,
  ...statusResolvers,
  ...competenceResolvers,
  ...reportResolvers,
  ...recommendationResolvers,
  ...spreadsheetResolvers,
  ...reminderResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql's metadata is global). */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], authChecker, authMode: "error", validateFn: checkListCaps });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphQLSchema()))}\n`;
}
