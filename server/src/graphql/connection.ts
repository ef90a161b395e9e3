import { GraphQLError } from "graphql";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." }) hasNextPage: boolean;
  @Field(() => Boolean, { description: "Whether items precede this page (true when `after` was given)." }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first edge." }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge: pass it as `after` for the next page." }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many to return, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor." })
  after?: string | null;
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

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.id]), "utf8").toString("base64url");
}

function decodeCursor(text: string): Cursor {
  try {
    const [sort, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if ((typeof sort === "string" || typeof sort === "number") && Number.isSafeInteger(id)) return { sort, id };
  } catch {
    // fall through to the error below
  }
  throw new GraphQLError("The cursor given in `after` is not valid.", { extensions: { code: "BAD_USER_INPUT", argumentName: "after" } });
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, { extensions: { code: "BAD_USER_INPUT", argumentName: "first" } });
  }
  return first;
}

/**
 * Keyset pagination over `alias.sortColumn, alias.id` (stable under inserts, unlike offsets).
 * `qb` carries the filters; the total count is run only when a client asks for it.
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sortColumn: keyof T & string,
  connectionType: ClassType<ConnectionShape<T>>,
): Promise<ConnectionShape<T>> {
  const first = pageSize(args.first);
  const alias = qb.alias;
  const countQuery = qb.clone();
  const sortSql = `${alias}.${sortColumn}`;
  const page = qb
    .clone()
    .orderBy(sortSql, "ASC")
    .addOrderBy(`${alias}.id`, "ASC")
    .limit(first + 1);
  if (args.after) {
    const after = decodeCursor(args.after);
    page.andWhere(`(${sortSql} > :afterSort OR (${sortSql} = :afterSort AND ${alias}.id > :afterId))`, {
      afterSort: after.sort,
      afterId: after.id,
    });
  }
  const rows = first === 0 ? [] : await page.getMany();
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ sort: node[sortColumn] as SortValue, id: node.id }), node }));
  const connection = new connectionType();
  Object.assign(connection, {
    edges,
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
    count: () => countQuery.getCount(),
  });
  return connection;
}

/**
 * A page of a list already in memory and sorted by (`sortOf`, `idOf`), with the same keyset cursors
 * as `paginate`: for answers computed from facts on a date rather than selected by SQL.
 */
export function paginateList<T>(items: readonly T[], args: PageArgs, sortOf: (item: T) => SortValue, idOf: (item: T) => number, connectionType: ClassType<ConnectionShape<T>>): ConnectionShape<T> {
  const first = pageSize(args.first);
  let start = 0;
  if (args.after) {
    const after = decodeCursor(args.after);
    const later = (item: T) => {
      const sort = sortOf(item);
      return sort > after.sort || (sort === after.sort && idOf(item) > after.id);
    };
    start = items.findIndex(later);
    if (start < 0) start = items.length;
  }
  const nodes = items.slice(start, start + first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ sort: sortOf(node), id: idOf(node) }), node }));
  return Object.assign(new connectionType(), {
    edges,
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
    count: async () => items.length,
  });
}
