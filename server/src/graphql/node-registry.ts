import type { LocalDate } from "../common/dates";
import type { EvaluationSource } from "../evaluations/evaluation";
import type { Loaders, LoaderDefinition } from "../core/request-loaders";
import { decodeGlobalId } from "../core/global-id";
import type { Node } from "../core/node";

/** How `node(id)` finds each Node type: its per-request by-id loader. Domains register their types. */
const registry = new Map<string, LoaderDefinition<number, Node | null>>();

export function registerNodeType<T extends Node>(type: { typeName: string }, loader: LoaderDefinition<number, T | null>): void {
  registry.set(type.typeName, loader as LoaderDefinition<number, Node | null>);
}

export function nodeLoaderFor(typeName: string): LoaderDefinition<number, Node | null> | undefined {
  return registry.get(typeName);
}

/** Loads any registered Node by its global ID through the request's loaders; null when unknown. */
export function loadNode(loaders: Loaders, globalId: string): Node | Promise<Node | null> | null {
  const decoded = decodeGlobalId(globalId);
  const loader = decoded && nodeLoaderFor(decoded.type);
  return decoded && loader ? loaders.get(loader).load(decoded.id) : null;
}

/** What a keyed Node type's lookup may read: the request's loaders, today and evaluations. */
export interface NodeLookupScope {
  loaders: Loaders;
  today: LocalDate;
  evaluations: EvaluationSource;
}

/**
 * Node types whose global ID is not "Type:<number>" but "Type:<anything>" (a collaboration candidate:
 * its date and key): each finds its object from the whole global ID.
 */
const keyedRegistry = new Map<string, (scope: NodeLookupScope, globalId: string) => Promise<Node | null>>();

export function registerKeyedNodeType(type: { typeName: string }, find: (scope: NodeLookupScope, globalId: string) => Promise<object | null>): void {
  keyedRegistry.set(type.typeName, find as (scope: NodeLookupScope, globalId: string) => Promise<Node | null>);
}

/** Loads any Node by its global ID, keyed types included (node(id:), nodes(ids:)); null when unknown. */
export function loadAnyNode(scope: NodeLookupScope, globalId: string): Node | Promise<Node | null> | null {
  if (decodeGlobalId(globalId)) return loadNode(scope.loaders, globalId);
  if (typeof globalId !== "string" || globalId.length > 20_000) return null;
  const text = Buffer.from(globalId, "base64url").toString("utf8");
  const find = keyedRegistry.get(text.slice(0, Math.max(0, text.indexOf(":"))));
  return find ? find(scope, globalId) : null;
}
