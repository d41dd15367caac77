// Stands in for "server-only" outside Next's bundler (esbuild, vitest, Node).
export {};
