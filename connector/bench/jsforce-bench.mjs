// The jsforce side of `scripts/bench connector`: the same Bulk API 2.0 read and upsert the
// connector does, timed, with the API requests counted by devorg. Prints one JSON line per step.
//   node jsforce-bench.mjs URL RECORDS
import { createRequire } from 'node:module';
import path from 'node:path';

// jsforce lives in the tool cache (scripts/lib/node-tools.sh), not in the source tree.
const jsforce = createRequire(path.join(process.env.BW_NODE_MODULES, '..', 'resolve-from-here.js'))('jsforce');

const [url, recordsArg] = process.argv.slice(2);
const records = Number(recordsArg ?? 100000);
const version = '64.0';

const conn = new jsforce.Connection({
  oauth2: { loginUrl: url, clientId: 'bellwether-cli', clientSecret: 'bellwether-secret' },
  version,
});
await conn.login('admin@bellwether.devorg', 'bellwether');

async function apiUsed() {
  const r = await fetch(`${url}/devorg/admin/status`, { headers: { Authorization: `Bearer ${conn.accessToken}` } });
  return (await r.json()).apiUsage.used;
}

async function step(name, fn) {
  const before = await apiUsed();
  const t0 = process.hrtime.bigint();
  const n = await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const calls = (await apiUsed()) - before;
  console.log(JSON.stringify({ client: 'jsforce', step: name, records: n, seconds, calls }));
}

const poll = { pollInterval: 100, pollTimeout: 600000 };

await step('read', async () => {
  const stream = await conn.bulk2.query(
    "SELECT Id, Name, Industry, AnnualRevenue, NumberOfEmployees, Bench_Key__c, SystemModstamp FROM Account WHERE Bench_Key__c LIKE 'K-%'",
    poll);
  let n = 0;
  for await (const _ of stream) n++;
  return n;
});

await step('upsert', async () => {
  const rows = ['Bench_Key__c,Name,Industry,AnnualRevenue,NumberOfEmployees'];
  for (let i = 0; i < records; i++) {
    rows.push(`J-${i},Jsforce Bench ${i},Technology,${1000 + i},${i % 5000}`);
  }
  const res = await conn.bulk2.loadAndWaitForResults({
    object: 'Account', operation: 'upsert', externalIdFieldName: 'Bench_Key__c',
    input: rows.join('\n') + '\n', ...poll,
  });
  if (res.failedResults.length > 0) throw new Error(`${res.failedResults.length} failed`);
  return res.successfulResults.length;
});
