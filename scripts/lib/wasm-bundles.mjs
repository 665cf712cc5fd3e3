// Post-split step of scripts/build-app.sh: one download, and one wasm
// module, per lazy group on the first load.
//
//   WASM_OPT=<binaryen's wasm-opt> WASM_FEATURES="--enable-..." \
//     node scripts/lib/wasm-bundles.mjs <pkg dir> <app/src/main.rs>
//
// wasm-split leaves each `#[lazy]` group (`split_<group>_<hash>.wasm`) with
// dozens of shared chunks (`chunk_<n>.wasm`, one per set of groups sharing
// code): the request page needs about 210 modules. Each is its own request,
// and each costs the browser a compilation and an instantiation of its own
// on the main thread: about 110 ms on this machine for the request page,
// 450 ms with Lighthouse's 4× CPU slowdown, nearly all of it per-module
// overhead (measured 2026-12-02).
//
// So for every group this writes `bundle_<group>.wasm`: the group's module
// and every chunk of its closure merged by binaryen's wasm-merge into ONE
// module, then `wasm-opt -O3`: about 10 KB brotli less than the files apart
// for the request page (87.7 -> 77.1 KB: one type section, one header, and
// calls between former chunks inlined: 1816 functions -> 1040, so fewer
// functions to compile on first call; -Oz gives 79.2 KB, 1462 functions).
// The chunks only import the main module's memory, table and stack pointer
// from `__wasm_split`; a stub module of that
// name re-exports them from `__wasm_split_merged`, so the merged module
// imports each once. Instantiating it writes the functions and the data of
// all its members, as instantiating each of them would.
//
// A module must never be instantiated twice (its data segments would be
// written again over state the code has changed), so the loader
// `__wasm_split.js` is patched to use a bundle only when NONE of its
// members has been started. A group's loader starts, synchronously, the
// loaders of every member of its closure not yet started: the loader counts
// those (the "claim"); when their number is the bundle's, they are the
// bundle's members, and all of them come from the one module. Otherwise
// (another group already loaded some shared chunks: a later navigation)
// each member is fetched on its own, as wasm-split's loader does.
//
// - A lazy part of a group's page (`#[leptos::lazy(<group>__<part>)]`: what
//   a cold load of the page does not show, loaded on the user's first step)
//   gets `bundle_<group>__<part>.wasm`: its closure without its group's.
// - German and English (`i18n_de`, `i18n_en`) are loaded before the app
//   mounts, so before the entry route's group, and share a few chunks with
//   most groups. Their bundles stay containers (4-byte little-endian header
//   length, a JSON header `[[name, offset, length], ...]`, the files' bytes)
//   whose modules are instantiated one by one, and each group bundle that
//   shares chunks with a language has a variant without them,
//   `bundle_<group>.<lang>.wasm`, which the loader uses when the language's
//   chunks are the ones already started (it checks that none of them is in
//   the claim) and boot.js fetches for that language.
//
// Prints (stdout) the route -> bundle map for boot.js as JSON:
// {"routes": {"/richiedi-pin": {"": "bundle_request.wasm", "de": ...}, ...},
//  "langs": {"de": "bundle_i18n_de.wasm", "en": ...}}
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const [pkg, mainRs] = process.argv.slice(2);
const wasmOpt = process.env.WASM_OPT;
if (!wasmOpt) throw new Error('wasm-bundles: WASM_OPT (binaryen wasm-opt) is not set');
const wasmMerge = join(dirname(wasmOpt), 'wasm-merge');
const wasmDis = join(dirname(wasmOpt), 'wasm-dis');
const features = (process.env.WASM_FEATURES || '').split(/\s+/).filter(Boolean);
const loaderPath = join(pkg, '__wasm_split.js');
let loader = readFileSync(loaderPath, 'utf8');

// Chunk loaders: `const __chunk_N = makeLoad(() => { ...fetch(new URL("./chunk_N.wasm"...` , [deps]);
// Group loaders: `export const __wasm_split_load_<module> = wrapAsyncCb(makeLoad(() => {... "./split_<module>.wasm" ...}, [deps]));`
const loaderRe = /(?:export )?const (__chunk_\d+|__wasm_split_load_(\w+)) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\);[\s\S]*?\n\}\n, \[([^\]]*)\]\)/g;
const files = new Map(); // loader name -> { file, deps, module, text }
for (const m of loader.matchAll(loaderRe)) {
  const deps = m[4].split(',').map((d) => d.trim()).filter(Boolean);
  files.set(m[1], { file: m[3], deps, module: m[2] || null, text: m[0] });
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
const byName = new Map(groups.map((g) => [nameOf(g), g]));
const LANGS = ['de', 'en'].filter((l) => byName.has(`i18n_${l}`));
const langClosure = Object.fromEntries(LANGS.map((l) => [l, new Set(closure(byName.get(`i18n_${l}`)))]));

// ------------------------------------------------------------------ bundles
const langs = {}; // lang -> container bundle
const variants = {}; // group -> [[member count, bundle file, ["./excluded", ...]], ...]
const routeVariant = {}; // group -> { "": bundle, de: bundle for German, ... }
const jobs = []; // [bundle file, members, optimize]
for (const [group, g] of byName) {
  const lang = LANGS.find((l) => group === `i18n_${l}`);
  if (lang) {
    const members = closure(g);
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
    langs[lang] = `bundle_${group}.wasm`;
    writeFileSync(join(pkg, langs[lang]), Buffer.concat([len, json, ...parts]));
    continue;
  }
  let members = closure(g);
  const cut = group.indexOf('__');
  if (cut > 0) {
    const parent = byName.get(group.slice(0, cut));
    if (!parent) throw new Error(`wasm-bundles: lazy part ${group}: no group ${group.slice(0, cut)}`);
    const held = new Set(closure(parent));
    members = members.filter((f) => !held.has(f));
  }
  const file = `bundle_${group}.wasm`;
  variants[group] = [[members.length, file, []]];
  routeVariant[group] = { '': file };
  jobs.push([file, members, true]);
  for (const l of LANGS) {
    const shared = members.filter((f) => langClosure[l].has(f)).map((f) => `./${f}`);
    if (shared.length === 0) continue;
    // (The same modules shared with both languages: one variant for both.)
    const same = variants[group].find(([, , excluded]) => excluded.join() === shared.join());
    if (same) {
      routeVariant[group][l] = same[1];
      continue;
    }
    const lfile = `bundle_${group}.${l}.wasm`;
    const rest = members.filter((f) => !langClosure[l].has(f));
    variants[group].push([rest.length, lfile, shared]);
    routeVariant[group][l] = lfile;
    // (Not optimized: the variants serve German and English only, and -O3
    // takes five seconds per bundle; about 4 KB brotli more.)
    jobs.push([lfile, rest, false]);
  }
}

// The stub: the three imports every chunk has, with the chunks' limits.
const dis = (await run(wasmDis, [join(pkg, jobs[0][1][1] ?? jobs[0][1][0])], { maxBuffer: 1 << 28 })).stdout;
const memMin = dis.match(/\(import "__wasm_split" "memory" \(memory \$\S+ (\d+)/)?.[1];
const tableMin = dis.match(/\(import "__wasm_split" "__indirect_function_table" \(table \$\S+ (\d+) funcref/)?.[1];
if (!memMin || !tableMin) throw new Error('wasm-bundles: a chunk without the expected imports');
const tmp = mkdtempSync(join(tmpdir(), 'wasm-bundles-'));
const stub = join(tmp, 'stub.wat');
writeFileSync(stub, `(module
 (import "__wasm_split_merged" "memory" (memory $m ${memMin}))
 (import "__wasm_split_merged" "__indirect_function_table" (table $t ${tableMin} funcref))
 (import "__wasm_split_merged" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`);
// (binaryen warns once per input about wasm-split's extended name sections.)
const quiet = (stderr) => stderr.split('\n').filter((l) => l && !l.startsWith('warning: unknown name subsection'));
async function merge([file, members, optimize]) {
  const out = join(pkg, file);
  const args = [stub, '__wasm_split', ...members.flatMap((f, i) => [join(pkg, f), `m${i}`]), ...features, '-o', out];
  const merged = await run(wasmMerge, args, { maxBuffer: 1 << 26 });
  for (const l of quiet(merged.stderr)) console.error(`wasm-merge ${file}: ${l}`);
  if (optimize) {
    const opt = await run(wasmOpt, ['-O3', ...features, out, '-o', out], { maxBuffer: 1 << 26 });
    for (const l of quiet(opt.stderr)) console.error(`wasm-opt ${file}: ${l}`);
  }
}
// Two at a time (the build machines have two cores).
const queue = [...jobs];
await Promise.all([0, 1].map(async () => {
  while (queue.length) await merge(queue.shift());
}));
rmSync(tmp, { recursive: true, force: true });

// ------------------------------------------------------------------ loader
// Every fetch of a module goes through __fetch, every instantiation through
// __instantiate, and each group's loader through __bundled.
const fetchRe = /fetch\(new URL\("(\.\/[\w.]+)", import\.meta\.url\)\)/g;
const instRe = /WebAssembly\.instantiateStreaming\(src, imports\)/g;
const loads = files.size;
if ((loader.match(fetchRe) || []).length !== loads || (loader.match(instRe) || []).length !== loads) {
  throw new Error('wasm-bundles: the loader does not fetch and instantiate each module as expected');
}
for (const g of groups) {
  const group = nameOf(g);
  if (!variants[group]) continue;
  const head = `wrapAsyncCb(makeLoad(`;
  if (!g.text.includes(head)) throw new Error(`wasm-bundles: group loader ${group} not recognised`);
  loader = loader.replace(g.text, () => `${g.text.replace(head, `wrapAsyncCb(__bundled(${JSON.stringify(group)}, makeLoad(`)})`);
}
loader = loader.replace(fetchRe, '__fetch("$1")').replace(instRe, '__instantiate(src, imports)');
loader = `${loader}
// Added by scripts/lib/wasm-bundles.mjs (see there): a group's modules come
// from its one merged module when none of them was started before; the
// others one by one, from the language's container fetched at start or from
// the network.
const __variants = ${JSON.stringify(variants)};
let __claim = null;
function __bundled(group, load) {
    return () => {
        if (__claim) return load();
        const claim = (__claim = []);
        let started;
        try {
            started = load();
        } finally {
            __claim = null;
        }
        if (claim.length === 0) return started;
        const names = new Set(claim.map(([name]) => name));
        const variant = __variants[group].find(([n, , excluded]) =>
            n === claim.length && !excluded.some((e) => names.has(e)));
        if (variant) {
            const instance = __merged(variant[1]);
            for (const [, resolve] of claim) resolve(instance);
        } else {
            for (const [name, resolve] of claim) resolve(__fetchOne(name));
        }
        return started;
    };
}
const __boot = () => globalThis.__pinInpsBoot || { merged: {}, containers: [] };
function __merged(file) {
    let instance;
    return (imports) => {
        if (!instance) {
            const boot = __boot().merged;
            const src = boot[file] || fetch(new URL("./" + file, import.meta.url));
            delete boot[file];
            instance = WebAssembly.instantiateStreaming(src, { __wasm_split_merged: imports.__wasm_split });
        }
        return instance;
    };
}
function __instantiate(src, imports) {
    return src.then((r) => (typeof r === "function" ? r(imports) : WebAssembly.instantiateStreaming(r, imports)));
}
function __fetch(name) {
    if (__claim) {
        const claim = __claim;
        return new Promise((resolve) => claim.push([name, resolve]));
    }
    return __fetchOne(name);
}
let __containers;
function __unpack(response) {
    return response.arrayBuffer().then((buf) => {
        const n = new DataView(buf).getUint32(0, true);
        const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
        const map = new Map();
        for (const [name, offset, length] of header) map.set("./" + name, new Uint8Array(buf, 4 + n + offset, length));
        return map;
    });
}
function __fetchOne(name) {
    if (__containers === undefined) {
        __containers = Promise.all(__boot().containers.map((p) =>
            p.then((r) => (r.ok ? __unpack(r) : new Map())).catch(() => new Map())));
    }
    return __containers.then((maps) => {
        for (const map of maps) {
            const bytes = map.get(name);
            if (bytes) {
                map.delete(name);
                return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
            }
        }
        return fetch(new URL(name, import.meta.url));
    });
}
`;
writeFileSync(loaderPath, loader);

// ------------------------------------------------------------------ routes
// Routes of app/src/main.rs: path!("/x") view=lazy::group::Page
const main = readFileSync(mainRs, 'utf8');
const routes = {};
for (const m of main.matchAll(/path!\("([^"]+)"\)\s+view=lazy::(\w+)::/g)) {
  // (main.rs may be newer than the wasm built from it: such a route just
  // loads its chunks one by one.)
  if (!variants[m[2]]) {
    console.error(`wasm-bundles: route ${m[1]}: no split module for group ${m[2]} in this build; no bundle`);
    continue;
  }
  routes[m[1]] = routeVariant[m[2]];
}
process.stdout.write(JSON.stringify({ routes, langs }));
