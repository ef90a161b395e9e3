import { ok, type TestServer } from "../helpers/server";

/** Global IDs of every agreement, by name. */
export async function agreementIds(server: TestServer): Promise<Record<string, string>> {
  const nodes = ok(await server.gql(`{ agreements(first: 100) { nodes { id name } } }`)).agreements.nodes as { id: string; name: string }[];
  return Object.fromEntries(nodes.map((n) => [n.name, n.id]));
}
