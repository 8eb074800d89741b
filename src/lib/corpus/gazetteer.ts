/**
 * The gazetteer phase: people, places and organisations as checked entries with ids unique
 * across the three files, relations shown on both ends, every spelling owned by one entry, and
 * the site's one mention finder over all of them.
 */
import { ENTRY_KINDS, GAZETTEER_TYPES, type GazetteerType } from "@/lib/entryKinds";
import {
  createMentionFinder,
  findNameCollisions,
  namedEntryOf,
  type MentionFinder,
  type NamedEntry,
} from "@/lib/mentions";
import type { OrganisationData, PersonData, PlaceData } from "@/schemas/gazetteer";
import { unknownIdMessage, type Problems } from "./problems";
import { resolveSources, type ResolveSource } from "./sources";
import type { CorpusInput, EntryInput, GazetteerEntry, ResolvedSource } from "./types";

/** The checked gazetteer. */
export interface Gazetteer {
  /** Every entry by id, in file order (people, places, organisations). */
  byId: Map<string, GazetteerEntry>;
  /** The one mention finder of the site, over every entry's spellings. */
  findMentions: MentionFinder;
}

type GazetteerData = PersonData | PlaceData | OrganisationData;

/** A relation as an entry states it, before its object is known to exist. */
interface StatedRelation {
  subject: GazetteerEntry;
  relation: GazetteerData["relations"][number];
  index: number;
}

/** Reads every gazetteer file, links relations and checks that each spelling names one entry. */
export function buildGazetteer(input: CorpusInput, resolve: ResolveSource, problems: Problems): Gazetteer {
  const { byId, relations } = readEntries(input, resolve, problems);
  linkRelations(relations, byId, resolve, problems);
  const named = [...byId.values()].map(namedEntryOf);
  checkNameCollisions(named, byId, problems);
  return { byId, findMentions: createMentionFinder(named) };
}

function readEntries(input: CorpusInput, resolve: ResolveSource, problems: Problems) {
  const byId = new Map<string, GazetteerEntry>();
  const relations: StatedRelation[] = [];
  for (const type of GAZETTEER_TYPES) {
    const kind = ENTRY_KINDS[type];
    for (const entry of input[kind.collection]) {
      const file = entry.filePath ?? kind.file;
      const existing = byId.get(entry.id);
      if (existing) {
        problems.add(
          file,
          entry.id,
          `The id "${entry.id}" is also used in ${existing.filePath}: gazetteer ids must be unique across people, places and organisations. Rename one.`,
        );
        continue;
      }
      const sources = resolveSources(
        resolve,
        entry.data.description.sources,
        file,
        `${entry.id} → description.sources`,
      );
      const built = gazetteerEntry(type, entry, file, sources);
      byId.set(entry.id, built);
      entry.data.relations.forEach((relation, index) => relations.push({ subject: built, relation, index }));
    }
  }
  return { byId, relations };
}

function gazetteerEntry(
  type: GazetteerType,
  entry: EntryInput<GazetteerData>,
  file: string,
  sources: ResolvedSource[],
): GazetteerEntry {
  const { data } = entry;
  const common = {
    id: entry.id,
    type,
    filePath: file,
    name: data.name,
    aliases: data.aliases,
    transliterations: data.transliterations,
    shortNames: data.shortNames,
    nativeNames: data.nativeNames,
    description: { text: data.description.text, sources },
    relations: [],
  };
  if (type !== "place") return { ...common, type };
  // The places collection is validated by placeSchema, which requires both.
  const { kind, coordinates } = data as PlaceData;
  return { ...common, type, place: { kind, coordinates } };
}

function linkRelations(
  relations: readonly StatedRelation[],
  byId: ReadonlyMap<string, GazetteerEntry>,
  resolve: ResolveSource,
  problems: Problems,
): void {
  for (const { subject, relation, index } of relations) {
    const field = `${subject.id} → relations[${index}]`;
    const object = byId.get(relation.object);
    if (!object) {
      problems.add(subject.filePath, `${field}.object`, unknownIdMessage(relation.object, byId));
      continue;
    }
    const source = resolve(relation.source, subject.filePath, `${field}.source`);
    if (!source) continue;
    const resolved = { subject: subject.id, predicate: relation.predicate, object: object.id, source };
    subject.relations.push(resolved);
    object.relations.push(resolved);
  }
}

function checkNameCollisions(
  named: readonly NamedEntry[],
  byId: ReadonlyMap<string, GazetteerEntry>,
  problems: Problems,
): void {
  for (const collision of findNameCollisions(named)) {
    const files = collision.ids.map((id) => `${id} (${byId.get(id)?.filePath})`).join(", ");
    problems.add(
      byId.get(collision.ids[0]!)!.filePath,
      `${collision.ids[0]} → aliases`,
      `"${collision.name}" is claimed by ${files}. A name may identify one entry only: remove it from all but one, or, if it is a surname shared by several people, move it to shortNames in each.`,
    );
  }
}
