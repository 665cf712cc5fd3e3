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
// written again over state the code has changed). So the loader, which this
// script writes in place of wasm-split's `__wasm_split.js` (see "loader"
// below), knows each group's closure and uses a bundle only when its
// members are exactly the group's modules not yet started. Otherwise
// (another group already loaded some shared chunks: a later navigation)
// each of them is fetched on its own, as wasm-split's loader does.
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
//   `bundle_<group>.<lang>.wasm`, which the loader uses once the language's
//   modules are loaded and the start-up code of app.js fetches for that
//   language.
//
// Prints (stdout) the route -> bundle map for the start-up code that
// build-app.sh appends to app.js, as JSON:
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
const files = new Map(); // loader name -> { file, deps, module }
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
const byName = new Map(groups.map((g) => [nameOf(g), g]));
const LANGS = ['de', 'en'].filter((l) => byName.has(`i18n_${l}`));

// The loader below starts a group's modules all at once, in no order: that
// holds only while none has a start function (wasm section 8).
for (const { file } of files.values()) {
  const b = readFileSync(join(pkg, file));
  for (let i = 8; i < b.length; ) {
    const id = b[i++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const c = b[i++];
      size += (c & 127) * 2 ** shift;
      if (c < 128) break;
    }
    if (id === 8) throw new Error(`wasm-bundles: ${file} has a start function`);
    i += size;
  }
}

// ------------------------------------------------------------------ bundles
// A bundle's members: the group's closure without the closures of `minus`
// (for a lazy part, its group; for a language variant, the language). The
// loader computes the same sets from the closures it is given.
const members = (group, minus) => {
  const held = new Set(minus.flatMap((m) => closure(byName.get(m))));
  return closure(byName.get(group)).filter((f) => !held.has(f));
};
const langs = {}; // lang -> container bundle
const variants = {}; // group -> [[bundle file, [minus group, ...]], ...]
const routeVariant = {}; // group -> { "": bundle, de: bundle for German, ... }
const jobs = []; // [bundle file, members, optimize]
for (const [group, g] of byName) {
  const lang = LANGS.find((l) => group === `i18n_${l}`);
  if (lang) {
    const list = closure(g);
    const parts = list.map((f) => readFileSync(join(pkg, f)));
    let offset = 0;
    const header = list.map((f, i) => {
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
  const cut = group.indexOf('__');
  const parent = cut > 0 ? [group.slice(0, cut)] : [];
  if (cut > 0 && !byName.has(parent[0])) throw new Error(`wasm-bundles: lazy part ${group}: no group ${parent[0]}`);
  const file = `bundle_${group}.wasm`;
  const own = members(group, parent);
  variants[group] = [[file, parent]];
  routeVariant[group] = { '': file };
  jobs.push([file, own, true]);
  const seen = [own.join()];
  for (const l of LANGS) {
    const rest = members(group, [...parent, `i18n_${l}`]);
    const same = seen.indexOf(rest.join());
    if (same >= 0) {
      // (Nothing shared with the language, or the same as with the other.)
      routeVariant[group][l] = variants[group][same][0];
      continue;
    }
    const lfile = `bundle_${group}.${l}.wasm`;
    variants[group].push([lfile, [...parent, `i18n_${l}`]]);
    seen.push(rest.join());
    routeVariant[group][l] = lfile;
    // (Not optimized: the variants serve German and English only, and -O3
    // takes five seconds per bundle; about 4 KB brotli more.)
    jobs.push([lfile, rest, false]);
  }
}

// The stub: the three imports every chunk has, with the chunks' limits.
const sample = jobs[0][1].find((f) => f.startsWith('chunk_')) ?? jobs[0][1][0];
const dis = (await run(wasmDis, [join(pkg, sample)], { maxBuffer: 1 << 28 })).stdout;
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
// wasm-split's loader defines one loader per module (about 560), each with
// the list of the modules it needs: 64 KB, 5.2 KB brotli, on every first
// load. Its replacement is given each group's closure (numbers of chunks,
// sorted, as base-36 differences: 1.3 KB brotli) and loads a group's modules
// all at once: no module has a start function, and the group's code runs
// only once all of them are instantiated, so their order does not matter.
const shared = loader.match(/const \{ ([\w, ]+?),? *\} = initSync\(undefined, undefined\);/);
if (!shared) throw new Error('wasm-bundles: the loader does not take its imports from initSync as expected');
const closures = {};
for (const [group, g] of byName) {
  let prev = 0;
  const nums = closure(g)
    .slice(1)
    .map((f) => {
      const n = /^chunk_(\d+)\.wasm$/.exec(f);
      if (!n) throw new Error(`wasm-bundles: ${group}: a module of its closure is not a chunk: ${f}`);
      return Number(n[1]);
    })
    .sort((a, b) => a - b);
  closures[group] = [g.file, nums.map((n) => { const d = (n - prev).toString(36); prev = n; return d; }).join(',')];
}
const exportsOf = groups
  .map((g) => `export const __wasm_split_load_${g.module} = wrapAsyncCb(() => load(${JSON.stringify(nameOf(g))}));`)
  .join('\n');
loader = `// Generated by scripts/lib/wasm-bundles.mjs from wasm-split's loader.
import { initSync } from "./app.js";

let shared;
function sharedImports() {
    if (shared === undefined) {
        const { ${shared[1]} } = initSync(undefined, undefined);
        shared = { ${shared[1]} };
    }
    return shared;
}
function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        let success;
        try {
            await callee();
            success = true;
        } catch (e) {
            console.error(e);
            success = false;
        } finally {
            sharedImports().__indirect_function_table.get(callbackIndex)(callbackData, success);
        }
    };
}
// Each group: its module, and the numbers of the chunks of its closure.
const closures = ${JSON.stringify(closures)};
// Each group's bundles: [file, [groups whose closures its members leave out]].
const variants = ${JSON.stringify(variants)};
const memo = {};
function closure(group) {
    if (!memo[group]) {
        let n = 0;
        const [file, list] = closures[group];
        memo[group] = [file, ...(list ? list.split(",") : []).map((d) => "chunk_" + (n += parseInt(d, 36)) + ".wasm")];
    }
    return memo[group];
}
function members(group, minus) {
    const held = new Set(minus.flatMap(closure));
    return closure(group).filter((f) => !held.has(f));
}
// Module file -> its instantiation, started once. Only successes are kept:
// after a failed download the next load starts afresh.
const loads = new Map();
function load(group) {
    const all = closure(group);
    const fresh = all.filter((f) => !loads.has(f));
    if (fresh.length) {
        // A bundle only if its members are exactly the modules not yet
        // started: none is ever instantiated twice.
        const set = new Set(fresh);
        const variant = (variants[group] || []).find(([, minus]) => {
            const m = members(group, minus);
            return m.length === fresh.length && m.every((f) => set.has(f));
        });
        const one = variant && merged(variant[0]);
        for (const f of fresh) {
            const p = one || fetchOne(f).then((r) => WebAssembly.instantiateStreaming(r, { __wasm_split: sharedImports() }));
            loads.set(f, p);
            p.catch(() => {
                if (loads.get(f) === p) loads.delete(f);
            });
        }
    }
    return Promise.all(all.map((f) => loads.get(f)));
}
const boot = () => globalThis.__pinInpsBoot || { merged: {}, containers: [] };
function merged(file) {
    const started = boot().merged;
    const src = started[file] || fetch(new URL("./" + file, import.meta.url));
    delete started[file];
    return WebAssembly.instantiateStreaming(src, { __wasm_split_merged: sharedImports() });
}
// One module: from the language's container fetched at start, or alone.
let containers;
function unpack(response) {
    return response.arrayBuffer().then((buf) => {
        const n = new DataView(buf).getUint32(0, true);
        const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
        const map = new Map();
        for (const [name, offset, length] of header) map.set(name, new Uint8Array(buf, 4 + n + offset, length));
        return map;
    });
}
function fetchOne(file) {
    if (containers === undefined) {
        containers = Promise.all(boot().containers.map((p) =>
            p.then((r) => (r.ok ? unpack(r) : new Map())).catch(() => new Map())));
    }
    return containers.then((maps) => {
        for (const map of maps) {
            const bytes = map.get(file);
            if (bytes) {
                map.delete(file);
                return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
            }
        }
        return fetch(new URL("./" + file, import.meta.url));
    });
}
${exportsOf}
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
