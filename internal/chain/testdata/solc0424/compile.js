// compile.js compiles SRC with solc 0.4.24 (npm) through standard JSON, optimiser on
// (200 runs) and off, writing NAME.abi and NAME.(un)optimized.bin-runtime (hex) to OUT_DIR.
// Usage: node compile.js NODE_MODULES SRC OUT_DIR
const fs = require('fs'), path = require('path');
const [solcDir, src, out] = process.argv.slice(2);
const solc = require(path.resolve(solcDir, 'solc'));
const name = path.basename(src, '.sol');
for (const opt of [true, false]) {
  const input = {language: 'Solidity', sources: {[path.basename(src)]: {content: fs.readFileSync(src, 'utf8')}},
    settings: {optimizer: {enabled: opt, runs: 200}, outputSelection: {'*': {'*': ['abi', 'evm.deployedBytecode.object']}}}};
  const o = JSON.parse(solc.compileStandardWrapper(JSON.stringify(input)));
  for (const e of o.errors || []) { console.error(e.formattedMessage); if (e.severity === 'error') process.exit(1); }
  const c = o.contracts[path.basename(src)][name];
  fs.writeFileSync(path.join(out, name + '.abi'), JSON.stringify(c.abi) + '\n');
  fs.writeFileSync(path.join(out, name + (opt ? '.optimized' : '.unoptimized') + '.bin-runtime'), c.evm.deployedBytecode.object + '\n');
}
console.error(solc.version());
