import { describe, expect, test } from "vitest";
import { parseYamlMapping } from "@/lib/yamlMapping";

describe("parseYamlMapping", () => {
  test("reads a mapping of id to entry", () => {
    expect(parseYamlMapping("kabul:\n  name: Kabul\nkapisa:\n  name: Kapisa\n", "places.yaml")).toEqual({
      kabul: { name: "Kabul" },
      kapisa: { name: "Kapisa" },
    });
  });

  test("an empty file is an empty mapping", () => {
    expect(parseYamlMapping("# nothing yet\n", "events.yaml")).toEqual({});
  });

  test.each([
    [
      "a duplicated id",
      "kabul:\n  name: Kabul\nkabul:\n  name: Kabul again\n",
      /content\/gazetteer\/places\.yaml:3:\d+: duplicated mapping key.*An id may appear only once/,
    ],
    [
      "broken YAML",
      'kabul:\n  name: "Kabul\n  kind: city\n',
      /content\/gazetteer\/places\.yaml:\d+:\d+: .*Fix the YAML syntax there/,
    ],
    [
      "a list instead of a mapping",
      "- id: kabul\n  name: Kabul\n",
      /places\.yaml: the file must be a YAML mapping .* not a list/,
    ],
    ["a bare string", "just text\n", /places\.yaml: the file must be a YAML mapping .* not string/],
  ])("%s fails naming the file, the line and the fix", (_label, text, message) => {
    expect(() => parseYamlMapping(text, "content/gazetteer/places.yaml")).toThrow(message);
  });
});
