/**
 * Runs a command-line tool's `main` on its arguments and exits with the code it returns. An error
 * it throws exits 1: one of `expected` (the tool's own, about the input) is shown by its message,
 * anything else in full.
 */
export function runCli(main: (args: string[]) => Promise<number>, expected: (new (...args: never[]) => Error)[] = []): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(expected.some((type) => error instanceof type) ? (error as Error).message : error);
      process.exit(1);
    },
  );
}
