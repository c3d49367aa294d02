// Timeline: events per day/week/month as stacked bars, with a brush to select a period.

import { colorOfQuad, colorOfType, quadLabel, typeLabel } from "./colors.js";
import { h, hide, lines, move, show } from "./tooltip.js";

const d3 = window.d3;
const M = { top: 8, right: 12, bottom: 22, left: 36 };
const DAY = 864e5;

let svg, handlers, brush, x, lastData;
let quietBrush = false; // set while we move the brush ourselves

export function init(el, opts) {
  svg = d3.select(el);
  handlers = opts;
}

const iso = (d) => d3.utcFormat("%Y-%m-%d")(d);
const parse = (s) => new Date(`${s}T00:00:00Z`);

function bucketEnd(date, bucket) {
  if (bucket === "week") return new Date(+date + 7 * DAY);
  if (bucket === "month") return d3.utcMonth.offset(date, 1);
  return new Date(+date + DAY);
}

export function render(data, brushed, keep = {}) {
  lastData = data;
  const { width, height } = svg.node().getBoundingClientRect();
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  svg.selectAll("*").remove();
  const legend = document.getElementById("timeline-legend");
  legend.replaceChildren();
  if (!data.rows.length) {
    svg.append("text").attr("class", "empty").attr("x", width / 2).attr("y", height / 2).text("No events match the filters.");
    return;
  }
  document.getElementById("timeline-bucket").options[0].textContent = `auto (${data.bucket})`;
  const [from, to] = tailCuts(data.rows, keep);
  const earlier = from ? data.rows.filter((r) => r.date < from) : [];
  const later = to ? data.rows.filter((r) => r.date > to) : [];
  const rows = data.rows.filter((r) => (!from || r.date >= from) && (!to || r.date <= to));
  const keys = [...new Set(rows.map((r) => r.key ?? "unknown"))].sort();
  const color = (k) => (data.by === "quad" ? colorOfQuad(k) : colorOfType(k));
  const label = (k) => (data.by === "quad" ? quadLabel(k) : typeLabel(k));
  const byDate = d3.rollup(rows, (rs) => Object.fromEntries(rs.map((r) => [r.key ?? "unknown", r.n])), (r) => r.date);
  const dates = [...byDate.keys()].sort();
  const table = dates.map((d) => ({ date: parse(d), ...Object.fromEntries(keys.map((k) => [k, 0])), ...byDate.get(d) }));
  const series = d3.stack().keys(keys)(table);

  const notes = [];
  if (earlier.length) notes.push(`← ${d3.sum(earlier, (r) => r.n)} earlier (from ${earlier[0].date})`);
  if (later.length) notes.push(`${d3.sum(later, (r) => r.n)} later (to ${later[later.length - 1].date}) →`);
  if (notes.length) {
    svg.append("text").attr("class", "earlier").attr("x", M.left + 4).attr("y", M.top + 4)
      .text(`Not drawn: ${notes.join(", ")}; set From/To to include them.`);
  }

  const top = M.top + (notes.length ? 12 : 0); // room for the note above the bars
  const first = table[0].date;
  const last = bucketEnd(table[table.length - 1].date, data.bucket);
  x = d3.scaleUtc().domain([first, last]).range([M.left, width - M.right]);
  const ymax = d3.max(series, (s) => d3.max(s, (d) => d[1])) || 1;
  const y = d3.scaleLinear().domain([0, ymax]).nice().range([height - M.bottom, top]);

  svg.append("g").attr("transform", `translate(0,${height - M.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, width / 90)).tickSizeOuter(0));
  svg.append("g").attr("transform", `translate(${M.left},0)`).call(d3.axisLeft(y).ticks(Math.min(4, ymax), "d")).call((g) => g.select(".domain").remove());

  const barW = (d) => Math.max(1, x(bucketEnd(d.data.date, data.bucket)) - x(d.data.date) - 1);
  svg.append("g").attr("class", "bars").selectAll("g").data(series).join("g")
    .attr("fill", (s) => color(s.key))
    .selectAll("rect").data((s) => s.map((d) => Object.assign(d, { key: s.key }))).join("rect")
    .attr("x", (d) => x(d.data.date)).attr("width", barW)
    .attr("y", (d) => y(d[1])).attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
    .on("mouseenter", (e, d) => show(e, lines(`${iso(d.data.date)} (${data.bucket})`,
      keys.filter((k) => d.data[k]).map((k) => [label(k), d.data[k]]))))
    .on("mousemove", move).on("mouseleave", hide);

  for (const k of keys) {
    const item = h("span", label(k), "legend-item");
    item.style.setProperty("--c", color(k));
    legend.append(item);
  }

  brush = d3.brushX().extent([[M.left, top], [width - M.right, height - M.bottom]]).on("end", (e) => {
    if (quietBrush || !e.sourceEvent) return;
    if (!e.selection) {
      handlers.onBrush(null);
      return;
    }
    const [a, b] = e.selection.map((px) => x.invert(px));
    // Whole days: from the day the selection starts to the day it ends.
    handlers.onBrush([iso(d3.utcDay.floor(a)), iso(new Date(+d3.utcDay.ceil(b) - DAY))]);
  });
  const g = svg.append("g").attr("class", "brush").call(brush);
  if (brushed) {
    quietBrush = true;
    g.call(brush.move, [x(parse(brushed[0])), x(new Date(+parse(brushed[1]) + DAY))].map((v) => Math.max(M.left, Math.min(width - M.right, v))));
    quietBrush = false;
  }
}

/**
 * The dates to draw, ``[from, to]`` (null = no cut on that side). Background mentions
 * of old events (and far-off expected ones) would squash the news period into a
 * sliver. When up to a fifth of the events sit beyond a gap longer than twice the span of
 * the rest, they are left out of the chart and counted in a note instead; the cut is
 * made at the gap, so no event of the main period is hidden.
 */
function tailCuts(rows, keep) {
  const days = d3.rollups(rows, (rs) => d3.sum(rs, (r) => r.n), (r) => r.date).sort((a, b) => d3.ascending(a[0], b[0]));
  const total = d3.sum(days, (d) => d[1]);
  if (days.length < 3 || total < 20) return [null, null];
  const span = (a, b) => (parse(b) - parse(a)) / DAY;
  const cumulative = [];
  let seen = 0;
  for (const [, n] of days) cumulative.push((seen += n));
  const gapCut = (fromEnd) => {
    const order = fromEnd ? [...days.keys()].reverse() : [...days.keys()];
    let best = null;
    for (let k = 1; k < order.length; k++) {
      const [i, j] = [order[k - 1], order[k]]; // j is the first day after the gap
      const before = fromEnd ? total - cumulative[j] : cumulative[i];
      if (before > total * 0.2) break;
      const gap = Math.abs(span(days[i][0], days[j][0]));
      const rest = Math.abs(span(days[j][0], days[order[order.length - 1]][0]));
      if (gap > 2 * Math.max(rest, 28) && (!best || gap > best.gap)) best = { gap, date: days[j][0] };
    }
    return best ? best.date : null;
  };
  return [keep.since ? null : gapCut(false), keep.until ? null : gapCut(true)];
}

export function clearBrush() {
  if (!brush || !lastData) return;
  quietBrush = true;
  svg.select("g.brush").call(brush.move, null);
  quietBrush = false;
}
