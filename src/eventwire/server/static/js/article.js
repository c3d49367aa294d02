// The article view: paste or open an article, see its events in the text and in a table.

import * as api from "./api.js";
import { colorOfQuad, colorOfType, eventColor, quadLabel, typeLabel } from "./colors.js";
import { dyad, eventRows, whenShort } from "./format.js";
import { renderText } from "./highlight.js";
import { h, hide, lines, move, show } from "./tooltip.js";

const $ = (id) => document.getElementById(id);

let current = null; // the article JSON shown
let marks = new Map(); // event index -> [span elements]
let selected = null; // event index pinned by a click
let scheme = "type";
let setStatus = () => {};

export function init(meta, statusFn) {
  setStatus = statusFn;
  $("code-form").addEventListener("submit", onCode);
  $("code-store").addEventListener("change", () => {
    $("code-token").hidden = !($("code-store").checked && meta.writing.token_required);
  });
  if (!meta.writing.enabled && !meta.writing.token_required) $("code-store").disabled = true;
  for (const r of document.querySelectorAll("input[name=colorby]")) {
    r.addEventListener("change", () => {
      scheme = r.value;
      if (current) render(current);
    });
  }
  let timer;
  $("article-search").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(loadList, 250);
  });
  $("article-text").addEventListener("mouseover", onHover);
  $("article-text").addEventListener("mousemove", move);
  $("article-text").addEventListener("mouseout", (e) => {
    if (!e.relatedTarget || !e.relatedTarget.closest || !e.relatedTarget.closest(".mark")) {
      hide();
      emphasize(selected);
    }
  });
  $("article-text").addEventListener("click", onClick);
  loadList();
}

/** Open a stored article (and optionally pin one of its events). */
export async function open(articleId, eventId = null) {
  setStatus(`Loading article ${articleId}…`);
  try {
    const art = await api.get(`/v1/articles/${encodeURIComponent(articleId)}`);
    show_(art);
    if (eventId) {
      const i = art.events.findIndex((e) => e.id === eventId);
      if (i >= 0) select(i, true);
    }
    setStatus("");
  } catch (err) {
    setStatus(err.message, true);
  }
}

async function loadList() {
  const q = $("article-search").value.trim();
  try {
    const page = await api.get("/v1/articles", { q, limit: 100 }, "article-list");
    const ul = $("article-list");
    ul.replaceChildren();
    for (const a of page.articles) {
      const li = h("li");
      const link = h("a", a.title || a.id);
      link.href = `#article/${encodeURIComponent(a.id)}`;
      li.append(link, h("span", ` ${(a.published || "").slice(0, 10)} · ${a.outlet || ""} · ${a.n_events} events`, "muted"));
      ul.append(li);
    }
    if (!page.articles.length) ul.append(h("li", q ? "No stored article matches." : "The store has no articles yet.", "muted"));
  } catch (err) {
    if (!api.isAbort(err)) setStatus(err.message, true);
  }
}

async function onCode(e) {
  e.preventDefault();
  const body = {
    text: $("code-text").value,
    published: $("code-published").value || null,
    title: $("code-title").value || null,
    store: $("code-store").checked,
  };
  $("code-submit").disabled = true;
  setStatus("Coding…");
  try {
    const art = await api.post("/v1/code", body, $("code-token").value || null);
    show_(art);
    setStatus(`${art.events.length} events found${art.stored ? ", stored" : art.already_stored ? " (already stored)" : ""}.`);
    if (art.stored) loadList();
  } catch (err) {
    setStatus(err.message, true);
  } finally {
    $("code-submit").disabled = false;
  }
}

function show_(art) {
  current = art;
  selected = null;
  $("input-panel").open = false;
  render(art);
}

function colorOf(i) {
  return eventColor(current.events[i], scheme);
}

function render(art) {
  const meta = $("article-meta");
  meta.replaceChildren(
    h("h2", art.title || "Untitled article"),
    h("p", [art.outlet, art.published ? `published ${String(art.published).slice(0, 10)}` : "no publication date",
      `${art.events.length} events`, art.url].filter(Boolean).join(" · "), "muted"),
  );
  marks = renderText($("article-text"), art.text, art.events, colorOf);
  renderLegend(art.events);
  renderTable(art.events);
  renderDetail(selected);
}

function renderLegend(events) {
  const legend = $("article-legend");
  legend.replaceChildren();
  const keys = new Map();
  for (const ev of events) {
    if (scheme === "quad") keys.set(String(ev.cameo.quad_class), [quadLabel(ev.cameo.quad_class), colorOfQuad(ev.cameo.quad_class)]);
    else keys.set(ev.plover.type, [typeLabel(ev.plover.type), colorOfType(ev.plover.type)]);
  }
  for (const [, [label, color]] of [...keys].sort()) {
    const item = h("span", label, "legend-item");
    item.style.setProperty("--c", color);
    legend.append(item);
  }
}

function renderTable(events) {
  const tbody = $("event-table").querySelector("tbody");
  tbody.replaceChildren();
  events.forEach((ev, i) => {
    const tr = h("tr");
    tr.dataset.index = i;
    const chip = h("span", ev.plover.type, "chip");
    chip.style.setProperty("--c", colorOf(i));
    const what = h("td");
    what.append(chip, h("span", ` ${ev.trigger.text || ""}`));
    tr.append(h("td", String(i + 1)), what, h("td", dyad(ev.actor, ev.recipient)),
      h("td", whenShort(ev.when)), h("td", ev.where ? ev.where.name || ev.where.text : "—"), h("td", ev.modality));
    tr.addEventListener("mouseenter", () => emphasize(i));
    tr.addEventListener("mouseleave", () => emphasize(selected));
    tr.addEventListener("click", () => select(i, true));
    tbody.append(tr);
  });
  if (!events.length) {
    const tr = h("tr");
    const td = h("td", "No events found in this article.", "muted");
    td.colSpan = 6;
    tr.append(td);
    tbody.append(tr);
  }
}

function eventsAt(target) {
  const seg = target.closest && target.closest(".mark");
  return seg ? seg.dataset.events.split(" ").map(Number) : [];
}

function onHover(e) {
  const evs = eventsAt(e.target);
  if (!evs.length) return;
  emphasize(evs[0]);
  show(e, evs.map((i) => card(i, true)));
}

function onClick(e) {
  const evs = eventsAt(e.target);
  if (!evs.length) return;
  // Clicking again on a stacked span cycles through the events it belongs to.
  const next = evs.includes(selected) ? evs[(evs.indexOf(selected) + 1) % evs.length] : evs[0];
  select(next, false);
}

function select(i, scroll) {
  selected = i;
  emphasize(i);
  renderDetail(i);
  for (const tr of $("event-table").querySelectorAll("tbody tr")) tr.classList.toggle("selected", Number(tr.dataset.index) === i);
  if (scroll) {
    const first = (marks.get(i) || [])[0];
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }
}

/** Bring one event's spans forward and fade the rest (null: all equal). */
function emphasize(i) {
  const text = $("article-text");
  text.classList.toggle("focus", i !== null && i !== undefined);
  for (const el of text.querySelectorAll(".mark.on")) el.classList.remove("on");
  for (const el of marks.get(i) || []) {
    el.classList.add("on");
    el.style.setProperty("--c", colorOf(i));
  }
}

function card(i, compact) {
  const ev = current.events[i];
  const wrap = h("div", "", "event-card");
  const head = h("div", "", "card-head");
  const chip = h("span", ev.plover.type, "chip");
  chip.style.setProperty("--c", colorOf(i));
  head.append(chip, h("span", ` #${i + 1} “${ev.trigger.text || ""}”`));
  wrap.append(head, lines("", eventRows(ev)));
  if (!compact && ev.text) wrap.append(h("blockquote", ev.text));
  return wrap;
}

function renderDetail(i) {
  const box = $("event-detail");
  if (i === null || i === undefined || !current || !current.events[i]) {
    box.replaceChildren(h("p", "Hover or click an event in the text or the table.", "hint"));
    return;
  }
  box.replaceChildren(card(i, false));
}

