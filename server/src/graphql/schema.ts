import "reflect-metadata";
import { isInterfaceType, isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
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
import { nodeTypeName } from "./node";
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
  built ??= buildSchema({ resolvers: [...resolvers], authChecker, authMode: "error", validateFn: checkListCaps })
    .then(withSynchronousNodeType)
    .then(withPlainFieldsRead);
  return built;
}

/**
 * type-graphql wraps an interface's resolveType in an async function, so graphql-js completes every
 * Node-typed field through a promise, and the object holding it through Promise.all: the national
 * governance report's 19 000 failures' `object` made ~80 of its ~290 MB of garbage per request
 * (allocation profile). The same decision, synchronous.
 */
function withSynchronousNodeType(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType("Node");
  if (!isInterfaceType(node)) throw new Error("The schema has no Node interface.");
  node.resolveType = nodeTypeName;
  return schema;
}

/**
 * type-graphql gives every plain property field (a `@Field` without a field resolver) a resolver of
 * its own that reads `root[name]` through its middleware chain. Without roles or middlewares that is
 * graphql's default resolver, and a field without a resolver is one the compiled execution reads
 * inline (graphql/compiled-execution.ts): about 2 200 of the bench query's 3 500 fields.
 */
function withPlainFieldsRead(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = (target: Function, name: string) => storage.fieldResolvers.some((r) => r.methodName === name && r.getObjectType?.() === target);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const interfaceFields = storage.interfaceTypes.filter((i) => objectType.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? []);
    const fields = type.getFields();
    for (const field of [...interfaceFields, ...(objectType.fields ?? [])]) {
      const plain = field.name === field.schemaName && !field.roles?.length && !field.middlewares?.length && !resolved(field.target, field.name) && !resolved(objectType.target, field.name);
      const definition = fields[field.schemaName];
      if (plain && definition) definition.resolve = undefined;
    }
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphQLSchema()))}\n`;
}
