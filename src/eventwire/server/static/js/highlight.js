// Laying out an article's text with its events' spans marked.
//
// Every event contributes spans for its trigger, actors, recipients, time, place and
// sources. The text is cut at every span boundary; each piece becomes one <span> that
// knows which (event, role) pairs cover it. Text goes in with textContent only.

const ROLE_ORDER = ["trigger", "actor", "recipient", "time", "place", "source"];

function spanOf(s) {
  return s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start ? [s.start, s.end] : null;
}

/** The [start, end, role] marks of one event (actors: their mentions in the event's sentence). */
export function eventMarks(ev) {
  const marks = [];
  const add = (s, role) => {
    const r = spanOf(s);
    if (r) marks.push([r[0], r[1], role]);
  };
  add(ev.trigger, "trigger");
  for (const [list, role] of [[ev.actor, "actor"], [ev.recipient, "recipient"]]) {
    for (const a of list || []) {
      const spans = a.spans || [];
      const here = spans.filter((s) => s.sentence === ev.sentence);
      for (const s of here.length ? here : spans.slice(0, 1)) add(s, role);
    }
  }
  if (ev.when) add(ev.when.span, "time");
  if (ev.where) add(ev.where.span, "place");
  for (const at of ev.according_to || []) add(at.source_span, "source");
  return marks;
}

/**
 * Fill ``container`` with the text, returning a map event index -> list of its <span>s.
 * ``colorOf(i)`` gives event i's colour.
 */
export function renderText(container, text, events, colorOf) {
  const cover = []; // [start, end, eventIndex, role]
  events.forEach((ev, i) => {
    for (const [s, e, role] of eventMarks(ev)) {
      if (s >= 0 && e <= text.length) cover.push([s, e, i, role]);
    }
  });
  const cuts = new Set([0, text.length]);
  for (const [s, e] of cover) cuts.add(s).add(e);
  const points = [...cuts].sort((a, b) => a - b);
  const byEvent = new Map();
  const frag = document.createDocumentFragment();
  for (let k = 0; k < points.length - 1; k++) {
    const [s, e] = [points[k], points[k + 1]];
    const piece = text.slice(s, e);
    const here = cover.filter(([cs, ce]) => cs <= s && ce >= e);
    if (!here.length) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    here.sort((a, b) => ROLE_ORDER.indexOf(a[3]) - ROLE_ORDER.indexOf(b[3]) || a[2] - b[2]);
    const seg = document.createElement("span");
    seg.textContent = piece;
    const roles = new Set(here.map((h) => h[3]));
    seg.className = "mark " + [...roles].map((r) => `r-${r}`).join(" ");
    const evs = [...new Set(here.map((h) => h[2]))];
    seg.dataset.events = evs.join(" ");
    seg.style.setProperty("--c", colorOf(here[0][2]));
    for (const i of evs) {
      if (!byEvent.has(i)) byEvent.set(i, []);
      byEvent.get(i).push(seg);
    }
    frag.append(seg);
  }
  container.replaceChildren(frag);
  return byEvent;
}
