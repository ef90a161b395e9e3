/**
 * The one order for names (Swedish: a–z, then å, ä, ö) and the folding search uses, as a plain key:
 * comparing two keys code point by code point (JavaScript `<`, SQLite's BINARY, PostgreSQL's
 * `COLLATE "C"`) gives the Swedish order, identically everywhere. Databases store the key beside the
 * name (`name_key` …) and sort and search on it; JavaScript sorts with `compareNames`.
 *
 * The key lower-cases, maps å → "{", ä/æ → "|", ö/ø → "}" (the three code points after "z"), ü → "y"
 * and ß → "ss" as Swedish collation does, and drops every other accent (é sorts and matches as e).
 * A literal "{", "|" or "}" in a name becomes "(", "/" or ")" so it cannot pass for a Swedish letter.
 */
export function nameKey(name: string): string {
  return isPlain(name) ? name.toLowerCase().replace(/[åäö]/g, (c) => SWEDISH_KEYS[c]!) : foldedKey(name);
}

const SWEDISH_KEYS: Readonly<Record<string, string>> = { å: "{", ä: "|", ö: "}" };

/**
 * Whether a name has only characters the full folding leaves alone or maps one to one: ASCII below
 * "{", å ä ö in either case, and the en dash of usage labels. Most names are; their key is then the
 * lower case with å ä ö mapped, without the full folding's normalisations (a tenth of the time).
 */
function isPlain(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x7b) continue;
    if (c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0x2013) continue;
    return false;
  }
  return true;
}

function foldedKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[{|}]/g, (c) => ({ "{": "(", "|": "/", "}": ")" })[c]!)
    .normalize("NFD")
    .replace(/a\u030a/g, "{")
    .replace(/a\u0308|æ/g, "|")
    .replace(/o\u0308|ø/g, "}")
    .replace(/u\u0308/g, "y")
    .replace(/ß/g, "ss")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

/** Compares two keys by code point (not `localeCompare`: the keys are made to be compared as bytes). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Sorting calls compareNames n·log n times with the same few names: remember their keys (bounded).
const keys = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 100_000;

function rememberedKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_REMEMBERED_KEYS) keys.clear();
    key = nameKey(name);
    keys.set(name, key);
  }
  return key;
}

/** Swedish name order for sorting in JavaScript, the same as the databases' `ORDER BY name_key`. */
export function compareNames(a: string, b: string): number {
  return compareKeys(rememberedKey(a), rememberedKey(b));
}

/**
 * The first `count` of `names` in compareNames order (equal keys in their given order), as
 * `[...names].sort(compareNames).slice(0, count)` gives them, without sorting the rest: the
 * recommendations name the first few of thousands.
 */
export function firstNames(names: readonly string[], count: number): string[] {
  const first: { name: string; key: string }[] = [];
  for (const name of names) {
    const key = rememberedKey(name);
    if (first.length === count && key >= first[count - 1].key) continue;
    let at = first.length;
    while (at > 0 && key < first[at - 1].key) at--;
    first.splice(at, 0, { name, key });
    if (first.length > count) first.pop();
  }
  return first.map((f) => f.name);
}

/** Longest search text a list query accepts (a longer one answers BAD_USER_INPUT). */
export const MAX_SEARCH_LENGTH = 100;

/**
 * A "contains" pattern over a name key for `key LIKE :pattern ESCAPE '\'`: the search text folded
 * like the names, its `%`, `_` and `\` escaped so they match themselves.
 */
export function containsKeyPattern(text: string): string {
  return `%${nameKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const LABEL_SEPARATOR = " – ";

/** An application usage's label, "Municipality – Application" (e.g. "Bengtsfors – Procapita VoO"). */
export function usageLabel(municipalityName: string, applicationName: string): string {
  return `${municipalityName}${LABEL_SEPARATOR}${applicationName}`;
}

/**
 * The sort key of a usage's label from its two names' keys: nameKey works character by character
 * and the separator has no letters, so this is nameKey of the whole label without folding it again.
 */
export function usageLabelKey(municipalityKey: string, applicationKey: string): string {
  return `${municipalityKey}${LABEL_SEPARATOR}${applicationKey}`;
}
