// Post-split step of scripts/build-app.sh: one download per lazy group on
// the first load.
//
//   node scripts/lib/wasm-bundles.mjs <pkg dir> <app/src/main.rs>
//
// wasm-split leaves each `#[lazy]` group (`split_<group>_<hash>.wasm`) with
// dozens of shared chunks (`chunk_<n>.wasm`, one per set of groups sharing
// code), each its own request. For every group this writes
// `bundle_<group>.wasm`: the group's module and all its chunks in one file
// (4-byte little-endian header length, a JSON header
// `[[name, offset, length], ...]`, the files' bytes). The bundle is not a wasm
// module; the loader `__wasm_split.js` is patched so that a module found in a
// bundle fetched at start (`globalThis.__pinInpsBundles`, set by boot.js for
// the entry route and the chosen language) is instantiated from it, and any
// other one is fetched alone as before (so a later navigation downloads only
// the chunks not yet loaded).
//
// A lazy part of a group's page (`#[leptos::lazy(<group>__<part>)]`: what a
// cold load of the page does not show, loaded on the user's first step) gets
// `bundle_<group>__<part>.wasm` too: its module with the chunks its group's
// own closure does not hold (those are loaded before any of the group's code
// runs). The loader fetches it in one request the first time one of its
// modules is needed, instead of its chunks one by one.
//
// Prints (stdout) the route -> bundle map for boot.js as JSON:
// {"routes": {"/richiedi-pin": "bundle_request.wasm", ...},
//  "langs": {"de": "bundle_i18n_de.wasm", "en": ...}}
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkg, mainRs] = process.argv.slice(2);
const loaderPath = join(pkg, '__wasm_split.js');
let loader = readFileSync(loaderPath, 'utf8');

// Chunk loaders: `const __chunk_N = makeLoad(() => { ...fetch(new URL("./chunk_N.wasm"...` , [deps]);
// Group loaders: `export const __wasm_split_load_<module> = wrapAsyncCb(makeLoad(() => {... "./split_<module>.wasm" ...}, [deps]));`
const loaderRe = /(?:export )?const (__chunk_\d+|__wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\);[\s\S]*?\n\}\n, \[([^\]]*)\]\)/g;
const files = new Map(); // loader name -> { file, deps }
for (const m of loader.matchAll(loaderRe)) {
  const deps = m[4].split(',').map((d) => d.trim()).filter(Boolean);
  files.set(m[1], { file: m[3], deps, module: m[2] || null });
}
const groups = [...files.values()].filter((f) => f.module);
if (groups.length === 0) throw new Error('wasm-bundles: no split modules found in __wasm_split.js');

const closure = (entry) => {
  const out = new Set([entry.file]);
  const stack = [...entry.deps];
  while (stack.length) {
    const d = files.get(stack.pop());
    if (!d) throw new Error('wasm-bundles: unknown loader dependency');
    if (out.has(d.file)) continue;
    out.add(d.file);
    stack.push(...d.deps);
  }
  return [...out];
};

const nameOf = (g) => g.module.replace(/_\d+$/, '');
const bundleOf = {}; // group name (without the hash) -> bundle file
const partOf = {}; // "./file" of a lazy part's bundle member -> that bundle
for (const g of groups) {
  const group = nameOf(g);
  let members = closure(g);
  const cut = group.indexOf('__');
  if (cut > 0) {
    const parent = groups.find((p) => nameOf(p) === group.slice(0, cut));
    if (!parent) throw new Error(`wasm-bundles: lazy part ${group}: no group ${group.slice(0, cut)}`);
    const held = new Set(closure(parent));
    members = members.filter((f) => !held.has(f));
  }
  const parts = members.map((f) => readFileSync(join(pkg, f)));
  let offset = 0;
  const header = members.map((f, i) => {
    const entry = [f, offset, parts[i].length];
    offset += parts[i].length;
    return entry;
  });
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const name = `bundle_${group}.wasm`;
  writeFileSync(join(pkg, name), Buffer.concat([len, json, ...parts]));
  bundleOf[group] = name;
  if (cut > 0) for (const f of members) partOf[`./${f}`] = name;
}

// The loader: every module fetch goes through __fetch.
const fetchRe = /fetch\(new URL\("(\.\/[\w.]+)", import\.meta\.url\)\)/g;
if (!fetchRe.test(loader)) throw new Error('wasm-bundles: loader fetches not found');
loader = loader.replace(fetchRe, '__fetch("$1")');
loader = `${loader}
// Added by scripts/lib/wasm-bundles.mjs: modules found in the bundles boot.js
// started fetching (the entry route's group, the chosen language) come from
// them; a module of a lazy part's bundle, from that bundle, fetched once when
// the first of them is needed; any other module is fetched alone.
const __parts = ${JSON.stringify(partOf)};
let __bundles;
function __unpack(response) {
    return response.arrayBuffer().then((buf) => {
        const n = new DataView(buf).getUint32(0, true);
        const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
        const map = new Map();
        for (const [name, offset, length] of header) map.set("./" + name, new Uint8Array(buf, 4 + n + offset, length));
        return map;
    });
}
function __take(maps, name) {
    for (const map of maps) {
        const bytes = map.get(name);
        if (bytes) {
            map.delete(name);
            return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
        }
    }
    return null;
}
const __partLoads = {};
function __fetch(name) {
    if (__bundles === undefined) {
        __bundles = Promise.all((globalThis.__pinInpsBundles || []).map((p) =>
            p.then((r) => (r.ok ? __unpack(r) : new Map())).catch(() => new Map())));
    }
    return __bundles.then((maps) => {
        // A module the bundles already fetched hold (a chunk of a lazy
        // part may also be in the entry route's own bundle) is taken from
        // them: a part's bundle is fetched only for what nothing else has.
        const hit = __take(maps, name);
        if (hit) return hit;
        const part = __parts[name];
        if (part === undefined) return fetch(new URL(name, import.meta.url));
        // One fetch per part: every module of it then finds the bundle.
        if (!__partLoads[part]) {
            __partLoads[part] = fetch(new URL("./" + part, import.meta.url))
                .then((r) => (r.ok ? __unpack(r) : new Map())).catch(() => new Map())
                .then((map) => { maps.push(map); return map; });
        }
        return __partLoads[part].then((map) => __take([map], name) || fetch(new URL(name, import.meta.url)));
    });
}
`;
writeFileSync(loaderPath, loader);

// Routes of app/src/main.rs: path!("/x") view=lazy::group::Page
const main = readFileSync(mainRs, 'utf8');
const routes = {};
for (const m of main.matchAll(/path!\("([^"]+)"\)\s+view=lazy::(\w+)::/g)) {
  // (main.rs may be newer than the wasm built from it: such a route just
  // loads its chunks one by one.)
  if (!bundleOf[m[2]]) {
    console.error(`wasm-bundles: route ${m[1]}: no split module for group ${m[2]} in this build; no bundle`);
    continue;
  }
  routes[m[1]] = bundleOf[m[2]];
}
const langs = {};
for (const l of ['de', 'en']) if (bundleOf[`i18n_${l}`]) langs[l] = bundleOf[`i18n_${l}`];
process.stdout.write(JSON.stringify({ routes, langs }));
