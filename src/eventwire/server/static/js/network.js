// Actor network: countries or actors as nodes, actor -> recipient links weighted by events
// and coloured from cooperation (green) to conflict (red).
//
// The force layout is computed to rest before drawing (no animation), so the picture
// is the same every time for the same data.

import { mixColor } from "./colors.js";
import { hide, lines, move, show } from "./tooltip.js";

const d3 = window.d3;
const MAX_NODES = 30;
let svg, handlers;
/** How many linked nodes the last drawing left out. */
export let hiddenNodes = 0;

export function init(el, opts) {
  svg = d3.select(el);
  handlers = opts;
}

export function render(data) {
  const { width, height } = svg.node().getBoundingClientRect();
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  svg.selectAll("*").remove();
  // Readable at a glance: the MAX_NODES most active nodes and the links among them.
  const linked = data.edges.filter((e) => !e.self);
  const used = new Set(linked.flatMap((e) => [e.source, e.target]));
  const nodes = data.nodes.filter((n) => used.has(n.id)).sort((a, b) => b.n - a.n).slice(0, MAX_NODES).map((n) => ({ ...n }));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = linked.filter((e) => kept.has(e.source) && kept.has(e.target)).map((e) => ({ ...e }));
  hiddenNodes = used.size - nodes.length;
  if (!nodes.length) {
    svg.append("text").attr("class", "empty").attr("x", width / 2).attr("y", height / 2)
      .text(data.nodes.length ? "Only self-directed events match." : "No actor → recipient pairs match the filters.");
    return;
  }
  const r = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.n)]).range([4, 22]);
  const w = d3.scaleSqrt().domain([0, d3.max(edges, (e) => e.n)]).range([1, 7]);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((n) => n.id).distance(Math.min(width, height) / 3).strength(0.15))
    .force("charge", d3.forceManyBody().strength(-Math.min(600, 9000 / nodes.length)))
    .force("collide", d3.forceCollide((n) => r(n.n) + 8))
    .force("x", d3.forceX(width / 2).strength(0.07))
    .force("y", d3.forceY(height / 2).strength(0.12))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    const pad = r(n.n) + 4;
    n.x = Math.max(pad, Math.min(width - pad, n.x));
    n.y = Math.max(pad + 14, Math.min(height - pad, n.y)); // room for the label above
  }

  // Curved links: a -> b and b -> a bend to opposite sides, so both stay visible.
  const arc = (e) => {
    const dx = e.target.x - e.source.x;
    const dy = e.target.y - e.source.y;
    const dr = Math.hypot(dx, dy) * 1.6;
    return `M${e.source.x},${e.source.y}A${dr},${dr} 0 0,1 ${e.target.x},${e.target.y}`;
  };
  svg.append("g").attr("class", "links").selectAll("path").data(edges).join("path")
    .attr("d", arc)
    .style("stroke", (e) => mixColor(e.cooperation, e.conflict))
    .attr("stroke-width", (e) => w(e.n))
    .on("mouseenter", (ev, e) => show(ev, lines(`${e.source.label} → ${e.target.label}`, [
      ["Events", e.n], ["Cooperation", e.cooperation], ["Conflict", e.conflict],
      ["Mean Goldstein", e.goldstein]])))
    .on("mousemove", move).on("mouseleave", hide);

  const node = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
    .attr("transform", (n) => `translate(${n.x},${n.y})`)
    .on("mouseenter", (ev, n) => show(ev, lines(n.label, [["Events (as actor or recipient)", n.n], ["Click", "filter by it"]])))
    .on("mousemove", move).on("mouseleave", hide)
    .on("click", (_, n) => handlers.onNode(n, data.level));
  node.append("circle").attr("r", (n) => r(n.n));
  node.append("text").attr("dy", (n) => -r(n.n) - 3).text((n) => (n.label.length > 18 ? `${n.label.slice(0, 17)}…` : n.label));
}
