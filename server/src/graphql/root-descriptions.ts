import type { GraphQLSchema } from "graphql";

/** The Query and Mutation types' descriptions (type-graphql gives root types none). */
export function withRootDescriptions(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Everything that can be read: the inter-municipal IT collaboration (samverkan) on a date (asOf, default today).";
  if (mutation) {
    mutation.description =
      "Everything that can be changed. Each mutation takes one `input` and answers a payload with the object and `userErrors`; a refused mutation changes nothing; every change is audited.";
  }
  return schema;
}
