// A program a municipality's developer might write with the packed SDK. The consumer test copies it
// into an empty project twice, as main.mts (ESM) and main.cts (CommonJS), type-checks and runs both.
import { createSamverkanClient, orThrow, SamverkanForbiddenError, SamverkanRateLimitError, SamverkanUnauthenticatedError, SamverkanUserError } from "@samverkan/client-sdk";

declare const process: { env: Record<string, string | undefined>; stdout: { write(text: string): void } };

async function main(): Promise<void> {
  const env = process.env;
  const url = env.SAMVERKAN_URL ?? "";
  const out: Record<string, unknown> = {};

  // Paging: every row of the status board, two at a time.
  const admin = createSamverkanClient({ url, token: env.ADMIN_TOKEN });
  const names: string[] = [];
  for await (const row of admin.paginate(admin.statusBoard, { first: 2 })) names.push(row.collaboration.name);
  out.paged = names.length;

  // A user error: a fit score outside 1–4 is refused, with the field named.
  const editor = createSamverkanClient({ url, token: env.EDITOR_TOKEN });
  const usage = (await editor.applicationUsages({ municipality: "1460", first: 1 })).nodes[0];
  try {
    orThrow(await editor.applicationUsageUpdate({ id: usage.id, functionalFit: 7 }));
  } catch (error) {
    if (error instanceof SamverkanUserError) out.userError = [error.userErrors[0].code, error.userErrors[0].field?.join(".")];
  }

  // A forbidden call: a reader may not change anything.
  const reader = createSamverkanClient({ url, token: env.READER_TOKEN });
  try {
    await reader.applicationUsageUpdate({ id: usage.id, functionalFit: 3 });
  } catch (error) {
    if (error instanceof SamverkanForbiddenError) out.forbidden = error.code;
  }

  // 429: the SDK waits the Retry-After and asks again.
  let retries = 0;
  const limited = createSamverkanClient({
    url: env.LIMITED_URL ?? "",
    token: env.LIMITED_TOKEN,
    retry: { maxRetries: 3, onRetry: (error: SamverkanRateLimitError) => void (retries += error.retryAfterSeconds > 0 ? 1 : 0) },
  });
  const roles: string[] = [];
  for (let i = 0; i < 3; i++) roles.push((await limited.viewer())?.role ?? "none");
  out.limited = { roles, retries };

  // A revoked token.
  const revoked = createSamverkanClient({ url, token: env.REVOKED_TOKEN });
  try {
    await revoked.viewer();
  } catch (error) {
    if (error instanceof SamverkanUnauthenticatedError) out.revoked = [error.code, error.status];
  }
  process.stdout.write(JSON.stringify(out));
}

void main();
