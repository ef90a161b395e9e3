/**
 * Runs a command-line tool's `main` on its arguments and exits with the code it returns. What goes
 * wrong is said in Swedish: a wrong argument (node:util parseArgs's own errors are English) exits 2
 * with "Fel: …"; one of `expected` (the tool's own errors, about the input) exits 1 with its
 * message; anything else exits 1 with a Swedish line and then the error in full for whoever debugs it.
 */
export function runCli(main: (args: string[]) => Promise<number>, expected: (new (...args: never[]) => Error)[] = []): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const argument = argumentProblem(error);
      if (argument) {
        console.error(`Fel: ${argument} Skriv --help för att se vad kommandot tar.`);
        process.exit(2);
      }
      if (expected.some((type) => error instanceof type)) console.error(`Fel: ${(error as Error).message}`);
      else console.error("Oväntat fel: kommandot avbröts. Uppgifterna nedan hjälper den som felsöker.\n", error);
      process.exit(1);
    },
  );
}

/** A Swedish sentence for parseArgs's errors (codes ERR_PARSE_ARGS_*); null for any other error. */
export function argumentProblem(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return null;
  const name = /'([^']+)'/.exec((error as Error).message)?.[1]?.split(" ")[0] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `okänt argument ${name}.`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `oväntat argument ${name}.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return /argument missing/.test((error as Error).message) ? `${name} behöver ett värde.` : `${name} tar inget värde.`;
  return "felaktiga argument.";
}
