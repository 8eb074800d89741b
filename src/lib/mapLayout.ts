/**
 * The geometry of a map's furniture, in SVG pixels: markers moved apart so none hides another,
 * text labels set beside their markers so none overlaps another label, a marker, the furniture or
 * the frame's edge, and a free corner for the scale bar and the inset. Pure and deterministic:
 * the same input always gives the same drawing. src/lib/map.ts projects; this module arranges.
 */

/** A point in SVG pixels. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle in SVG pixels: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight line between two points, in SVG pixels (a leader line). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A circle in SVG pixels (a marker, or the dot at a moved marker's true position). */
export interface Circle extends Point {
  r: number;
}

/** How a label's text is set: the same numbers size its box here and its text in the SVG. */
export interface TextStyle {
  /** Font size in px (SVG user units). */
  fontSize: number;
  bold: boolean;
  italic: boolean;
  /** Extra space after every character, in px. */
  letterSpacing: number;
}

/** What a placed label must not touch. */
export interface Obstacles {
  circles: Circle[];
  boxes: Box[];
  segments: Segment[];
}

/** A label set beside its marker, with the text's anchor and baseline inside `box`. */
export interface PlacedLabel {
  /** The room the text may take (an over-estimate of the rendered text's box). */
  box: Box;
  /** SVG text-anchor: which end of the text sits at `x`. */
  anchor: "start" | "middle" | "end";
  /** Where the text is drawn: `x` per `anchor`, `y` is the baseline. */
  x: number;
  y: number;
  /** A line from the marker to a label set further off than beside it. */
  leader?: Segment;
}

/** A label to place beside a marker. */
export interface LabelRequest {
  marker: Circle;
  width: number;
  height: number;
}

/** Space between a marker and its label, and between markers, in px. */
const GAP = 3;
/** A label box is this many font sizes tall; the baseline sits BASELINE font sizes below its top. */
const LINE = 1.35;
const BASELINE = 1.07;

/** True when the two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `box` lies wholly inside `frame`. */
export function boxInside(box: Box, frame: Box): boolean {
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + frame.width &&
    box.y + box.height <= frame.y + frame.height
  );
}

/** True when the circle and the box share any area. */
export function circleHitsBox(c: Circle, b: Box): boolean {
  const dx = c.x - Math.max(b.x, Math.min(c.x, b.x + b.width));
  const dy = c.y - Math.max(b.y, Math.min(c.y, b.y + b.height));
  return dx * dx + dy * dy < c.r * c.r;
}

/** True when the segment passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** True when the segment passes through the circle. */
export function segmentHitsCircle(s: Segment, c: Circle): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const squared = dx * dx + dy * dy;
  const t = squared === 0 ? 0 : Math.max(0, Math.min(1, ((c.x - s.x1) * dx + (c.y - s.y1) * dy) / squared));
  return Math.hypot(s.x1 + t * dx - c.x, s.y1 + t * dy - c.y) < c.r;
}

/** Em widths by kind of character, measured on a wide sans (DejaVu Sans) and rounded up. */
function charWidth(char: string): number {
  if (char === " ") return 0.34;
  if ("iljtfrI.,;:'!|()".includes(char)) return 0.4;
  if ("mwMW".includes(char)) return 1;
  if (/[0-9]/.test(char)) return 0.66;
  if (/\p{Lu}/u.test(char)) return 0.76;
  if (/\p{Ll}/u.test(char)) return 0.62;
  return 0.8;
}

/**
 * The box `text` needs when set in `style`, in px: an estimate from its characters, kept above
 * what common sans fonts render so that boxes that do not overlap hold text that does not.
 */
export function textSize(text: string, style: TextStyle): { width: number; height: number } {
  const chars = [...text];
  const ems = chars.reduce((sum, char) => sum + charWidth(char), 0) * (style.bold ? 1.14 : 1);
  return {
    width: Math.ceil(ems * style.fontSize + chars.length * style.letterSpacing),
    height: Math.ceil(style.fontSize * LINE),
  };
}

/** Where the baseline of text set in `style` sits below the top of its box, in px. */
export function baselineOffset(style: TextStyle): number {
  return style.fontSize * BASELINE;
}

/** Directions tried, in order, from `first` (radians), alternating either side of it. */
function fan(first: number, count: number): number[] {
  const step = (2 * Math.PI) / count;
  const angles = [first];
  for (let i = 1; angles.length < count; i++) {
    angles.push(first + i * step);
    if (angles.length < count) angles.push(first - i * step);
  }
  return angles;
}

/**
 * Moves markers apart so that no two overlap. Places keep their order of priority: each marker
 * stays on its true point unless an earlier marker is there, and then moves to the nearest free
 * spot on rings around it, first in the direction away from what it collides with.
 */
export function separateMarkers(points: readonly Point[], radius: number, frame: Box): Point[] {
  const spacing = 2 * radius + GAP;
  const centre = {
    x: points.reduce((s, p) => s + p.x, 0) / Math.max(points.length, 1),
    y: points.reduce((s, p) => s + p.y, 0) / Math.max(points.length, 1),
  };
  const placed: Point[] = [];
  const free = (c: Point) =>
    c.x >= frame.x + radius &&
    c.x <= frame.x + frame.width - radius &&
    c.y >= frame.y + radius &&
    c.y <= frame.y + frame.height - radius &&
    placed.every((q) => Math.hypot(q.x - c.x, q.y - c.y) >= spacing);
  for (const point of points) {
    if (free(point)) {
      placed.push(point);
      continue;
    }
    const away = awayFrom(point, placed, centre);
    const spot = rings(point, spacing, away).find(free);
    if (!spot) throw new Error(`No room for a marker near (${point.x}, ${point.y}).`);
    placed.push(spot);
  }
  return placed;
}

/** The direction (radians) from the nearest placed marker, or the centre, towards `point`. */
function awayFrom(point: Point, placed: readonly Point[], centre: Point): number {
  const nearest = [...placed].sort(
    (a, b) => Math.hypot(a.x - point.x, a.y - point.y) - Math.hypot(b.x - point.x, b.y - point.y),
  )[0];
  for (const from of [nearest, centre]) {
    if (from && Math.hypot(point.x - from.x, point.y - from.y) > 0.5)
      return Math.atan2(point.y - from.y, point.x - from.x);
  }
  // Alone and at the centre: up and to the right, where a label goes last.
  return -Math.PI / 4;
}

/** Spots on rings of growing radius around `point`, nearest first, each ring from `first`. */
function rings(point: Point, spacing: number, first: number): Point[] {
  return Array.from({ length: 12 }, (_, ring) =>
    fan(first, 12 + ring * 6).map((angle) => ({
      x: point.x + Math.cos(angle) * spacing * (ring + 1),
      y: point.y + Math.sin(angle) * spacing * (ring + 1),
    })),
  ).flat();
}

/** A candidate position: where the label's box sits relative to its marker. */
interface Slot {
  /** Unit direction from the marker to the label (cartographic: east, north-east…). */
  dx: number;
  dy: number;
}

// The usual cartographic order of preference: right, upper right, lower right, left, upper left,
// lower left, above, below.
const SLOTS: Slot[] = [
  { dx: 1, dy: 0 },
  { dx: 1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: 0 },
  { dx: -1, dy: -1 },
  { dx: -1, dy: 1 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
];

/** The label box in `slot` at `reach` px from the marker's edge. */
function slotBox(request: LabelRequest, slot: Slot, reach: number): Box {
  const { marker, width, height } = request;
  const diagonal = slot.dx !== 0 && slot.dy !== 0 ? Math.SQRT1_2 : 1;
  const offset = (marker.r + GAP + reach) * diagonal;
  const x = slot.dx > 0 ? marker.x + offset : slot.dx < 0 ? marker.x - offset - width : marker.x - width / 2;
  const y =
    slot.dy > 0 ? marker.y + offset : slot.dy < 0 ? marker.y - offset - height : marker.y - height / 2;
  return { x, y, width, height };
}

/** A line from the marker's edge to the nearest point of the label's box. */
function leaderTo(marker: Circle, box: Box): Segment {
  const tx = Math.max(box.x, Math.min(marker.x, box.x + box.width));
  const ty = Math.max(box.y, Math.min(marker.y, box.y + box.height));
  const length = Math.hypot(tx - marker.x, ty - marker.y);
  const ux = (tx - marker.x) / length;
  const uy = (ty - marker.y) / length;
  return { x1: marker.x + ux * marker.r, y1: marker.y + uy * marker.r, x2: tx, y2: ty };
}

/** True when nothing in `obstacles` is in the way of `box` (and of its leader). */
function isClear(box: Box, leader: Segment | undefined, own: Circle, obstacles: Obstacles): boolean {
  if (obstacles.boxes.some((b) => boxesOverlap(box, b))) return false;
  if (obstacles.circles.some((c) => circleHitsBox(c, box))) return false;
  if (obstacles.segments.some((s) => segmentHitsBox(s, box))) return false;
  if (!leader) return true;
  return (
    !obstacles.boxes.some((b) => segmentHitsBox(leader, b)) &&
    !obstacles.circles.some((c) => (c.x !== own.x || c.y !== own.y) && segmentHitsCircle(leader, c))
  );
}

/** Distance from a point to the nearest point of a box, in px (0 inside it). */
function distanceToBox(p: Point, b: Box): number {
  return Math.hypot(
    p.x - Math.max(b.x, Math.min(p.x, b.x + b.width)),
    p.y - Math.max(b.y, Math.min(p.y, b.y + b.height)),
  );
}

/**
 * True when the label reads as its own marker's: a label beside its marker is nearer to it than
 * to any other marker, by a clear margin; a label on a leader keeps a gap from other markers.
 */
function isUnambiguous(
  box: Box,
  leader: Segment | undefined,
  own: Circle,
  circles: readonly Circle[],
): boolean {
  const others = circles.filter((c) => c.x !== own.x || c.y !== own.y);
  if (leader) return others.every((c) => distanceToBox(c, box) - c.r >= GAP);
  const mine = distanceToBox(own, box) - own.r;
  return others.every((c) => distanceToBox(c, box) - c.r > mine + GAP);
}

/** True when two placed labels are in each other's way: boxes overlap or a leader crosses a box. */
function labelsClash(a: PlacedLabel, b: PlacedLabel): boolean {
  return (
    boxesOverlap(a.box, b.box) ||
    (a.leader !== undefined && segmentHitsBox(a.leader, b.box)) ||
    (b.leader !== undefined && segmentHitsBox(b.leader, a.box))
  );
}

/** A position a label may take, and what it costs: 0 for right of its marker, more further off. */
interface Candidate {
  label: PlacedLabel;
  cost: number;
}

/** How many steps of half a line's height a label may stand off its marker, with a leader. */
const REACH = 6;
/** The cost of a position found only by the fallback search, far from its marker. */
const FAR = 1000;

/**
 * Places every label: beside its marker where there is room, else up to three lines off along
 * one of the same eight directions with a leader line, else anywhere clear in the frame. The
 * most crowded markers choose first. A label that finds no room at all takes the position that
 * displaces fewest others, and those choose again. Then labels trade places while that brings
 * them nearer their markers. Throws when the labels cannot all fit. `obstacles` is not changed;
 * labels stay inside `frame`.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: Obstacles,
  frame: Box,
): PlacedLabel[] {
  // Positions that clear the frame, the markers and the furniture, cheapest first.
  const options = requests.map((request) => candidates(request, obstacles, frame));
  const placed = new Array<Candidate | undefined>(requests.length).fill(undefined);
  const clashes = (candidate: Candidate, skip: number) =>
    placed.flatMap((other, j) =>
      j !== skip && other && labelsClash(candidate.label, other.label) ? [j] : [],
    );
  const fits = (candidate: Candidate, skip: number) => clashes(candidate, skip).length === 0;
  const queue = crowdedFirst(requests);
  for (let evictions = 0; queue.length > 0;) {
    const index = queue.shift()!;
    const far = () => farCandidates(requests[index]!, obstacles, frame);
    const free = options[index]!.find((c) => fits(c, index)) ?? find(far(), (c) => fits(c, index));
    if (free) {
      placed[index] = free;
      continue;
    }
    if (++evictions > 2 * requests.length) throw new Error("No room for every label.");
    const forced = fewestClashes(far(), (c) => clashes(c, index));
    if (!forced) throw new Error(`No room for a label of ${requests[index]!.width} px.`);
    for (const j of clashes(forced, index)) {
      placed[j] = undefined;
      queue.push(j);
    }
    placed[index] = forced;
  }
  const done = placed as Candidate[];
  improve(done, options, fits);
  return done.map((candidate) => candidate.label);
}

/** The first item `test` accepts. */
function find<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}

/** The candidate that clashes with fewest placed labels (the first of equals). */
function fewestClashes(
  options: Iterable<Candidate>,
  clashes: (candidate: Candidate) => number[],
): Candidate | undefined {
  let best: Candidate | undefined;
  let fewest = Infinity;
  for (const candidate of options) {
    const count = clashes(candidate).length;
    if (count < fewest) [best, fewest] = [candidate, count];
    if (fewest <= 1) break;
  }
  return best;
}

/** Every position beside the marker or up to REACH half-lines off it that clears `obstacles`. */
function candidates(request: LabelRequest, obstacles: Obstacles, frame: Box): Candidate[] {
  const found: Candidate[] = [];
  for (let step = 0; step <= REACH; step++) {
    SLOTS.forEach((slot, rank) => {
      const box = slotBox(request, slot, (step * request.height) / 2);
      const leader = step > 0 ? leaderTo(request.marker, box) : undefined;
      if (
        boxInside(box, frame) &&
        isClear(box, leader, request.marker, obstacles) &&
        isUnambiguous(box, leader, request.marker, obstacles.circles)
      )
        found.push({ label: withText(box, slot, leader), cost: step * SLOTS.length + rank });
    });
  }
  return found;
}

/**
 * Moves labels nearer their markers while that is possible: a label takes a cheaper free
 * position, or trades with the one label in its way when the pair costs less after. Every move
 * lowers the total cost, so the loop ends; every move keeps the labels clear of each other.
 */
function improve(
  placed: Candidate[],
  options: readonly Candidate[][],
  fits: (candidate: Candidate, skip: number) => boolean,
): void {
  for (let moved = true, round = 0; moved && round < 20; round++) {
    moved = false;
    for (let i = 0; i < placed.length; i++) {
      const cheaper = options[i]!.filter((c) => c.cost < placed[i]!.cost);
      const free = cheaper.find((c) => fits(c, i));
      if (free) {
        placed[i] = free;
        moved = true;
        continue;
      }
      moved = trade(i, cheaper, placed, options, fits) || moved;
    }
  }
}

/** Moves label `i` to a cheaper position held by one other label, which moves aside. */
function trade(
  i: number,
  cheaper: readonly Candidate[],
  placed: Candidate[],
  options: readonly Candidate[][],
  fits: (candidate: Candidate, skip: number) => boolean,
): boolean {
  for (const wanted of cheaper) {
    const inWay = placed.flatMap((other, j) =>
      j !== i && labelsClash(wanted.label, other.label) ? [j] : [],
    );
    if (inWay.length !== 1) continue;
    const j = inWay[0]!;
    const before = placed[i]!;
    placed[i] = wanted;
    const aside = options[j]!.find((c) => c.cost + wanted.cost < before.cost + placed[j]!.cost && fits(c, j));
    if (aside) {
      placed[j] = aside;
      return true;
    }
    placed[i] = before;
  }
  return false;
}

/**
 * Indexes of the requests in the order they choose: those with most markers near them first,
 * then the most central of a crowd (least total distance to the others: its leader must get out
 * before the crowd's labels ring it), then input order.
 */
function crowdedFirst(requests: readonly LabelRequest[]): number[] {
  const distance = (a: LabelRequest, b: LabelRequest) =>
    Math.hypot(a.marker.x - b.marker.x, a.marker.y - b.marker.y);
  const near = requests.map(
    (a) => requests.filter((b) => b !== a && distance(a, b) < 3 * a.height + a.width).length,
  );
  const spread = requests.map((a) => requests.reduce((sum, b) => sum + distance(a, b), 0));
  return requests.map((_, i) => i).sort((a, b) => near[b]! - near[a]! || spread[a]! - spread[b]! || a - b);
}

/**
 * Positions anywhere in the frame that clear the markers and the furniture, nearest first:
 * on rings of growing radius around the marker in 48 directions, joined to it by a leader
 * line; the fallback of a crowd. A marker ringed by others may find no way out between them:
 * after every position whose leader avoids other markers come those whose leader crosses them.
 */
function* farCandidates(request: LabelRequest, obstacles: Obstacles, frame: Box): Generator<Candidate> {
  const { marker, width, height } = request;
  const furthest = Math.hypot(frame.width, frame.height);
  const overMarkers = { ...obstacles, circles: [marker] };
  for (const strict of [true, false]) {
    for (let distance = 4 * height; distance < furthest; distance += height / 2) {
      for (const angle of fan(-Math.PI / 4, 48)) {
        const cx = marker.x + Math.cos(angle) * distance;
        const cy = marker.y + Math.sin(angle) * distance;
        const box = { x: cx - width / 2, y: cy - height / 2, width, height };
        if (!boxInside(box, frame) || obstacles.circles.some((c) => circleHitsBox(c, box))) continue;
        const leader = leaderTo(marker, box);
        const slot = { dx: Math.abs(cx - marker.x) < width / 2 ? 0 : Math.sign(cx - marker.x), dy: 0 };
        if (isClear(box, leader, marker, strict ? obstacles : overMarkers))
          yield { label: withText(box, slot, leader), cost: FAR + distance };
      }
    }
  }
}

function withText(box: Box, slot: Slot, leader: Segment | undefined): PlacedLabel {
  // The text hugs its marker: a label on the right starts at its box's left edge, and so on.
  const anchor = slot.dx > 0 ? "start" : slot.dx < 0 ? "end" : "middle";
  const x = anchor === "start" ? box.x : anchor === "end" ? box.x + box.width : box.x + box.width / 2;
  const y = box.y + (box.height / LINE) * BASELINE;
  return { box, anchor, x, y, ...(leader ? { leader } : {}) };
}

/** The corners a piece of furniture (scale bar, inset) may take, in order of preference. */
export type Corner = "top-left" | "top-right" | "bottom-left" | "bottom-right";

/**
 * The first corner of `frame` (in `order`) where a box of `size` clears every obstacle, `margin`
 * px in from the edges; undefined when none does.
 */
export function freeCorner(
  size: { width: number; height: number },
  frame: Box,
  margin: number,
  order: readonly Corner[],
  obstacles: Obstacles,
): Box | undefined {
  for (const corner of order) {
    const x = corner.endsWith("left") ? frame.x + margin : frame.x + frame.width - margin - size.width;
    const y = corner.startsWith("top") ? frame.y + margin : frame.y + frame.height - margin - size.height;
    const box = { x, y, ...size };
    const clear =
      !obstacles.boxes.some((b) => boxesOverlap(box, b)) &&
      !obstacles.circles.some((c) => circleHitsBox(c, box)) &&
      !obstacles.segments.some((s) => segmentHitsBox(s, box));
    if (clear) return box;
  }
  return undefined;
}

/**
 * The round distance for a scale bar, in km (1, 2 or 5 times a power of ten), whose length at
 * `pxPerKm` is nearest `target` px.
 */
export function roundDistance(pxPerKm: number, target: number): number {
  const exact = target / pxPerKm;
  const power = 10 ** Math.floor(Math.log10(exact));
  const options = [1, 2, 5, 10].map((m) => m * power);
  return options.reduce((best, km) =>
    Math.abs(km * pxPerKm - target) < Math.abs(best * pxPerKm - target) ? km : best,
  );
}
