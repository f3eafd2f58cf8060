// A plain ethers.js holder rebuild, the baseline the audit is compared with:
// one eth_getLogs for the token's Transfer events over the range, each log
// decoded with ethers' Interface, balances kept as BigInt.
//
//   node bench/ethers/holders.js URL TOKEN FROM_BLOCK TO_BLOCK
//
// Prints one JSON line: {"ms": ..., "logs": ..., "holders": ...}.
const { ethers } = require('ethers');

async function main() {
  const [url, token, from, to] = process.argv.slice(2);
  const provider = new ethers.JsonRpcProvider(url, undefined, { staticNetwork: true });
  const iface = new ethers.Interface(['event Transfer(address indexed from, address indexed to, uint256 value)']);
  const start = performance.now();
  const logs = await provider.getLogs({
    address: token,
    topics: [iface.getEvent('Transfer').topicHash],
    fromBlock: Number(from),
    toBlock: Number(to),
  });
  const balances = new Map();
  for (const log of logs) {
    const ev = iface.parseLog(log);
    const { from: src, to: dst, value } = ev.args;
    if (src !== ethers.ZeroAddress) balances.set(src, (balances.get(src) || 0n) - value);
    if (dst !== ethers.ZeroAddress) balances.set(dst, (balances.get(dst) || 0n) + value);
  }
  let holders = 0;
  for (const v of balances.values()) if (v > 0n) holders++;
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, logs: logs.length, holders }));
  provider.destroy();
}

main().catch((e) => { console.error(e); process.exit(1); });
