// Words for event fields: actors, times, places, sources. Shared by the article and store views.

import { quadLabel, typeLabel } from "./colors.js";

const RESOLUTION = { 1: "country", 2: "region (admin1)", 3: "district (admin2)", 4: "city", 5: "sub-city" };

export function actorText(a) {
  const name = a.name || a.text || "?";
  const codes = [a.country, a.sector].filter(Boolean).join(" · ");
  return codes ? `${name} (${codes})` : name;
}

export const actorsText = (list) => (list && list.length ? list.map(actorText).join(", ") : "—");

/** Short "who → whom" with country codes when known. */
export function dyad(actors, recipients) {
  const short = (list) => (list && list.length ? list.map((a) => a.country || a.name || a.text).join("+") : "?");
  return `${short(actors)} → ${short(recipients)}`;
}

export function whenText(w) {
  if (!w) return "—";
  const range = w.start && w.end && w.start !== w.end ? `${w.start} – ${w.end}` : w.start || w.end || "no date";
  const bits = [w.precision || "unknown"];
  if (w.modifier) bits.push(w.modifier);
  if (w.basis && w.basis !== "clause") bits.push(`from ${w.basis}`);
  const quoted = w.text ? ` “${w.text}”` : "";
  return `${range} (${bits.join(", ")})${quoted}`;
}

export function whenShort(w) {
  if (!w || (!w.start && !w.end)) return "—";
  return w.start === w.end || !w.end ? w.start : `${w.start} – ${w.end}`;
}

export function whereText(p) {
  if (!p) return "—";
  const name = p.name || p.text;
  const bits = [p.country, p.admin1 && `admin1 ${p.admin1}`].filter(Boolean).join(", ");
  const coords = p.lat != null && p.lon != null ? ` @ ${(+p.lat).toFixed(2)}, ${(+p.lon).toFixed(2)}` : "";
  const res = RESOLUTION[p.resolution] ? `, ${RESOLUTION[p.resolution]}` : "";
  return `${name}${bits ? ` (${bits}${res})` : res ? ` (${res.slice(2)})` : ""}${coords}`;
}

export function sourcesText(chain) {
  if (!chain || !chain.length) return "—";
  return chain
    .map((at) => {
      // a link without a source: an unnamed claimant, or an article whose outlet is not known
      const unnamed = at.kind === "outlet" ? "unnamed outlet" : "unnamed source";
      const who = (at.source && (at.source.name || at.source.text)) || unnamed;
      const marks = `${at.anonymous ? ", anonymous" : ""}${at.denial ? ", denies" : ""}`;
      return `${who}${at.cue ? ` (${at.cue}${marks})` : ""}`;
    })
    .join(" → ");
}

export function whatText(ev) {
  const p = ev.plover || {};
  const c = ev.cameo || {};
  const plover = [typeLabel(p.type), p.mode && p.mode !== "unspecified" ? `mode ${p.mode}` : null,
    p.context && p.context.length ? `context ${p.context.join(", ")}` : null].filter(Boolean).join("; ");
  const cameo = c.code ? `CAMEO ${c.code}${c.root ? ` (root ${c.root})` : ""}, ${quadLabel(c.quad_class)}` +
    (c.goldstein != null ? `, Goldstein ${c.goldstein}` : "") : "";
  return { plover, cameo };
}

/** Rows describing every field of an event record, for the detail card and tooltips. */
export function eventRows(ev) {
  const { plover, cameo } = whatText(ev);
  const q = ev.quantities && Object.keys(ev.quantities).length
    ? Object.entries(ev.quantities).map(([k, v]) => `${k} ${v}`).join(", ") : null;
  return [
    ["Who", actorsText(ev.actor)],
    ["Did what", plover],
    ["CAMEO", cameo],
    ["To whom", actorsText(ev.recipient)],
    ["When", whenText(ev.when)],
    ["Where", whereText(ev.where)],
    ["Modality", ev.modality],
    ["Historical", ev.historical ? "yes (well before publication)" : "no"],
    ["According to", sourcesText(ev.according_to)],
    ["Quantities", q],
    ["Confidence", ev.confidence != null ? (+ev.confidence).toFixed(2) : null],
    ["Evidence", ev.evidence],
  ];
}
