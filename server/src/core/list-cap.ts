import { GraphQLError } from "graphql";
import { Field, type FieldOptions } from "type-graphql";

/** The usual cap of a list in a mutation input: room for every Swedish municipality (290) and then some. */
export const MAX_LIST_ITEMS = 500;

/** Input class → its list fields' caps (own fields only; inherited ones are found through the prototype chain). */
const caps = new Map<Function, Map<string, number>>();

/**
 * A list field of an input type with a cap on its length: the description says it, and
 * `checkListCaps` (type-graphql's validation hook) refuses longer lists with BAD_USER_INPUT before
 * any resolver runs. Every list in a mutation input is declared with this (a test checks the schema).
 */
/** type-graphql's field type function (`() => [ID]`); the package does not export its name. */
type ReturnTypeFunc = Extract<Parameters<typeof Field>[0], Function>;

export function ListField(type: ReturnTypeFunc, options: FieldOptions & { maxItems: number }): PropertyDecorator {
  const { maxItems, ...fieldOptions } = options;
  const field = Field(type, { ...fieldOptions, description: `${fieldOptions.description ?? ""} At most ${maxItems} items.`.trim() });
  return (prototype, property) => {
    const own = caps.get(prototype.constructor) ?? new Map<string, number>();
    own.set(String(property), maxItems);
    caps.set(prototype.constructor, own);
    field(prototype, property);
  };
}

function capsOf(value: object): [string, number][] {
  const found: [string, number][] = [];
  for (let type = value.constructor; type && type !== Object; type = Object.getPrototypeOf(type)) {
    const own = caps.get(type);
    if (own) found.push(...own);
  }
  return found;
}

function check(value: unknown, path: string[]): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === "object") check(item, [...path, String(i)]);
    });
    return;
  }
  for (const [field, max] of capsOf(value)) {
    const list = (value as Record<string, unknown>)[field];
    if (Array.isArray(list) && list.length > max) {
      const name = [...path, field].join(".");
      throw new GraphQLError(`\`${name}\` har ${list.length} poster; högst ${max} är tillåtna.`, {
        extensions: { code: "BAD_USER_INPUT", field: name, maxItems: max },
      });
    }
  }
  for (const [key, nested] of Object.entries(value)) check(nested, [...path, key]);
}

/** type-graphql's `validateFn`: checks every argument (input objects converted to their classes) against the declared caps. */
export function checkListCaps(argValue: unknown): void {
  check(argValue, []);
}
