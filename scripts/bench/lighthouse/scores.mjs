// Lighthouse 12 against a served build, in Debian's Chromium, mobile and desktop presets.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, findChromium } from "../../chromium.mjs";
import { summarise } from "../browser.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Median score (0–100) per category over `runs` runs, for each URL and preset. */
export async function lighthouseScores(urls, runs = 3) {
  const found = await findChromium();
  const chrome = await launch({
    ...(found?.path ? { chromePath: found.path } : {}),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const results = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      results[name] = {};
      for (const preset of ["mobile", "desktop"]) {
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
        const failing = new Set();
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            url,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
            preset === "desktop" ? desktopConfig : undefined,
          );
          for (const c of CATEGORIES) {
            const category = result.lhr.categories[c];
            scores[c].push(Math.round(category.score * 100));
            for (const ref of category.auditRefs) {
              const audit = result.lhr.audits[ref.id];
              if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(`${c}: ${ref.id}`);
            }
          }
        }
        results[name][preset] = {
          ...Object.fromEntries(CATEGORIES.map((c) => [c, summarise(scores[c]).median])),
          failing: [...failing],
        };
        console.log(
          `  lighthouse ${name} ${preset}: ${CATEGORIES.map((c) => `${c} ${results[name][preset][c]}`).join(", ")}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
