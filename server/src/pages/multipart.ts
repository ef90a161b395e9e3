import type { FastifyInstance } from "fastify";

/**
 * HTML form posts with a file (`enctype="multipart/form-data"`), read whole into memory: the pages'
 * uploads are small (an application list), and a body over the limit is refused by Fastify with 413
 * before it is read. A small parser of RFC 7578 rather than a plugin: one form, text fields and files,
 * no streaming needed.
 */

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, UploadedFile>;
}

/** The largest form post with a file the pages accept. */
export const UPLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** Lets the routes of `scope` read form posts with files; the body is a `MultipartBody`. */
export function acceptUploads(scope: FastifyInstance): void {
  scope.addContentTypeParser("multipart/form-data", { parseAs: "buffer", bodyLimit: UPLOAD_LIMIT_BYTES }, (request, body, done) => {
    const parsed = parseMultipart(body as Buffer, request.headers["content-type"] ?? "");
    if (parsed === null) {
      const error = Object.assign(new Error("Formuläret kunde inte läsas."), { statusCode: 400 });
      done(error, undefined);
      return;
    }
    done(null, parsed);
  });
}

/** Splits a multipart/form-data body into its text fields and files; null when it is not one. */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody | null {
  const boundary = /boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return null;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const result: MultipartBody = { fields: {}, files: {} };
  let start = body.indexOf(delimiter);
  if (start === -1) return null;
  for (;;) {
    let partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === "--") return result;
    if (body.subarray(partStart, partStart + 2).toString() !== "\r\n") return null;
    partStart += 2;
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), partStart);
    if (next === -1) return null;
    const part = body.subarray(partStart, next);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) return null;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const disposition = /^content-disposition:\s*form-data(.*)$/im.exec(headers);
    if (!disposition) return null;
    const name = parameter(disposition[1], "name");
    if (name === null) return null;
    const fileName = parameter(disposition[1], "filename");
    if (fileName === null) result.fields[name] = content.toString("utf8");
    else if (fileName !== "") result.files[name] = { fileName: fileName.replace(/^.*[\\/]/, ""), content: Buffer.from(content) };
    start = next + 2;
  }
}

/** A `name="value"` parameter of a Content-Disposition header (browsers escape `"` as %22). */
function parameter(text: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}="([^"]*)"`, "i").exec(text);
  return match ? match[1].replace(/%22/g, '"') : null;
}
