import { describe, expect, test } from "vitest";
import { oncePer } from "@/lib/memo";

describe("oncePer", () => {
  test("derives once per object and returns that result again", () => {
    let calls = 0;
    const length = oncePer((list: string[]) => {
      calls++;
      return { length: list.length };
    });
    const a = ["x", "y"];
    const b = ["z"];
    expect(length(a)).toBe(length(a));
    expect(length(b)).toEqual({ length: 1 });
    expect(calls).toBe(2);
  });

  test("keeps a result that is undefined instead of deriving it again", () => {
    let calls = 0;
    const nothing = oncePer<object, undefined>(() => {
      calls++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
