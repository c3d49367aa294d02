// The store views: one filter bar drives the timeline, map, network, sources and event list.
//
// State = the filter bar's values + a brushed period. The timeline shows the whole
// filtered period (with the brush drawn on it); the map, network and list show only the
// brushed period, so dragging on the timeline filters the other views.

import * as api from "./api.js";
import { h } from "./tooltip.js";
import * as timeline from "./timeline.js";
import * as worldmap from "./map.js";
import * as network from "./network.js";
import * as eventlist from "./eventlist.js";
import * as sources from "./sources.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["since", "until", "country", "actor", "type", "quad_class", "modality", "historical", "claimant", "q"];

const state = { filters: {}, brush: null };
let setStatus = () => {};
let started = false;
let linkedGeneration = 0;

export function init(meta, statusFn) {
  setStatus = statusFn;
  const form = $("filter-bar");
  fillSelect(form.elements.type, meta.plover_types.map((t) => [t.type, t.label]));
  fillSelect(form.elements.quad_class, meta.quad_classes.map((q) => [String(q.quad), `${q.quad} ${q.label}`]));
  fillSelect(form.elements.modality, meta.modalities.map((m) => [m, m]));
  const dl = $("country-codes");
  for (const c of meta.countries) {
    const o = document.createElement("option");
    o.value = c.iso3;
    o.label = c.name;
    dl.append(o);
  }
  let timer;
  form.addEventListener("input", (e) => {
    clearTimeout(timer);
    const typing = e.target.type === "text" || e.target.type === "search";
    timer = setTimeout(() => setFilters(readForm()), typing ? 350 : 0);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    setFilters(readForm());
  });
  form.addEventListener("reset", () => setTimeout(() => {
    state.brush = null;
    setFilters(readForm());
  }));
  for (const id of ["timeline-bucket", "timeline-by"]) $(id).addEventListener("change", refreshTimeline);
  $("map-mode").addEventListener("change", refreshLinked);
  $("network-level").addEventListener("change", refreshLinked);

  timeline.init($("timeline"), { onBrush });
  worldmap.init($("map"), { onCountry: (iso3) => toggleFilter("country", iso3) });
  network.init($("network"), { onNode: (node, level) => toggleFilter(level === "country" ? "country" : "actor", level === "country" ? node.id : node.label) });
  eventlist.init($("store-events"));
  sources.init($("sources"), { onClaimant: (name) => toggleFilter("claimant", name) });
  window.addEventListener("resize", debounce(() => started && refreshAll(), 200));
}

/** Show the view with filters from the URL (``#store?country=PRK``). */
export function enter(params) {
  const filters = {};
  for (const f of FIELDS) if (params.get(f)) filters[f] = params.get(f);
  state.brush = params.get("from") && params.get("to") ? [params.get("from"), params.get("to")] : null;
  writeForm(filters);
  state.filters = filters;
  started = true;
  refreshAll();
}

function fillSelect(select, options) {
  for (const [value, label] of options) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.append(o);
  }
}

function readForm() {
  const form = $("filter-bar");
  const out = {};
  for (const f of FIELDS) {
    const v = form.elements[f].value.trim();
    if (v) out[f] = v;
  }
  return out;
}

function writeForm(filters) {
  const form = $("filter-bar");
  for (const f of FIELDS) form.elements[f].value = filters[f] || "";
}

function toggleFilter(name, value) {
  const filters = { ...state.filters };
  if (filters[name] === value) delete filters[name];
  else filters[name] = value;
  writeForm(filters);
  setFilters(filters);
}

function setFilters(filters) {
  state.filters = filters;
  // A brush outside the new period means nothing any more.
  if (state.brush && ((filters.since && state.brush[1] < filters.since) || (filters.until && state.brush[0] > filters.until))) state.brush = null;
  syncUrl();
  refreshAll();
}

function onBrush(range) {
  state.brush = range;
  syncUrl();
  refreshLinked();
}

function syncUrl() {
  const params = { ...state.filters };
  if (state.brush) [params.from, params.to] = state.brush;
  const hash = `#store${api.qs(params)}`;
  if (location.hash !== hash) history.replaceState(null, "", hash);
}

/** Filters for the linked views: the bar's filters narrowed to the brushed period. */
function linkedParams() {
  const p = { ...state.filters };
  if (state.brush) {
    const [a, b] = state.brush;
    p.since = p.since && p.since > a ? p.since : a;
    p.until = p.until && p.until < b ? p.until : b;
  }
  return p;
}

function renderSelection() {
  const bar = $("selection-bar");
  bar.replaceChildren();
  if (!state.brush) return;
  const clear = h("button", "clear");
  clear.type = "button";
  clear.addEventListener("click", () => {
    state.brush = null;
    timeline.clearBrush();
    syncUrl();
    refreshLinked();
  });
  bar.append(h("span", `Selected period: ${state.brush[0]} – ${state.brush[1]} (map, network and list show only this period) `), clear);
}

function refreshAll() {
  refreshTimeline();
  refreshLinked();
}

async function refreshTimeline() {
  const params = { ...state.filters, bucket: $("timeline-bucket").value, by: $("timeline-by").value };
  try {
    const data = await api.get("/v1/views/timeline", params, "timeline");
    timeline.render(data, state.brush, { since: Boolean(state.filters.since), until: Boolean(state.filters.until) });
    const n = data.rows.reduce((s, r) => s + r.n, 0);
    $("timeline-count").textContent = `${n} events`;
  } catch (err) {
    report(err);
  }
}

async function refreshLinked() {
  renderSelection();
  const params = linkedParams();
  const level = $("network-level").value;
  const jobs = [
    api.get("/v1/views/map", params, "map").then((d) => {
      worldmap.render(d, $("map-mode").value);
      const located = d.points.reduce((s, p) => s + p.n, 0);
      $("map-count").textContent = `${located} located events at ${d.points.length} places`;
    }),
    api.get("/v1/views/network", { ...params, level }, "network").then((d) => {
      network.render(d);
      const hidden = network.hiddenNodes ? ` (the ${network.hiddenNodes} least active not drawn)` : "";
      $("network-count").textContent = `${d.nodes.length} nodes, ${d.edges.length} links${hidden}`;
    }),
    api.get("/v1/stats", { ...params, top: 12 }, "sources").then((d) => {
      sources.render(d.by_claimant, state.filters.claimant || null);
      const named = d.by_claimant.filter((r) => r.key !== null).length;
      $("sources-count").textContent = `top ${named} sources of ${d.total} events`;
    }),
    api.get("/v1/events", { ...params, limit: 100, sort: "-date" }, "list").then((d) => {
      eventlist.render(d);
      $("list-count").textContent = d.total > d.events.length ? `${d.events.length} of ${d.total}` : `${d.total}`;
    }),
  ];
  const generation = ++linkedGeneration;
  document.body.dataset.linked = "loading";
  setStatus("Loading…");
  const results = await Promise.allSettled(jobs);
  if (generation !== linkedGeneration) return; // a newer refresh owns the status now
  const failed = results.find((r) => r.status === "rejected" && !api.isAbort(r.reason));
  if (failed) report(failed.reason);
  else setStatus("");
  document.body.dataset.linked = "idle";
}

function report(err) {
  if (!api.isAbort(err)) setStatus(err.message, true);
}

function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
