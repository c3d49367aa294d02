// "Who says so": the filtered events counted by their original claimant (the first named
// source of each according-to chain); a click filters the store to that source.

import { h } from "./tooltip.js";

let list;
let onClaimant = () => {};

export function init(el, handlers) {
  list = el;
  onClaimant = handlers.onClaimant;
}

/** Rows of ``/v1/stats``'s ``by_claimant``: an outlet's own assertions count under its name; key null
 *  is an event with no named source at all (an article whose outlet is not known). */
export function render(rows, active) {
  list.replaceChildren();
  const max = Math.max(1, ...rows.map((r) => r.n));
  for (const r of rows) {
    const named = r.key !== null;
    const item = h("li", null, named ? "claimant" : "claimant own");
    const label = h(named ? "button" : "span", named ? r.key : "no named source (outlet unknown)", "name");
    if (named) {
      label.type = "button";
      label.title = active === r.key ? "Show every source again" : `Show only events according to ${r.key}`;
      label.classList.toggle("active", active === r.key);
      label.addEventListener("click", () => onClaimant(r.key));
    }
    const bar = h("span", null, "bar");
    bar.style.width = `${(100 * r.n) / max}%`;
    const track = h("span", null, "track");
    track.append(bar);
    item.append(label, track, h("span", String(r.n), "n"));
    item.dataset.n = String(r.n);
    list.append(item);
  }
  if (!rows.length) list.append(h("li", "No events match the filters.", "muted"));
}
