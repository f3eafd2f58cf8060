// compile.js compiles the Solidity sources of this folder through solc's
// standard JSON and writes <Name>.abi, <Name>.bin (creation code) and
// <Name>.bin-runtime (the code a deployment leaves at its address, immutables
// as zeros: for a genesis block, and for tests reading the code a contract
// runs) for each deployed contract. Usage: node compile.js SRC_DIR NODE_MODULES OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');

const [srcDir, modules, outDir] = process.argv.slice(2);
if (!srcDir || !modules || !outDir) {
  console.error('usage: node compile.js SRC_DIR NODE_MODULES OUT_DIR');
  process.exit(2);
}
const solc = require(path.join(path.resolve(modules), 'solc'));

// The contracts that get artifacts: file (source unit name) and contract name.
const targets = [
  ['VesselShares.sol', 'VesselShares'],
  ['VesselDeeds.sol', 'VesselDeeds'],
  ['PermissionedShares.sol', 'PermissionedShares'],
  ['Identity.sol', 'Identity'],
  ['LyingShares.sol', 'LyingShares'],
  ['BlacklistShares.sol', 'BlacklistShares'],
  ['CallsOut.sol', 'CallsOut'],
  ['SelfBurn.sol', 'SelfBurn'],
  ['VesselParts.sol', 'VesselParts'],
  ['Multicall3.sol', 'Multicall3'],
  ['@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol', 'ERC1967Proxy'],
  ['ShareToken.sol', 'ShareToken'],
  ['ShareFactory.sol', 'ShareFactory'],
  ['@openzeppelin/contracts/proxy/beacon/UpgradeableBeacon.sol', 'UpgradeableBeacon'],
  ['@openzeppelin/contracts/proxy/beacon/BeaconProxy.sol', 'BeaconProxy'],
  ['Receipt.sol', 'Receipt'],
  ['ReceiptIssuer.sol', 'ReceiptIssuer'],
  ['CodeSizes.sol', 'CodeSizes'],
];

function findFile(name) {
  for (const dir of [srcDir, modules]) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

function findImports(name) {
  const p = findFile(name);
  if (p === null) return { error: 'not found: ' + name };
  return { contents: fs.readFileSync(p, 'utf8') };
}

const sources = {};
for (const [file] of targets) {
  const p = findFile(file);
  if (p === null) {
    console.error('compile.js: source not found: ' + file);
    process.exit(1);
  }
  sources[file] = { content: fs.readFileSync(p, 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  console.error(e.formattedMessage);
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const [file, name] of targets) {
  const c = output.contracts[file] && output.contracts[file][name];
  if (!c) {
    console.error('compile.js: no output for ' + file + ':' + name);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi));
  fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object);
  fs.writeFileSync(path.join(outDir, name + '.bin-runtime'), c.evm.deployedBytecode.object);
}
console.error('compile.js: solc ' + solc.version() + ', ' + targets.length + ' contracts');
