import { GraphQLError } from "graphql";
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { once } from "../common/collections";
import { decodeCursor, encodeCursor, type CursorArgument } from "../core/cursor";
import { loadEntities } from "../db/plain-rows";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." }) hasNextPage: boolean;
  @Field(() => Boolean, { description: "Whether items precede this page (paging forward: true when `after` was given)." }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first edge: pass it as `before` (with `last`) for the previous page." }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge: pass it as `after` for the next page." }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many to return from the start (or from \`after\`), at most ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE} when \`last\` is not given either.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `How many to return from the end (or before \`before\`), at most ${MAX_PAGE_SIZE}: backward paging. Not together with \`first\`.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items before this cursor." })
  before?: string | null;
}

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction of an `orderBy`; ties are always broken by creation order.",
  valuesConfig: { ASC: { description: "Ascending (A–Ö, earliest, lowest first)." }, DESC: { description: "Descending (Ö–A, latest, highest first)." } },
});

/** The `orderBy` input of a connection sorted by a value of `fieldEnum` (registered by the caller), in a direction. */
export function OrderInput<F extends string>(
  fieldEnum: object,
  typeName: string,
  defaultField: F,
  what: string,
  defaultDirection = OrderDirection.ASC,
): ClassType<{ field: F; direction: OrderDirection }> {
  @InputType(typeName, { description: `How to sort ${what}.` })
  class Order {
    @Field(() => fieldEnum, { defaultValue: defaultField, description: "The value to sort by." }) field: F;
    @Field(() => OrderDirection, { defaultValue: defaultDirection, description: "The direction." }) direction: OrderDirection;
  }
  return Order;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

const connectionTypes = new Map<Function, ClassType>();

/** The Relay connection type for `nodeType`, created once per node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, typeName: string): ClassType<ConnectionShape<T>> {
  const existing = connectionTypes.get(nodeType);
  if (existing) return existing as ClassType<ConnectionShape<T>>;

  @ObjectType(`${typeName}Edge`, { description: `An edge to a ${typeName}.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this edge." }) cursor: string;
    @Field(() => nodeType, { description: `The ${typeName}.` }) node: T;
  }

  @ObjectType(`${typeName}Connection`, { description: `A page of ${typeName} objects.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "The items of this page, with cursors." }) edges: Edge[];
    @Field(() => [nodeType], { description: "The nodes of the edges, for clients that need no cursors." }) nodes: T[];
    @Field(() => PageInfo, { description: "Where this page lies." }) pageInfo: PageInfo;
    count: () => Promise<number>;

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  connectionTypes.set(nodeType, ConnectionType);
  return ConnectionType;
}

type SortValue = string | number;

interface Cursor {
  sort: SortValue;
  id: number;
}

/** The key of a row of `paginate` and `paginateList` in a cursor: its sort value, then its id. */
function readKeysetCursor(text: string, argumentName: CursorArgument): Cursor {
  return decodeCursor(text, argumentName, 2, ([sort, id]) => ((typeof sort === "string" || typeof sort === "number") && Number.isSafeInteger(id) ? { sort, id: id as number } : null));
}

function checkedSize(value: number, argumentName: "first" | "last"): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new GraphQLError(`\`${argumentName}\` måste ligga mellan 0 och ${MAX_PAGE_SIZE}.`, { extensions: { code: "BAD_USER_INPUT", argumentName } });
  }
  return value;
}

export function pageSize(first: number | null | undefined): number {
  return first === null || first === undefined ? DEFAULT_PAGE_SIZE : checkedSize(first, "first");
}

/** Which end a page is taken from: `first` items (forward, the default) or `last` items (backward). */
export function pageWindow(args: PageArgs): { size: number; backward: boolean } {
  const hasLast = args.last !== null && args.last !== undefined;
  if (hasLast && args.first !== null && args.first !== undefined) {
    throw new GraphQLError("Ange `first` eller `last`, inte båda.", { extensions: { code: "BAD_USER_INPUT", argumentName: "last" } });
  }
  return hasLast ? { size: checkedSize(args.last!, "last"), backward: true } : { size: pageSize(args.first), backward: false };
}

/**
 * One page of `items` (already in the connection's order) by Relay's rules: `after`/`before` cut the
 * list at a cursor (`comparedTo(cursor)` tells where an item lies: > 0 after the cursor, 0 on it,
 * < 0 before it), then `first` items from the start or `last` from the end. Every connection computed
 * in memory pages with it.
 */
export function pageOfList<T>(
  items: readonly T[],
  args: PageArgs,
  comparedTo: (cursor: string, argumentName: CursorArgument) => (item: T) => number,
): { items: T[]; hasNextPage: boolean; hasPreviousPage: boolean } {
  const { size, backward } = pageWindow(args);
  const firstIndex = (found: number) => (found < 0 ? items.length : found);
  let start = 0;
  let end = items.length;
  if (args.after) {
    const compare = comparedTo(args.after, "after");
    start = firstIndex(items.findIndex((item) => compare(item) > 0));
  }
  if (args.before) {
    const compare = comparedTo(args.before, "before");
    end = Math.max(start, firstIndex(items.findIndex((item) => compare(item) >= 0)));
  }
  return backward
    ? { items: items.slice(Math.max(start, end - size), end), hasPreviousPage: end - size > start, hasNextPage: end < items.length }
    : { items: items.slice(start, Math.min(end, start + size)), hasNextPage: start + size < end, hasPreviousPage: start > 0 };
}

/**
 * Keyset pagination over `alias.sortColumn` (in `direction`), then `alias.id` ascending (stable
 * under inserts, unlike offsets); `last`/`before` page backward. `qb` carries the filters; the total
 * count is run only when a client asks for it.
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sortColumn: keyof T & string,
  connectionType: ClassType<ConnectionShape<T>>,
  direction: OrderDirection = OrderDirection.ASC,
): Promise<ConnectionShape<T>> {
  const { size, backward } = pageWindow(args);
  const alias = qb.alias;
  const countQuery = qb.clone();
  const sortSql = `${alias}.${sortColumn}`;
  const greater = direction === OrderDirection.ASC ? ">" : "<";
  const less = direction === OrderDirection.ASC ? "<" : ">";
  const page = qb.clone();
  if (args.after) {
    const after = readKeysetCursor(args.after, "after");
    page.andWhere(`(${sortSql} ${greater} :afterSort OR (${sortSql} = :afterSort AND ${alias}.id > :afterId))`, { afterSort: after.sort, afterId: after.id });
  }
  if (args.before) {
    const before = readKeysetCursor(args.before, "before");
    page.andWhere(`(${sortSql} ${less} :beforeSort OR (${sortSql} = :beforeSort AND ${alias}.id < :beforeId))`, { beforeSort: before.sort, beforeId: before.id });
  }
  // Backward: read the order reversed from the end, then turn the page around.
  const flip = (d: OrderDirection) => (backward ? (d === OrderDirection.ASC ? "DESC" : "ASC") : d);
  page
    .orderBy(sortSql, flip(direction))
    .addOrderBy(`${alias}.id`, flip(OrderDirection.ASC))
    .limit(size + 1);
  const rows = size === 0 ? [] : await loadEntities(page);
  const items = rows.slice(0, size);
  if (backward) items.reverse();
  const more = rows.length > size;
  return connectionOf(
    { items, hasNextPage: backward ? Boolean(args.before) : more, hasPreviousPage: backward ? more : Boolean(args.after) },
    (node) => encodeCursor([node[sortColumn] as SortValue, node.id]),
    connectionType,
    () => countQuery.getCount(),
  );
}

/**
 * A page of a list already in memory and sorted by (`sortOf` in `direction`, then `idOf` ascending),
 * with the same keyset cursors as `paginate`: for answers computed from facts on a date rather than
 * selected by SQL.
 */
export function paginateList<T>(
  items: readonly T[],
  args: PageArgs,
  sortOf: (item: T) => SortValue,
  idOf: (item: T) => number,
  connectionType: ClassType<ConnectionShape<T>>,
  direction: OrderDirection = OrderDirection.ASC,
): ConnectionShape<T> {
  const sign = direction === OrderDirection.ASC ? 1 : -1;
  const page = pageOfList(items, args, (text, argumentName) => {
    const cursor = readKeysetCursor(text, argumentName);
    return (item) => {
      const sort = sortOf(item);
      return sort === cursor.sort ? idOf(item) - cursor.id : (sort > cursor.sort ? 1 : -1) * sign;
    };
  });
  return connectionOf(
    page,
    (node) => encodeCursor([sortOf(node), idOf(node)]),
    connectionType,
    async () => items.length,
  );
}

/** The connection object of a page whose nodes are `page.items`. */
export function connectionOf<T, N = T>(
  page: { items: T[]; hasNextPage: boolean; hasPreviousPage: boolean },
  cursorOf: (item: T) => string,
  connectionType: ClassType<ConnectionShape<N>>,
  count: () => Promise<number>,
  toNode: (item: T) => N = (item) => item as unknown as N,
): ConnectionShape<N> {
  const nodes = page.items.map(toNode);
  const first = page.items[0];
  const last = page.items.at(-1);
  const connection = Object.assign(new connectionType(), {
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: first === undefined ? null : cursorOf(first),
      endCursor: last === undefined ? null : cursorOf(last),
    }),
    count,
  });
  // Every item's cursor only when the query asks for edges (most ask for nodes).
  const edges = once(() => page.items.map((item, i) => ({ cursor: cursorOf(item), node: nodes[i] })));
  return Object.defineProperty(connection, "edges", { enumerable: true, get: edges });
}
