import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * Executes validated documents with graphql-jit: each operation is compiled once into a function
 * that resolves its selection without graphql-js's per-field bookkeeping (argument objects, field
 * infos, a promise per list). Apollo still parses, validates and applies every plugin; only the
 * execution step is replaced, through Apollo's executor hook (the `gateway` option, whose only use
 * here is to hand Apollo this executor and the local schema).
 *
 * Compiled operations are kept per parsed document (Apollo's document store returns the same
 * DocumentNode for the same query text), so they are dropped with it. An operation graphql-jit
 * cannot compile runs on graphql-js.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledFor(document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): CompiledQuery | null {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? "";
    let query = byOperation.get(key);
    if (query === undefined) {
      const result = compilable(operation) ? compileQuery(schema, document, operationName ?? undefined) : null;
      query = result && isCompiledQuery(result) ? result : null;
      byOperation.set(key, query);
    }
    return query;
  }

  const executor: GatewayExecutor = async ({ document, operation, operationName, context, request }) => {
    // No operation resolved (an unknown `operationName`, or several operations and none named):
    // graphql-js's own error, which Apollo answers with HTTP 400 (OPERATION_RESOLUTION_FAILURE).
    if (!operation) return execute({ schema, document, operationName: request.operationName, contextValue: context, variableValues: request.variables });
    const query = compiledFor(document, operation, operationName);
    if (!query) return execute({ schema, document, operationName, contextValue: context, variableValues: request.variables });
    const variables = request.variables ?? {};
    // graphql-js's own check of the variables, so a wrong one is the same BAD_USER_INPUT answer.
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    return withGraphQLErrors(await query.query(undefined, context, variables));
  };

  /**
   * Queries only, and only with variables graphql-jit reads as graphql-js does: it ignores the default
   * of a non-null variable and the defaults of input object fields (`$apply: Boolean! = false`,
   * `extensions: Int! = 1`), so those operations, and every mutation, run on graphql-js.
   */
  function compilable(operation: OperationDefinitionNode): boolean {
    if (operation.operation !== "query") return false;
    return (operation.variableDefinitions ?? []).every((definition) => {
      if (definition.type.kind === Kind.NON_NULL_TYPE && definition.defaultValue) return false;
      const type = typeFromAST(schema, definition.type);
      return type !== undefined && !isInputObjectType(getNamedType(type));
    });
  }

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

/**
 * graphql-jit's errors inherit from graphql-js's GraphQLError without being made by its constructor
 * (no `extensions` object, which Apollo's error formatting reads): the same errors, made by it.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
    (made as { locations?: GraphQLError["locations"] }).locations = error.locations;
    return made;
  });
  return { ...result, errors };
}
