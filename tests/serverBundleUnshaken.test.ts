/**
 * The server bundle of a static build is not tree-shaken (src/integrations/serverBundleUnshaken.ts):
 * only that bundle, and only where it is rendered once and thrown away.
 */
import { describe, expect, test } from "vitest";
import { serverBundleUnshaken } from "../src/integrations/serverBundleUnshaken";
import { vitePluginFor, type SetupSettings } from "./helpers/integration";

type ConfigHook = (config: unknown, env: { isSsrBuild?: boolean }) => unknown;

/** The Vite plugin's config hook the integration adds for a build with these settings, if any. */
function configHookFor(settings: SetupSettings): ConfigHook | undefined {
  const plugin = vitePluginFor(serverBundleUnshaken(), settings);
  if (plugin) expect(plugin.apply).toBe("build");
  return plugin?.config as ConfigHook | undefined;
}

describe("the server bundle left unshaken", () => {
  test("a static build's server bundle is not tree-shaken; its browser scripts are", () => {
    const hook = configHookFor({})!;
    expect(hook({}, { isSsrBuild: true })).toEqual({ build: { rollupOptions: { treeshake: false } } });
    expect(hook({}, { isSsrBuild: false })).toBeUndefined();
    expect(hook({}, {})).toBeUndefined();
  });

  test("not under astro dev, nor for a server output or an adapter, whose bundle is deployed", () => {
    expect(configHookFor({ command: "dev" })).toBeUndefined();
    expect(configHookFor({ output: "server" })).toBeUndefined();
    expect(configHookFor({ adapter: { name: "@astrojs/node" } })).toBeUndefined();
  });
});
