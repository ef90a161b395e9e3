import type { TestServer } from "../helpers/server";

/** http://127.0.0.1:PORT of a test server. */
export function originOf(server: TestServer): string {
  return new URL(server.url).origin;
}

/** Posts the sign-in form as a browser would; returns the response (redirects not followed). */
export function postSignIn(server: TestServer, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${originOf(server)}/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
}

/** Signs in with `token` and returns the `name=value` of the session cookie. */
export async function signIn(server: TestServer, token: string): Promise<string> {
  const response = await postSignIn(server, { token });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  return response.headers.get("set-cookie")!.split(";")[0];
}

/** GET a page (redirects not followed), with a session cookie or a bearer token. */
export function getPage(server: TestServer, path: string, auth: { cookie?: string; token?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: "text/html" };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  return fetch(`${originOf(server)}${path}`, { headers, redirect: "manual" });
}
