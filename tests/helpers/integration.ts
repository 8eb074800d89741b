/** Runs an integration's `astro:config:setup` as Astro would, with only what the hook reads. */
import type { AstroIntegration } from "astro";

/** What a build's settings say to the hook: the command, output, adapter and cache folder. */
export interface SetupSettings {
  command?: string;
  output?: string;
  adapter?: object;
  cacheDir?: URL;
}

/** The one Vite plugin the integration adds with these settings (a `astro build` of a static site unless said), or undefined. */
export function vitePluginFor(
  integration: AstroIntegration,
  settings: SetupSettings = {},
): Record<string, unknown> | undefined {
  let plugin: Record<string, unknown> | undefined;
  void integration.hooks["astro:config:setup"]!({
    command: settings.command ?? "build",
    config: { output: settings.output ?? "static", adapter: settings.adapter, cacheDir: settings.cacheDir },
    updateConfig: (update: { vite: { plugins: Record<string, unknown>[] } }) => {
      plugin = update.vite.plugins[0];
    },
  } as unknown as Parameters<NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>>[0]);
  return plugin;
}
