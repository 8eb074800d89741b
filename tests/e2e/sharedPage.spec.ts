/**
 * The page the browser tests take in turn (./test.ts): what one test changes, the next does not
 * see. Serial, so both run in one worker, on one page, in this order.
 */
import { expect, test } from "./test";

const heardByAnEarlierTest: string[] = [];

test.describe("the page the tests share", () => {
  test.describe.configure({ mode: "serial" });

  test("a test changes the page", async ({ page }) => {
    await page.goto("chronology/");
    await page.setViewportSize({ width: 400, height: 500 });
    await page.emulateMedia({ colorScheme: "dark", media: "print" });
    page.on("console", (message) => heardByAnEarlierTest.push(message.text()));
    await page.route("**/*", (route) => route.abort());
    await expect(page.goto("")).rejects.toThrow();
  });

  test("the next test gets it back as a new page would be", async ({ page, viewport }) => {
    heardByAnEarlierTest.length = 0;
    expect(page.url()).toBe("about:blank");
    expect(page.viewportSize()).toEqual(viewport);
    const response = await page.goto("");
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(false);
    expect(await page.evaluate(() => matchMedia("print").matches)).toBe(false);
    await page.evaluate(() => console.log("after the earlier test"));
    expect(heardByAnEarlierTest).toEqual([]);
  });
});
