// One floating tooltip shared by every view. Content is built with DOM nodes, never HTML strings.

const el = () => document.getElementById("tooltip");

export function show(evt, content) {
  const tip = el();
  tip.replaceChildren(...(Array.isArray(content) ? content : [content]));
  tip.hidden = false;
  move(evt);
}

export function move(evt) {
  const tip = el();
  if (tip.hidden) return;
  const pad = 14;
  const { innerWidth: w, innerHeight: h } = window;
  const r = tip.getBoundingClientRect();
  let x = evt.clientX + pad;
  let y = evt.clientY + pad;
  if (x + r.width > w - 4) x = evt.clientX - r.width - pad;
  if (y + r.height > h - 4) y = evt.clientY - r.height - pad;
  tip.style.left = `${Math.max(4, x)}px`;
  tip.style.top = `${Math.max(4, y)}px`;
}

export function hide() {
  el().hidden = true;
}

/** Small helper: an element with text and optional class. */
export function h(tag, text = "", cls = "") {
  const n = document.createElement(tag);
  if (text) n.textContent = text;
  if (cls) n.className = cls;
  return n;
}

/** Lines of "label: value" as a definition list. */
export function lines(title, rows) {
  const wrap = h("div");
  if (title) wrap.append(h("strong", title));
  const dl = h("dl");
  for (const [k, v] of rows) {
    if (v === undefined || v === null || v === "") continue;
    dl.append(h("dt", k), h("dd", String(v)));
  }
  wrap.append(dl);
  return wrap;
}
