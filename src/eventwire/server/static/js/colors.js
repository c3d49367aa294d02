// Colours: by CAMEO quad class (cooperation greens, conflict oranges/reds) or by PLOVER type.

export const QUAD_COLORS = { 1: "#7fbc41", 2: "#1b7837", 3: "#e08214", 4: "#b2182b" };
export const COOP = "#1b7837";
export const CONFLICT = "#b2182b";
export const NEUTRAL = "#8c8c8c";

// Shades within each quad-class family, so colour-by-type still reads as coop vs conflict.
const FAMILY = {
  1: ["#1b9e77", "#66c2a5", "#2ca25f", "#41ae76", "#99d8c9"],
  2: ["#2166ac", "#4393c3", "#6a51a3", "#92c5de", "#3690c0"],
  3: ["#e08214", "#fdb863", "#b35806", "#f1a340"],
  4: ["#d6604d", "#b2182b", "#8c510a", "#c51b7d", "#67001f", "#a50f15"],
};

let typeColor = new Map();
let labels = { type: new Map(), quad: new Map() };

/** Build the palettes from /v1/meta. */
export function setVocabulary(meta) {
  const used = { 1: 0, 2: 0, 3: 0, 4: 0 };
  typeColor = new Map();
  for (const t of meta.plover_types) {
    const fam = FAMILY[t.quad] || [NEUTRAL];
    typeColor.set(t.type, fam[used[t.quad]++ % fam.length]);
    labels.type.set(t.type, t.label);
  }
  for (const q of meta.quad_classes) labels.quad.set(String(q.quad), q.label);
}

export const colorOfType = (type) => typeColor.get(type) || NEUTRAL;
export const colorOfQuad = (quad) => QUAD_COLORS[quad] || NEUTRAL;
export const quadLabel = (quad) => labels.quad.get(String(quad)) || `quad ${quad ?? "?"}`;
export const typeLabel = (type) => labels.type.get(type) || type || "?";

/** Colour of one event record (from the store's JSON) under the chosen scheme. */
export function eventColor(ev, scheme) {
  return scheme === "quad" ? colorOfQuad(ev.cameo && ev.cameo.quad_class) : colorOfType(ev.plover && ev.plover.type);
}

/** Cooperation-to-conflict colour for a mix of ``coop`` and ``conflict`` counts. */
export function mixColor(coop, conflict) {
  const total = coop + conflict;
  if (!total) return NEUTRAL;
  return window.d3.interpolateRgb(COOP, CONFLICT)(conflict / total);
}

/** Same colour with transparency (for text backgrounds). */
export function tint(color, alpha) {
  const c = window.d3.color(color);
  c.opacity = alpha;
  return c.formatRgb();
}
