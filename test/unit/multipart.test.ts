import { describe, expect, it } from "vitest";
import { parseMultipart } from "../../server/src/pages/multipart";

/** A form post as a browser writes it: fields, then files, CRLF line ends. */
function body(boundary: string, parts: string[]): Buffer {
  return Buffer.from(`${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("")}--${boundary}--\r\n`, "latin1");
}

describe("parseMultipart (the pages' form posts with a file)", () => {
  it("reads text fields as UTF-8 and files as bytes, keeping only the file's own name", async () => {
    const form = new FormData();
    form.append("formToken", "abc");
    form.append("namn", "Åmål & Dals-Ed");
    form.append("fil", new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x0d, 0x0a, 0xff])]), "lista.xlsx");
    const request = new Request("http://x/", { method: "POST", body: form });
    const parsed = parseMultipart(Buffer.from(await request.arrayBuffer()), request.headers.get("content-type")!);
    expect(parsed?.fields).toEqual({ formToken: "abc", namn: "Åmål & Dals-Ed" });
    expect(parsed?.files.fil.fileName).toBe("lista.xlsx");
    expect([...parsed!.files.fil.content]).toEqual([0x50, 0x4b, 0x03, 0x04, 0x00, 0x0d, 0x0a, 0xff]);
  });

  it("takes a quoted boundary, drops a path from the file name and skips an empty file input", () => {
    const parsed = parseMultipart(
      body("xyz", [
        'Content-Disposition: form-data; name="fil"; filename="C:\\\\Users\\\\anna\\\\lista.csv"\r\nContent-Type: text/csv\r\n\r\nProdukt\r\nX',
        'Content-Disposition: form-data; name="tom"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n',
      ]),
      'multipart/form-data; boundary="xyz"',
    );
    expect(parsed?.files.fil).toEqual({ fileName: "lista.csv", content: Buffer.from("Produkt\r\nX") });
    expect(parsed?.files.tom).toBeUndefined();
  });

  it("answers null for anything that is not a well-formed multipart body", () => {
    expect(parseMultipart(Buffer.from("a=1"), "application/x-www-form-urlencoded")).toBeNull();
    expect(parseMultipart(Buffer.from("a=1"), "multipart/form-data")).toBeNull();
    expect(parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1'), "multipart/form-data; boundary=b")).toBeNull();
    expect(parseMultipart(body("b", ["Content-Type: text/plain\r\n\r\n1"]), "multipart/form-data; boundary=b")).toBeNull();
  });
});
