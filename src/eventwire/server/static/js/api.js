// Talking to the eventwire HTTP API (same origin only).

/** Query string from an object; arrays repeat the key, empty values are left out. */
export function qs(params) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    for (const item of Array.isArray(v) ? v : [v]) sp.append(k, String(item));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}

/** An error the API answered, with its JSON message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(resp) {
  const body = await resp.json().catch(() => null);
  if (!resp.ok) throw new ApiError(resp.status, (body && body.message) || `${resp.status} ${resp.statusText}`);
  return body;
}

// One pending request per key: a newer call cancels the older (fast filter changes).
const pending = new Map();

export async function get(path, params = {}, key = null) {
  let signal;
  if (key) {
    pending.get(key)?.abort();
    const ctl = new AbortController();
    pending.set(key, ctl);
    signal = ctl.signal;
  }
  const resp = await fetch(path + qs(params), { headers: { Accept: "application/json" }, signal });
  return parse(resp);
}

export async function post(path, body, token = null) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const resp = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  return parse(resp);
}

/** True when the error only means a newer request replaced this one. */
export const isAbort = (err) => err && err.name === "AbortError";
