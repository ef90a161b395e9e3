import "./workers.js";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";

// The server writes the settings into the page as JSON (no inline script: the CSP forbids it).
const settings = JSON.parse(document.getElementById("explorer-settings").textContent);
// Only the headers typed into the editor are sent: never cookies (credentials: "omit").
const fetcher = createGraphiQLFetcher({
  url: settings.endpoint,
  fetch: (input, init) => fetch(input, { ...init, credentials: "omit" }),
});

createRoot(document.getElementById("graphiql")).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={settings.defaultQuery}
    defaultHeaders={settings.defaultHeaders}
    defaultEditorToolsVisibility="headers"
    shouldPersistHeaders={false}
  />,
);
