// The store's event list: the newest events matching the filters; a row opens its article.

import { colorOfType } from "./colors.js";
import { h } from "./tooltip.js";

let table;

export function init(el) {
  table = el;
}

const who = (names, countries) => (countries && countries.length ? countries.join("+") : (names || []).join(", ") || "?");

export function render(page) {
  const tbody = table.querySelector("tbody");
  tbody.replaceChildren();
  for (const ev of page.events) {
    const tr = h("tr");
    const chip = h("span", ev.plover_type || "?", "chip");
    chip.style.setProperty("--c", colorOfType(ev.plover_type));
    const what = h("td");
    what.append(chip, h("span", ` ${ev.trigger_text || ""}`));
    const date = ev.date_start ? (ev.date_end && ev.date_end !== ev.date_start ? `${ev.date_start} – ${ev.date_end}` : ev.date_start) : `(${ev.published_date || "?"})`;
    const sentence = ev.sentence_text || "";
    tr.append(h("td", date), what, h("td", `${who(ev.actor_names, ev.actor_countries)} → ${who(ev.recipient_names, ev.recipient_countries)}`),
      h("td", ev.place_name || ev.place_text || "—"), h("td", ev.modality + (ev.historical ? ", historical" : "")),
      h("td", sentence.length > 120 ? `${sentence.slice(0, 119)}…` : sentence, "sentence"));
    tr.title = "Open the article with this event";
    tr.addEventListener("click", () => {
      location.hash = `#article/${encodeURIComponent(ev.article_id)}/${encodeURIComponent(ev.id)}`;
    });
    tbody.append(tr);
  }
  if (!page.events.length) {
    const tr = h("tr");
    const td = h("td", "No events match the filters.", "muted");
    td.colSpan = 6;
    tr.append(td);
    tbody.append(tr);
  }
}
