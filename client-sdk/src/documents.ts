import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { gql as generatedLookup } from "./generated/gql.js";

/**
 * The SDK's typed document for the text of one of its operations (`operations/*.graphql`), as
 * codegen's client preset looks it up; throws for any other text (codegen's own lookup answered `{}`).
 * Most code imports the documents by name instead (`StatusBoardDocument`).
 */
export const samverkanDocument: typeof generatedLookup = ((source: string) => {
  const found: unknown = (generatedLookup as (text: string) => unknown)(source);
  if (!(found instanceof String)) throw new TypeError("samverkanDocument: not the text of one of the SDK's operations; import the document by name (e.g. StatusBoardDocument), or use your own codegen.");
  return found;
}) as typeof generatedLookup;

/**
 * @deprecated Use `samverkanDocument` (same lookup; `gql` clashed with Apollo Client's `gql`). It now
 * throws for an unknown text instead of answering `{}`.
 */
export const gql: typeof samverkanDocument = ((source: string) => (samverkanDocument as (text: string) => unknown)(source)) as typeof samverkanDocument;

/**
 * One of the SDK's documents parsed into a document node that keeps its result and variables types,
 * for clients that want parsed documents (Apollo Client, urql): `documentNode(StatusBoardDocument, gql)`
 * with Apollo's `gql`, or graphql's `parse`. `gql(StatusBoardDocument.toString())` alone loses the types.
 */
export function documentNode<TResult, TVariables, TNode extends object>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  parse: (source: string) => TNode,
): TNode & DocumentTypeDecoration<TResult, TVariables> {
  return parse(document.toString()) as TNode & DocumentTypeDecoration<TResult, TVariables>;
}
