// World map: countries shaded by event counts, places as circles sized by count.
//
// Geometry: Natural Earth 1:50m countries (world-atlas), which keeps small states such as
// Singapore. Feature ids are ISO 3166 numeric codes, mapped to alpha-3 via /v1/meta.

import { mixColor } from "./colors.js";
import { hide, lines, move, show } from "./tooltip.js";

const d3 = window.d3;
const topojson = window.topojson;

let svg, handlers, world, iso3ByNumeric, nameByIso3;
let zoomK = 1;

export function init(el, opts) {
  svg = d3.select(el);
  handlers = opts;
}

/** Load the geometry once (served from our own static files). */
export async function load(meta) {
  const topo = await d3.json("/static/vendor/countries-50m.json");
  world = topojson.feature(topo, topo.objects.countries).features;
  iso3ByNumeric = new Map(meta.countries.filter((c) => c.numeric).map((c) => [c.numeric, c.iso3]));
  const byMapName = new Map(meta.countries.filter((c) => c.map_name).map((c) => [c.map_name, c.iso3]));
  nameByIso3 = new Map(meta.countries.map((c) => [c.iso3, c.name]));
  for (const f of world) f.iso3 = iso3ByNumeric.get(f.id) || byMapName.get(f.properties.name) || null;
}

export function render(data, mode) {
  if (!world) return;
  const { width, height } = svg.node().getBoundingClientRect();
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  svg.selectAll("*").remove();
  const counts = data[mode] || {};
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const max = d3.max(Object.values(counts)) || 1;
  const shade = d3.scaleSequentialSqrt(d3.interpolateBlues).domain([0, max]);

  const g = svg.append("g");
  g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  g.append("g").attr("class", "countries").selectAll("path").data(world).join("path")
    .attr("d", path)
    .attr("data-iso3", (f) => f.iso3 || "")
    .style("fill", (f) => (counts[f.iso3] ? shade(counts[f.iso3] * 0.85) : null))
    .classed("has-events", (f) => Boolean(counts[f.iso3]))
    .on("mouseenter", (e, f) => show(e, lines(nameByIso3.get(f.iso3) || f.properties.name,
      [["Code", f.iso3 || "—"], [mode === "located" ? "Events located here" : "Events involving it", counts[f.iso3] || 0]])))
    .on("mousemove", move).on("mouseleave", hide)
    .on("click", (e, f) => f.iso3 && handlers.onCountry(f.iso3));

  const r = d3.scaleSqrt().domain([0, d3.max(data.points, (p) => p.n) || 1]).range([0, 18]);
  const pts = data.points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  g.append("g").attr("class", "points").selectAll("circle").data(pts).join("circle")
    .attr("cx", (p) => projection([p.lon, p.lat])[0])
    .attr("cy", (p) => projection([p.lon, p.lat])[1])
    .attr("r", (p) => Math.max(2.5, r(p.n)) / zoomK)
    .style("fill", (p) => mixColor(p.cooperation, p.conflict))
    .on("mouseenter", (e, p) => show(e, lines(p.name, [["Country", p.country], ["Events", p.n],
      ["Cooperation", p.cooperation], ["Conflict", p.conflict]])))
    .on("mousemove", move).on("mouseleave", hide);

  const zoom = d3.zoom().scaleExtent([1, 40]).on("zoom", (e) => {
    zoomK = e.transform.k;
    g.attr("transform", e.transform);
    g.selectAll(".points circle").attr("r", (p) => Math.max(2.5, r(p.n)) / zoomK);
    g.selectAll(".countries path").attr("stroke-width", 0.4 / zoomK);
  });
  svg.call(zoom);
  zoomK = 1;

  const legend = svg.append("g").attr("class", "map-legend").attr("transform", `translate(10,${height - 26})`);
  const steps = [0.2, 0.4, 0.6, 0.8, 1].map((t) => t * max);
  legend.selectAll("rect").data(steps).join("rect").attr("x", (_, i) => i * 16).attr("width", 16).attr("height", 8)
    .attr("fill", (v) => shade(v * 0.85));
  legend.append("text").attr("y", 20).text(`0 … ${max} events`);
}

