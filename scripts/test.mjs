// `npm test`: every check of the project, as phases with the phases they need, two phases at a
// time (the unit phase's fixture builds and the browser tests each use several processes, so the
// two cores are shared, not divided). Prints each phase's time and
// a summary; exits non-zero if any phase failed. Phases whose prerequisite failed do not run.
//   npm test                every phase
//   npm test -- e2e links   only these phases (not what they need: that must have passed before)
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { withoutPublicOrigin } from "../src/lib/publicOrigin.ts";

/**
 * Every phase runs as on a host that names no public origin and serves at the root: dist/ is
 * that build, and the browser tests, the built-HTML tests and the crawl expect it. (The
 * sub-path build sets its own origin and base.)
 */
const ENV = { ...withoutPublicOrigin(process.env), FORCE_COLOR: "0" };

/**
 * Each phase: the command, and the phases that must have passed before it starts. When two can
 * start, the one listed first does: the build first, then the browser tests, the longest phase,
 * so that they start as soon as the site is built, while the rest goes on beside them.
 */
const PHASES = {
  build: { run: "npm run --silent build", needs: [] },
  e2e: { run: "npm run --silent test:e2e", needs: ["build"] },
  lint: { run: "npm run --silent lint", needs: [] },
  // After the build, not beside it: both write Astro's generated content types.
  check: { run: "npm run --silent check", needs: ["build"] },
  unit: { run: "npm run --silent test:unit", needs: ["check"] },
  "build:sub-path": { run: "npm run --silent build:sub-path", needs: ["build"] },
  built: { run: "npm run --silent test:built", needs: ["build", "build:sub-path"] },
  html: { run: "npm run --silent test:html", needs: ["build"] },
  links: { run: "npm run --silent test:links", needs: ["build", "build:sub-path"] },
};

const only = process.argv.slice(2);
for (const name of only)
  if (!(name in PHASES))
    throw new Error(`No phase "${name}": the phases are ${Object.keys(PHASES).join(", ")}`);
const wanted = only.length > 0 ? only : Object.keys(PHASES);
const CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));

/** @type {Map<string, { ok: boolean, seconds: number, output: string }>} */
const done = new Map();
const running = new Set();
const started = Date.now();

function runPhase(name) {
  const phase = PHASES[name];
  const start = Date.now();
  running.add(name);
  console.log(`▶ ${name}: ${phase.run}`);
  return new Promise((resolve) => {
    const child = spawn(phase.run, {
      shell: true,
      env: ENV,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      running.delete(name);
      const seconds = (Date.now() - start) / 1000;
      done.set(name, { ok: code === 0, seconds, output });
      // Each phase's output in one piece, so two phases running together do not interleave.
      console.log(
        `\n━━ ${name} ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s ━━`,
      );
      console.log(output.trimEnd());
      resolve();
    });
  });
}

const pending = new Set(wanted);
await new Promise((finish) => {
  const next = () => {
    for (const name of [...pending]) {
      const needs = PHASES[name].needs.filter((n) => wanted.includes(n));
      if (needs.some((n) => done.has(n) && !done.get(n).ok)) {
        pending.delete(name);
        done.set(name, { ok: false, seconds: 0, output: "", skipped: true });
        continue;
      }
      if (running.size >= CONCURRENCY || !needs.every((n) => done.get(n)?.ok)) continue;
      pending.delete(name);
      runPhase(name).then(next);
    }
    if (pending.size === 0 && running.size === 0) finish();
  };
  next();
});

const total = (Date.now() - started) / 1000;
console.log(`\nnpm test: ${CONCURRENCY} phases at a time, ${total.toFixed(1)} s in all`);
for (const name of wanted) {
  const { ok, seconds, skipped } = done.get(name);
  console.log(
    `  ${name.padEnd(15)} ${skipped ? "not run (a phase it needs failed)" : `${ok ? "passed" : "FAILED"}  ${seconds.toFixed(1).padStart(6)} s`}`,
  );
}
process.exit([...done.values()].every((r) => r.ok) ? 0 : 1);
