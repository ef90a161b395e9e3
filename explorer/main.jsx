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

// Accessibility (axe, WCAG 2.1): GraphiQL renders each editor tab as <li role="tab"> around a
// <button>, an interactive control inside another (nested-interactive). The tab's role and state
// move to the button itself, the list item becomes presentational: the tablist then holds tabs that
// are buttons, as ARIA's tabs pattern has them. React keeps setting aria-selected on the item when
// the active tab changes, so an observer moves it again each time.
function fixTabs(root) {
  for (const item of root.querySelectorAll('li.graphiql-tab[role="tab"], li.graphiql-tab[aria-selected]')) {
    const button = item.querySelector("button.graphiql-tab-button");
    if (!button) continue;
    const selected = item.getAttribute("aria-selected");
    item.setAttribute("role", "none");
    item.removeAttribute("aria-selected");
    button.setAttribute("role", "tab");
    if (selected !== null) button.setAttribute("aria-selected", selected);
  }
}
const container = document.getElementById("graphiql");
new MutationObserver(() => fixTabs(container)).observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ["role", "aria-selected"] });

createRoot(container).render(
  <GraphiQL fetcher={fetcher} defaultQuery={settings.defaultQuery} shouldPersistHeaders={false} />,
);
