/**
 * The gazetteer: the people, places and organisations the reports name, each with every
 * spelling the reports use (`content/gazetteer/*.yaml`, keyed by id; see src/lib/entryKinds.ts).
 */
import { z } from "astro/zod";
import { LANGUAGE_NAMES, type NativeLanguage } from "@/lib/labels";
import { id, numberBetween, oneOf, required, strictObject, text } from "./fields";
import { editorialSchema, sourceSchema } from "./sources";

/** A letter of the Arabic script, in which Dari and Pashto are written. */
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

/** The BCP 47 tags a native name may have (src/lib/labels.ts names each for readers). */
const NATIVE_LANGUAGES = Object.keys(LANGUAGE_NAMES) as [NativeLanguage, ...NativeLanguage[]];

/** What an editor sees when a native name is missing or empty. */
const NATIVE_NAME_FIX = 'Give the name as Dari or Pashto write it, in Arabic script, e.g. "پنجشیر".';

/** The entry's name in its own script, e.g. Panjshir as Dari writes it: پنجشیر. */
const nativeNameSchema = strictObject({
  /** The name in Arabic script, exactly as the language writes it (not a transliteration). */
  name: required(
    z
      .string()
      .trim()
      .min(1, NATIVE_NAME_FIX)
      .regex(
        ARABIC_LETTER,
        'A native name must be in Arabic script, e.g. "پنجشیر": put a Latin spelling in transliterations instead.',
      ),
    NATIVE_NAME_FIX,
  ),
  /** The language, as a BCP 47 tag: "fa-AF" for Dari, "ps" for Pashto. */
  lang: oneOf(
    NATIVE_LANGUAGES,
    `Set lang to one of: ${NATIVE_LANGUAGES.map((tag) => `"${tag}" (${LANGUAGE_NAMES[tag]})`).join(", ")}.`,
  ),
  /** Where a reader can check the name, e.g. "Persian Wikipedia, the article on Kabul". */
  basis: text('Say where a reader can check the name, e.g. "Persian Wikipedia, the article on Kabul".'),
});

/** Spellings of a name. */
const names = {
  /** The name the site uses in headings and lists. */
  name: text("Give the entry a canonical `name`."),
  /**
   * Every other spelling the reports use for the entry (each must occur in a report). Each
   * identifies this entry alone: a name claimed by two entries fails the build. Matched case-
   * and accent-blind, whole words only; an all-capital acronym ("US") matches in capitals only.
   */
  aliases: z.array(text("An alias cannot be empty.")).default([]),
  /**
   * Common spellings the reports do not use but readers may type ("Panjsher"). Matched like
   * aliases and, like them, owned by one entry.
   */
  transliterations: z.array(text("A transliteration cannot be empty.")).default([]),
  /**
   * Short forms that may be shared by several entries, such as "Massoud" for both father and
   * son. A passage using one is tagged with every entry that shares it, and never linked.
   */
  shortNames: z.array(text("A short name cannot be empty.")).default([]),
  /**
   * The name in its own script: Dari ("fa-AF") and, where it differs, Pashto ("ps"), each with
   * where a reader can check it. Only names an editor can verify. Shown on the entry's page and
   * in its structured data; never matched in the reports, which are in English.
   */
  nativeNames: z.array(nativeNameSchema).default([]),
};

/** A relation the reports state, e.g. Ahmad Massoud "son of" Ahmad Shah Massoud. */
const relationSchema = strictObject({
  /** The relation in a few lower-case words, read as "<this entry> <predicate> <object>". */
  predicate: text("Write the relation in a few words, e.g. 'son of'."),
  /** Id of the other gazetteer entry. */
  object: id("gazetteer"),
  /** The passage that states the relation. */
  source: sourceSchema,
});

/** A person the reports name (`content/gazetteer/people.yaml`, keyed by id). */
export const personSchema = strictObject({
  ...names,
  /** One neutral line on who the person is, with its sources. */
  description: editorialSchema,
  /** Relations the reports state. */
  relations: z.array(relationSchema).default([]),
});

/** Kinds of place. */
const PLACE_KINDS = [
  "country",
  "province",
  "valley",
  "district",
  "city",
  "town",
  "area",
  "mountain pass",
] as const;

/** A place the reports name (`content/gazetteer/places.yaml`, keyed by id). */
export const placeSchema = strictObject({
  ...names,
  /** What kind of place it is. */
  kind: oneOf(PLACE_KINDS, `Set kind to one of: ${PLACE_KINDS.join(", ")}.`),
  /** One neutral line on the place, with its sources. */
  description: editorialSchema,
  /** Where it is, in decimal degrees (WGS 84). Editorial: the reports give no coordinates. */
  coordinates: required(
    strictObject({
      /** Latitude, −90 (south) to 90 (north). */
      lat: numberBetween(-90, 90, "Give lat as a number of degrees from -90 to 90, e.g. 35.31."),
      /** Longitude, −180 (west) to 180 (east). */
      lon: numberBetween(-180, 180, "Give lon as a number of degrees from -180 to 180, e.g. 69.52."),
      /** Where the coordinates come from, e.g. "GeoNames, district centre (approximate)". */
      basis: text("Say where the coordinates come from and how precise they are."),
    }),
    "Add `coordinates: { lat, lon, basis }` for every place.",
  ),
  /** Relations the reports state, e.g. "capital of". */
  relations: z.array(relationSchema).default([]),
});

/** An organisation the reports name (`content/gazetteer/organisations.yaml`, keyed by id). */
export const organisationSchema = strictObject({
  ...names,
  /** One neutral line on the organisation, with its sources. */
  description: editorialSchema,
  /** Relations the reports state, e.g. "led by". */
  relations: z.array(relationSchema).default([]),
});

/** A person entry after validation. */
export type PersonData = z.output<typeof personSchema>;
/** A place entry after validation. */
export type PlaceData = z.output<typeof placeSchema>;
/** An organisation entry after validation. */
export type OrganisationData = z.output<typeof organisationSchema>;
/** A native name after validation. */
export type NativeNameData = z.output<typeof nativeNameSchema>;
