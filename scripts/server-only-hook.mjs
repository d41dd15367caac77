// Lets Node run server code outside Next (server.ts under tsx, the CLI
// scripts): "server-only" throws unless a bundler resolves it with the
// react-server condition, so here it resolves to an empty module instead.
import { register } from "node:module";

const loader = `
export const resolve = (specifier, context, next) =>
  specifier === "server-only"
    ? { url: ${JSON.stringify(new URL("./empty-module.mjs", import.meta.url).href)}, shortCircuit: true }
    : next(specifier, context);
`;
register(`data:text/javascript,${encodeURIComponent(loader)}`, import.meta.url);
