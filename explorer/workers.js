// Monaco's web workers, served from the server's own /explorer/assets/ (built next to the app by
// build.mjs): GraphiQL's own setup files load them from a CDN (esm.sh) or need Vite/webpack.
const base = new URL("./", import.meta.url);
const files = { json: "json.worker.js", graphql: "graphql.worker.js" };

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(new URL(files[label] ?? "editor.worker.js", base));
  },
};
