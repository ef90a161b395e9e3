import "reflect-metadata";
import { getNamedType, GraphQLError, isInterfaceType, isLeafType, isObjectType, isScalarType, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
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
import { planResolvers } from "../plans/resolver";
import { reportResolvers } from "../reports/resolver";
import { recommendationResolvers } from "../recommendations/resolver";
import { reminderResolvers } from "../reminders/resolver";
import { roleResolvers } from "../roles/resolver";
import { spreadsheetResolvers } from "../spreadsheets/resolver";
import { statusResolvers } from "../status/resolver";
import { vocabularyResolvers } from "../vocabularies/resolver";
import { isLocalDate } from "../common/dates";
import { checkListCaps } from "../core/list-cap";
import { nodeTypeName } from "../core/node";
import { NodeResolver } from "../graphql/node-resolver";
import { withRootDescriptions } from "../graphql/root-descriptions";

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
  ...planResolvers,
  ...vocabularyResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema; built once per process (type-graphql's metadata is global). */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], authChecker, authMode: "error", validateFn: checkListCaps })
    .then(withRootDescriptions)
    .then(withSynchronousNodeType)
    .then(withPlainFieldsRead)
    .then(withDirectFieldResolvers)
    .then(withLocalDateOutputChecked);
  return built;
}

/**
 * type-graphql wraps an interface's resolveType in an async function, so graphql-js completes every
 * Node-typed field through a promise, and the object holding it through Promise.all: on the national
 * governance report's thousands of failures' `object` that was a large share of its garbage per
 * request (allocation profile). The same decision, synchronous.
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
  const resolvedNames = new Map<Function, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    if (target) resolvedNames.set(target, (resolvedNames.get(target) ?? new Set()).add(r.methodName));
  }
  const resolved = (target: Function, name: string) => resolvedNames.get(target)?.has(name) === true;
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

/**
 * type-graphql calls a field resolver through a wrapper that, on every call, sorts the parameters'
 * metadata (a copy per call: a sixth of the bench query's allocations), validates each argument in
 * an async function and joins them with Promise.all. A field resolver without roles or middlewares
 * whose parameters are the root, the context and arguments of scalar or enum types, for which
 * type-graphql's conversion and validation (checkListCaps) change nothing, is called directly
 * instead. Type-graphql's resolver still serves a root that is not an instance of the object class
 * (it would make one).
 */
function withDirectFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNames = new Map(storage.objectTypes.map((t) => [t.target, t.name]));
  for (const resolver of storage.fieldResolvers) {
    const objectClass = resolver.getObjectType?.();
    const type = objectClass && schema.getType(typeNames.get(objectClass as Function) ?? "");
    if (resolver.kind !== "external" || !isObjectType(type) || resolver.roles?.length || resolver.middlewares?.length) continue;
    const field = type.getFields()[resolver.schemaName];
    const original = field?.resolve;
    if (!field || !original) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const direct = params.every(
      (p) =>
        (p.kind === "root" && !p.propertyName) || (p.kind === "context" && !p.propertyName) || (p.kind === "arg" && isLeafType(getNamedType(field.args.find((a) => a.name === p.name)?.type ?? null))),
    );
    if (!direct) continue;
    const instance = new (resolver.target as new () => Record<string, (...values: unknown[]) => unknown>)();
    const method = instance[resolver.methodName];
    // An argument's name, or null for the root and undefined for the context.
    const sources = params.map((p) => (p.kind === "arg" ? p.name : p.kind === "root" ? null : undefined));
    const rootClass = objectClass as Function;
    field.resolve = (root, args, context, info) => {
      if (!(root instanceof rootClass)) return original(root, args, context, info);
      const values = sources.map((source) => (source === null ? root : source === undefined ? context : args[source]));
      return method.apply(instance, values);
    };
  }
  return schema;
}

/**
 * graphql-scalars checks every LocalDate it sends by making a Date and printing it back (about a tenth
 * of a page of participations' dates); isLocalDate checks the same (the format, a real calendar day)
 * by arithmetic. Input dates keep graphql-scalars' checks and messages.
 */
function withLocalDateOutputChecked(schema: GraphQLSchema): GraphQLSchema {
  const localDate = schema.getType("LocalDate");
  if (!isScalarType(localDate)) throw new Error("The schema has no LocalDate scalar.");
  localDate.serialize = (value: unknown) => {
    if (!isLocalDate(value)) throw new GraphQLError(`Value is not a valid LocalDate: ${String(value)}`);
    return value;
  };
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphQLSchema()))}\n`;
}
