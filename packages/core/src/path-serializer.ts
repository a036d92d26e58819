import { defaultPathSerializer } from 'openapi-fetch';

// openapi-fetch's default path serializer re-parses the template on every call (~7 µs per request
// in a node --cpu-prof profile of scripts/bench/client-throughput.mjs). Our specs only use simple-style `{name}` parameters, so the template is
// split once and cached; anything else goes to the default.

const templates = new Map<string, string[]>();
const TEMPLATE_CACHE_LIMIT = 1000;
const PARAM = /\{([^{}]+)\}/;

export function pathSerializer(url: string, params: Record<string, unknown>): string {
  let parts = templates.get(url);
  if (!parts) {
    parts = url.split(new RegExp(PARAM, 'g'));
    if (templates.size < TEMPLATE_CACHE_LIMIT) templates.set(url, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    if (value === undefined || value === null) {
      out += `{${name}}`;
    } else if (typeof value === 'object' || /^[.;]|\*$/.test(name)) {
      return defaultPathSerializer(url, params);
    } else {
      out += encodeURIComponent(String(value));
    }
    out += parts[i + 1];
  }
  return out;
}
