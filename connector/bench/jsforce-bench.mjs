// The jsforce side of `scripts/bench connector`: the same Bulk API 2.0 read and upsert the
// connector does, timed, with the API requests counted by devorg. Prints one JSON line per step.
//   node jsforce-bench.mjs URL RECORDS
import { createRequire } from 'node:module';
import path from 'node:path';

// jsforce lives in the tool cache (scripts/lib/node-tools.sh), not in the source tree.
const req = createRequire(path.join(process.env.BW_NODE_MODULES, '..', 'resolve-from-here.js'));
const jsforce = req('jsforce');
const { QueryJobV2 } = req('jsforce/lib/api/bulk2');
const { parse } = req('csv-parse/sync');

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

let measuring = false;

async function step(name, fn) {
  const before = await apiUsed();
  const t0 = process.hrtime.bigint();
  const n = await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const calls = (await apiUsed()) - before;
  if (measuring) console.log(JSON.stringify({ client: 'jsforce', step: name, records: n, seconds, calls }));
}

const poll = { pollInterval: 100, pollTimeout: 600000 };

// bulk2.query() pipes every results page into one CSV parser and breaks on the second page's
// header (jsforce issue #1546), so the job is jsforce's and the pages are fetched one by one,
// parsed with the csv-parse jsforce itself uses.
async function round() {
await step('read', async () => {
  const job = new QueryJobV2(conn, {
    bodyParams: {
      operation: 'query',
      query: "SELECT Id, Name, Industry, AnnualRevenue, NumberOfEmployees, Bench_Key__c, SystemModstamp FROM Account WHERE Bench_Key__c LIKE 'K-%'",
    },
    pollingOptions: conn.bulk2,
  });
  await job.open();
  await job.poll(poll.pollInterval, poll.pollTimeout);
  let n = 0;
  let locator = '';
  do {
    const r = await fetch(`${url}/services/data/v${version}/jobs/query/${job.id}/results${locator ? `?locator=${locator}` : ''}`,
      { headers: { Authorization: `Bearer ${conn.accessToken}`, Accept: 'text/csv' } });
    if (!r.ok) throw new Error(`results: HTTP ${r.status}`);
    n += parse(await r.text(), { columns: true }).length;
    locator = r.headers.get('sforce-locator');
  } while (locator && locator !== 'null');
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
}

// A warm-up round first (devorg's and V8's JIT), then the measured round: both upsert the same keys,
// so the measured upsert updates records, as the connector's measured round does.
await round();
measuring = true;
await round();
