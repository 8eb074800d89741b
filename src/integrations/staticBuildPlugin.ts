/**
 * An integration that gives `astro build` of a static site without an adapter one Vite plugin:
 * the build whose server bundle renders the pages on the build machine and is then deleted. A
 * server bundle that is deployed (a server output, an adapter) and `astro dev` never get it.
 */
import type { AstroConfig, AstroIntegration } from "astro";

/** A Vite plugin's hooks and settings, besides its name (the integration's) and `apply`. */
export type StaticBuildPlugin = Record<string, unknown>;

/** The integration `name`, adding the plugin `plugin(config)` returns, named alike. */
export function staticBuildPlugin(
  name: string,
  plugin: (config: AstroConfig) => StaticBuildPlugin,
): AstroIntegration {
  return {
    name,
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build" || config.output !== "static" || config.adapter) return;
        updateConfig({ vite: { plugins: [{ ...plugin(config), name, apply: "build" }] } });
      },
    },
  };
}
