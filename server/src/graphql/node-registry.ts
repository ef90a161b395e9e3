import type { LoaderDefinition } from "./loaders";
import type { Node } from "./node";

/** How `node(id)` finds each Node type: its per-request by-id loader. Domains register their types. */
const registry = new Map<string, LoaderDefinition<number, Node | null>>();

export function registerNodeType<T extends Node>(type: { typeName: string }, loader: LoaderDefinition<number, T | null>): void {
  registry.set(type.typeName, loader as LoaderDefinition<number, Node | null>);
}

export function nodeLoaderFor(typeName: string): LoaderDefinition<number, Node | null> | undefined {
  return registry.get(typeName);
}
