/// <reference types="vitest/config" />
// Vitest through Astro's Vite config, so tests resolve `astro:content`, `@/` and the schemas
// exactly as the build does.
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
  },
});
