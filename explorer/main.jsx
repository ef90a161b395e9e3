import "./workers.js";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";

// The server writes the settings into the page as JSON (no inline script: the CSP forbids it).
const settings = JSON.parse(document.getElementById("explorer-settings").textContent);
// The token the user pastes into the page's own field (server-rendered, labelled): kept in this
// page's memory only and sent as `Authorization: Bearer …` unless the Headers tab sets that header.
const tokenField = document.getElementById("explorer-token");

const fetcher = createGraphiQLFetcher({
  url: settings.endpoint,
  fetch(input, init = {}) {
    const headers = new Headers(init.headers);
    const token = tokenField.value.trim();
    if (token && !headers.has("authorization")) headers.set("authorization", `Bearer ${token}`);
    // Never the page session's cookie: the API accepts only the bearer token.
    return fetch(input, { ...init, headers, credentials: "omit" });
  },
});

createRoot(document.getElementById("graphiql")).render(
  <GraphiQL fetcher={fetcher} defaultQuery={settings.defaultQuery} shouldPersistHeaders={false} />,
);
