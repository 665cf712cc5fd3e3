// Times codice-fiscale-js 2.4.0's full parse, `new CodiceFiscale(code)`.
// Usage: node bench_js.js CODES_FILE [N]   (NODE_PATH must reach node_modules)
const fs = require("fs");
const { CodiceFiscale } = require("codice-fiscale-js");
const codes = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l);
const n = Math.min(codes.length, parseInt(process.argv[3] || `${codes.length}`, 10));
for (let i = 0; i < Math.min(n, 1000); i++) { try { new CodiceFiscale(codes[i]); } catch (e) {} }
let valid = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) {
  try { new CodiceFiscale(codes[i]); valid++; } catch (e) {}
}
const s = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`codice-fiscale-js 2.4.0 new CodiceFiscale: ${(s * 1e9 / n).toFixed(1).padStart(10)} ns/code ${(n / s).toFixed(0).padStart(12)} codes/s  total ${s.toFixed(3)} s on ${n} codes (${valid} valid)`);
