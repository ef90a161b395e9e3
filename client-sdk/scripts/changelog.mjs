// A CHANGELOG entry from the schema's changes: compares an earlier schema/schema.graphql (a file, or
// a git revision with --git REV) with the current one and prints Markdown: breaking changes by name
// (graphql-js's findBreakingChanges), dangerous ones (findDangerousChanges), and what was added.
//   node client-sdk/scripts/changelog.mjs --git <the previous release's commit> --version 0.3.0
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildSchema, findBreakingChanges, findDangerousChanges, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({ options: { git: { type: "string" }, file: { type: "string" }, version: { type: "string" }, date: { type: "string" } } });
const before = values.git ? execFileSync("git", ["show", `${values.git}:schema/schema.graphql`], { cwd: root, encoding: "utf8" }) : readFileSync(values.file, "utf8");
const oldSchema = buildSchema(before);
const newSchema = buildSchema(readFileSync(join(root, "schema", "schema.graphql"), "utf8"));

/** Every named member of a schema: types, fields, arguments, enum values, interfaces implemented. */
function members(schema) {
  const names = new Set();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    names.add(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        names.add(`field ${type.name}.${field.name}`);
        for (const arg of field.args ?? []) names.add(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isObjectType(type)) for (const i of type.getInterfaces()) names.add(`${type.name} implements ${i.name}`);
    if (isEnumType(type)) for (const value of type.getValues()) names.add(`enum value ${type.name}.${value.name}`);
  }
  return names;
}

const oldMembers = members(oldSchema);
/** The type a member belongs to ("field Agreement.name" → "Agreement"). */
const ownerOf = (member) => (member.startsWith("type ") ? null : (member.match(/^(?:field|argument|enum value) (\w+)\./)?.[1] ?? member.match(/^(\w+) implements /)?.[1] ?? null));
const newTypes = new Set([...members(newSchema)].filter((m) => m.startsWith("type ") && !oldMembers.has(m)).map((m) => m.slice("type ".length)));
// A new type is listed once, not with each of its fields, arguments and values; a new field not with its arguments.
const fresh = [...members(newSchema)].filter((m) => !oldMembers.has(m));
const newFields = new Set(fresh.filter((m) => m.startsWith("field ")).map((m) => m.slice("field ".length)));
const added = fresh.filter((m) => !newTypes.has(ownerOf(m)) && !newFields.has(m.match(/^argument ([\w.]+)\(/)?.[1])).sort();
const breaking = findBreakingChanges(oldSchema, newSchema);
const dangerous = findDangerousChanges(oldSchema, newSchema);
const lines = [`## ${values.version ?? "Unreleased"}${values.date ? ` (${values.date})` : ""}`, ""];
lines.push(`### Breaking changes${breaking.length ? "" : ": none"}`, "");
for (const change of breaking) lines.push(`- **${change.type}**: ${change.description}`);
if (breaking.length) lines.push("");
if (dangerous.length) {
  lines.push("### Dangerous changes", "");
  for (const change of dangerous) lines.push(`- ${change.type}: ${change.description}`);
  lines.push("");
}
if (added.length) {
  lines.push("### Added", "");
  for (const member of added) lines.push(`- ${member}`);
  lines.push("");
}
process.stdout.write(`${lines.join("\n")}`);
