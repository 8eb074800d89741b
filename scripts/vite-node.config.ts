// vite-node's config for the project's TypeScript-aware commands (`npm run import`, `npm test`):
// only the `@/` alias of tsconfig.json. (The Astro config that Vitest uses starts Astro's dev
// machinery, which a command line does not need.)
import { fileURLToPath } from "node:url";

export default {
  resolve: { alias: { "@/": fileURLToPath(new URL("../src/", import.meta.url)) } },
};
