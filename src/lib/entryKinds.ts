/**
 * The one registry of gazetteer entry kinds. Everything that differs between people, places and
 * organisations (their collection, file, folder, labels and schema.org type) is read from here,
 * so a page, the search element and the structured data never spell a kind out themselves.
 */

/** The kinds of gazetteer entry, in the order the site lists them. */
export const GAZETTEER_TYPES = ["person", "place", "organisation"] as const;

/** A kind of gazetteer entry. */
export type GazetteerType = (typeof GAZETTEER_TYPES)[number];

/** What the site needs to know about one kind of entry. */
export interface EntryKind {
  type: GazetteerType;
  /** The content collection that holds the entries (wired in src/content.config.ts). */
  collection: "people" | "places" | "organisations";
  /** The YAML file of the collection, relative to the project root. */
  file: string;
  /** The URL folder of the kind's index and entry pages. */
  folder: string;
  /** One entry's label, e.g. "Person". */
  label: string;
  /** The index page's title and the navigation label, e.g. "People". */
  plural: string;
  /** The schema.org type of an entry page's subject. */
  schemaType: "Person" | "Place" | "Organization";
}

/** Every kind of entry, by type. */
export const ENTRY_KINDS: Record<GazetteerType, EntryKind> = {
  person: {
    type: "person",
    collection: "people",
    file: "content/gazetteer/people.yaml",
    folder: "people",
    label: "Person",
    plural: "People",
    schemaType: "Person",
  },
  place: {
    type: "place",
    collection: "places",
    file: "content/gazetteer/places.yaml",
    folder: "places",
    label: "Place",
    plural: "Places",
    schemaType: "Place",
  },
  organisation: {
    type: "organisation",
    collection: "organisations",
    file: "content/gazetteer/organisations.yaml",
    folder: "organisations",
    label: "Organisation",
    plural: "Organisations",
    schemaType: "Organization",
  },
};

/** Every kind of entry, in listing order. */
export const entryKinds = (): EntryKind[] => GAZETTEER_TYPES.map((type) => ENTRY_KINDS[type]);
