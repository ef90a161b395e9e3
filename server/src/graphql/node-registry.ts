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
