// Dashboard entry point: load vocabularies, wire the two views, follow the URL hash.
//
//   #article                 paste an article or pick a stored one
//   #article/<id>[/<event>]  a stored article (with one event selected)
//   #store?country=PRK&...   the store views with these filters

import * as api from "./api.js";
import { setVocabulary } from "./colors.js";
import * as article from "./article.js";
import * as store from "./store.js";
import * as worldmap from "./map.js";

const $ = (id) => document.getElementById(id);

function setStatus(message, isError = false) {
  const el = $("status");
  el.textContent = message || "";
  el.classList.toggle("error", Boolean(isError && message));
}

let mapReady = null;

async function route() {
  const hash = location.hash.slice(1) || "article";
  const [path, query] = hash.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  const view = parts[0] === "store" ? "store" : "article";
  for (const sec of document.querySelectorAll(".view")) sec.hidden = sec.dataset.view !== view;
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.tab === view);
  if (view === "store") {
    await mapReady;
    store.enter(new URLSearchParams(query || ""));
  } else if (parts[1]) {
    await article.open(parts[1], parts[2] || null);
  }
}

async function main() {
  if (!window.d3 || !window.topojson) {
    $("assets-missing").hidden = false;
    return;
  }
  const meta = await api.get("/v1/meta");
  setVocabulary(meta);
  if (!meta.assets_ready) $("assets-missing").hidden = false;
  article.init(meta, setStatus);
  store.init(meta, setStatus);
  mapReady = worldmap.load(meta).catch((err) => setStatus(`World map could not load: ${err.message}`, true));
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "true";
}

main().catch((err) => setStatus(err.message, true));
