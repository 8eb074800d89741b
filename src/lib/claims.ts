/**
 * The claim model: what a party says about a topic, as a typed value, and when two claims are a
 * dispute. A dispute is computed from values that cannot both be true; wording never makes one
 * ("failed" and "without any result" agree; "7 or 8" and "at least 7" overlap).
 *
 * The formula, per event (one happening at one time, so its claims share a period):
 *
 * - two claims can only dispute when they share a topic and come from different parties
 *   (a party never disputes itself: the NRF's "7 or 8" and "at least 7" are one side agreeing);
 * - `count`: each claim is an inclusive range [min, max] (max open for "at least"); two ranges
 *   that do not overlap cannot both be true;
 * - `status`: "yes" and "no" cannot both be true; "unclear" is compatible with anything;
 * - `places`: a complete list ("on two fronts: A and B") and another complete list that differs,
 *   or a partial list ("including A") that names a place the complete list lacks, cannot both be
 *   true; two partial lists never conflict;
 * - `text`: never disputes anything.
 *
 * An editor may also declare a dispute with a written reason (see `dispute` in
 * src/schemas/chronology.ts); that is the only other way an event is marked disputed.
 */

/** The kinds of value a topic can take. */
export const TOPIC_TYPES = ["count", "places", "status", "text"] as const;
/** The kind of value of a topic. */
export type TopicType = (typeof TOPIC_TYPES)[number];

/** The values of a yes/no/unclear status claim. */
export const STATUS_VALUES = ["yes", "no", "unclear"] as const;
/** A status claim's value. */
export type Status = (typeof STATUS_VALUES)[number];

/** Whether the outlet says it verified a claim, when the report says so in its own words. */
export const VERIFICATION_STATUSES = ["not verified", "verified"] as const;
/** A verification status. */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/**
 * Vague quantities the reports may use, with the bounds the editors give them (documented in
 * docs/EDITORIAL.md). Lower bounds only: "dozens" says at least two dozen and nothing about
 * how many more, so it overlaps any figure of 24 or above.
 */
export const VAGUE_COUNTS = {
  /** More than two. */
  several: { min: 3, max: null },
  /** At least two dozen. */
  dozens: { min: 24, max: null },
  /** At least two hundred. */
  hundreds: { min: 200, max: null },
} as const satisfies Record<string, { min: number; max: null }>;
/** A vague quantity word. */
export type VagueCount = keyof typeof VAGUE_COUNTS;
/** The vague quantity words, for schemas. */
export const VAGUE_COUNT_WORDS = Object.keys(VAGUE_COUNTS) as [VagueCount, ...VagueCount[]];

/** A claim's value, typed by its topic. */
export type ClaimValue =
  | { type: "count"; min: number; max: number | null }
  | { type: "places"; places: string[]; complete: boolean }
  | { type: "status"; status: Status }
  | { type: "text" };

/** A claim as the data gives it (after the schema): the value fields that may be present. */
export interface RawClaim {
  topic: string;
  words: string;
  count?: { min: number; max?: number | undefined } | VagueCount | undefined;
  places?: string[] | undefined;
  complete?: boolean | undefined;
  status?: Status | undefined;
}

/** The value fields, and which topic type each belongs to. */
const VALUE_FIELDS = { count: "count", places: "places", status: "status" } as const;

/** How to write a value of each type, for error messages. */
const HOW_TO_WRITE: Record<TopicType, string> = {
  count:
    'give `count: { min, max }` (leave out max for "at least"), or a vague word: ' +
    VAGUE_COUNT_WORDS.join(", "),
  places: "give `places: [gazetteer ids]` and `complete: true` when the report's list is exhaustive",
  status: `give \`status:\` ${STATUS_VALUES.join(", ")}`,
  text: "give only `words`: a text claim has no other value",
};

/** One problem with a claim: the field under the claim (e.g. `count.max`) and the fix. */
export interface ClaimProblem {
  field: string;
  message: string;
}

/**
 * Reads a claim's typed value against its topic's type. Returns the value, or the problems
 * (a value field that does not belong to the type, a missing value, bounds that cross).
 */
export function readClaimValue(
  claim: RawClaim,
  type: TopicType,
): { value: ClaimValue; problems: [] } | { value?: undefined; problems: ClaimProblem[] } {
  const problems: ClaimProblem[] = [];
  for (const [field, fieldType] of Object.entries(VALUE_FIELDS)) {
    if (claim[field as keyof typeof VALUE_FIELDS] !== undefined && fieldType !== type) {
      problems.push({
        field,
        message: `Topic "${claim.topic}" is a ${type} topic, so \`${field}\` does not belong here: ${HOW_TO_WRITE[type]}.`,
      });
    }
  }
  if (claim.complete !== undefined && type !== "places") {
    problems.push({
      field: "complete",
      message: `\`complete\` belongs to places claims only; topic "${claim.topic}" is a ${type} topic: remove it.`,
    });
  }
  if (problems.length > 0) return { problems };
  switch (type) {
    case "count": {
      if (claim.count === undefined) return missing(claim, type);
      if (typeof claim.count === "string")
        return { value: { type, ...VAGUE_COUNTS[claim.count] }, problems: [] };
      const { min, max } = claim.count;
      if (max !== undefined && max < min) {
        return {
          problems: [
            {
              field: "count",
              message: `The bounds cross: min ${min} is above max ${max}. Write the smaller number as min, e.g. { min: ${max}, max: ${min} }.`,
            },
          ],
        };
      }
      return { value: { type, min, max: max ?? null }, problems: [] };
    }
    case "places":
      if (claim.places === undefined || claim.places.length === 0) return missing(claim, type);
      return { value: { type, places: claim.places, complete: claim.complete ?? false }, problems: [] };
    case "status":
      if (claim.status === undefined) return missing(claim, type);
      return { value: { type, status: claim.status }, problems: [] };
    case "text":
      return { value: { type }, problems: [] };
  }
}

function missing(claim: RawClaim, type: TopicType): { problems: ClaimProblem[] } {
  return {
    problems: [{ field: type, message: `Topic "${claim.topic}" is a ${type} topic: ${HOW_TO_WRITE[type]}.` }],
  };
}

/** True when both values can be true at once (see the formula at the top of this file). */
export function compatible(a: ClaimValue, b: ClaimValue): boolean {
  if (a.type === "count" && b.type === "count") {
    return a.min <= (b.max ?? Infinity) && b.min <= (a.max ?? Infinity);
  }
  if (a.type === "status" && b.type === "status") {
    return a.status === "unclear" || b.status === "unclear" || a.status === b.status;
  }
  if (a.type === "places" && b.type === "places") {
    const within = (part: string[], whole: string[]) => part.every((p) => whole.includes(p));
    if (a.complete && b.complete) return within(a.places, b.places) && within(b.places, a.places);
    if (a.complete) return within(b.places, a.places);
    if (b.complete) return within(a.places, b.places);
    return true;
  }
  // Text, or two values of different types (which one topic never produces), never conflict.
  return true;
}

/** What a dispute needs to know about a claim. */
export interface ComparableClaim {
  topic: string;
  party: string;
  value: ClaimValue;
}

/** A computed dispute: a topic and the pairs of claims on it that cannot both be true. */
export interface ComputedDispute<C extends ComparableClaim> {
  topic: string;
  /** Every claim on the topic, in data order, so both sides show side by side. */
  claims: C[];
  /** Each pair from different parties whose values cannot both be true. */
  conflicts: [C, C][];
}

/** The disputes among one happening's claims: topics with at least one incompatible pair. */
export function findDisputes<C extends ComparableClaim>(claims: readonly C[]): ComputedDispute<C>[] {
  const topics = [...new Set(claims.map((c) => c.topic))];
  return topics.flatMap((topic) => {
    const onTopic = claims.filter((c) => c.topic === topic);
    const conflicts: [C, C][] = [];
    onTopic.forEach((a, i) =>
      onTopic.slice(i + 1).forEach((b) => {
        if (a.party !== b.party && !compatible(a.value, b.value)) conflicts.push([a, b]);
      }),
    );
    return conflicts.length > 0 ? [{ topic, claims: onTopic, conflicts }] : [];
  });
}

/** A count as a reader sees it: "34", "7–8", "7 or more". */
export function formatCount(value: { min: number; max: number | null }): string {
  if (value.max === null) return `${value.min} or more`;
  return value.min === value.max ? String(value.min) : `${value.min}–${value.max}`;
}

/**
 * A typed value as a reader sees it, beside the report's words: "7–8", "yes", "Khawak Pass,
 * Shotol (the whole list)". Text claims have no value of their own: the words are the claim.
 */
export function formatClaimValue(value: ClaimValue, placeName: (id: string) => string): string {
  switch (value.type) {
    case "count":
      return formatCount(value);
    case "status":
      return value.status;
    case "places":
      return `${value.places.map(placeName).join(", ")} (${value.complete ? "the whole list" : "among others"})`;
    case "text":
      return "";
  }
}

/**
 * Who makes a claim, for readers: the claimant, and the party in brackets when it adds
 * something ("Fahim Dashty (National Resistance Front)"), not for the outlet's own voice or
 * when the claimant is the party, whatever the case ("Taliban", not "Taliban (Taliban)").
 */
export function attribution(claimantLabel: string, party: { id: string; name: string }): string {
  if (party.id === "outlet" || party.name.toLowerCase() === claimantLabel.toLowerCase()) return claimantLabel;
  return `${claimantLabel} (${party.name})`;
}
