#!/usr/bin/env node
// Conformance checks for devorg using the real jsforce client (pinned in package.json).
//
// Env: DEVORG_URL (http://127.0.0.1:7443), DEVORG_USER, DEVORG_PASSWORD,
//      DEVORG_CLIENT_ID, DEVORG_CLIENT_SECRET,
//      BW_NODE_MODULES (set by scripts/lib/node-tools.sh; where jsforce is installed),
//      CHECK_TIMEOUT_MS (default 60000; heavy checks get 3x), ONLY (comma list of check names).
// Output: one line per check, `PASS <name>` or `FAIL <name>: <reason>`, then
//         `jsforce: N passed, M failed`. Exit 1 if any check failed.
//
// Each run uses a unique tag (RUN) in record names and external ids, so it can run
// repeatedly against a long-lived org without counting other runs' records.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const API_VERSION = '64.0';

// ---------- load the pinned jsforce (installed into the cache, not the source tree) ----------
const req = process.env.BW_NODE_MODULES
  ? createRequire(path.join(process.env.BW_NODE_MODULES, '..', 'resolve-from-here.js'))
  : createRequire(import.meta.url);
let jsforce;
try {
  jsforce = req('jsforce');
} catch (e) {
  console.error(`cannot load jsforce (source scripts/lib/node-tools.sh and run bw_node_tools): ${e.message}`);
  console.log('FAIL jsforce-load: ' + oneLine(e.message));
  console.log('jsforce: 0 passed, 1 failed');
  process.exit(1);
}
{
  const pinned = JSON.parse(readFileSync(path.join(HERE, 'package.json'), 'utf8')).dependencies.jsforce;
  if (jsforce.VERSION !== pinned) {
    console.error(`warning: loaded jsforce ${jsforce.VERSION}, package.json pins ${pinned}`);
  }
}

// ---------- config ----------
const env = (k, d) => process.env[k] || d;
const URL_ = env('DEVORG_URL', 'http://127.0.0.1:7443').replace(/\/+$/, '');
const USER = env('DEVORG_USER', 'admin@bellwether.devorg');
const PASSWORD = env('DEVORG_PASSWORD', 'bellwether');
const CLIENT_ID = env('DEVORG_CLIENT_ID', 'bellwether-cli');
const CLIENT_SECRET = env('DEVORG_CLIENT_SECRET', 'bellwether-secret');
const TIMEOUT = Number(env('CHECK_TIMEOUT_MS', '60000'));
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',').map((s) => s.trim())) : null;
const RUN = Date.now().toString(36) + Math.floor(Math.random() * 1296).toString(36).padStart(2, '0');

// ---------- helpers ----------
function oneLine(s) {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > 400 ? t.slice(0, 397) + '...' : t;
}

function reason(e) {
  if (e == null) return 'unknown error';
  if (typeof e !== 'object') return oneLine(e);
  let msg = e.message || String(e);
  if (e.errorCode && !msg.startsWith(e.errorCode)) msg = `${e.errorCode}: ${msg}`;
  else if (e.name && e.name !== 'Error' && !msg.startsWith(e.name)) msg = `${e.name}: ${msg}`;
  // undici: TypeError('fetch failed') with cause { code: 'ECONNREFUSED' }
  let c = e.cause;
  for (let i = 0; c && i < 3; i++, c = c.cause) {
    const m = c.message && c.code && c.message.includes(c.code) ? c.message : [c.code, c.message].filter(Boolean).join(' ');
    if (m) msg += ` (${m})`;
  }
  return oneLine(msg);
}

class CheckError extends Error {}
function expect(cond, msg) {
  if (!cond) throw new CheckError(typeof msg === 'function' ? msg() : msg);
}
const j = (v) => oneLine(JSON.stringify(v));

async function expectReject(promise, errorCode, what) {
  let res;
  try {
    res = await promise;
  } catch (e) {
    expect(e.errorCode === errorCode, () => `${what}: expected errorCode ${errorCode}, got ${reason(e)}`);
    return e;
  }
  throw new CheckError(`${what}: expected rejection with ${errorCode}, got ${j(res)}`);
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, rej) => {
      timer = setTimeout(() => rej(new CheckError(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function newConn(extra = {}) {
  return new jsforce.Connection({ version: API_VERSION, ...extra });
}

// One authenticated connection shared by the data checks: OAuth password grant, falling
// back to SOAP login. Memoised, including failure, so a dead server fails fast everywhere.
let sessionPromise;
function session() {
  if (!sessionPromise) {
    sessionPromise = withTimeout((async () => {
      const errs = [];
      try {
        const c = newConn({ oauth2: { loginUrl: URL_, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
        await c.login(USER, PASSWORD);
        if (c.accessToken && c.instanceUrl) return c;
        errs.push('oauth: no accessToken/instanceUrl');
      } catch (e) {
        errs.push('oauth: ' + reason(e));
      }
      try {
        const c = newConn({ loginUrl: URL_ });
        await c.login(USER, PASSWORD);
        if (c.accessToken && c.instanceUrl) return c;
        errs.push('soap: no accessToken/instanceUrl');
      } catch (e) {
        errs.push('soap: ' + reason(e));
      }
      throw new CheckError('no session (' + errs.join('; ') + ')');
    })(), TIMEOUT, 'session').catch((e) => {
      throw new CheckError(e.message.startsWith('no session') ? e.message : `no session (${reason(e)})`);
    });
  }
  return sessionPromise;
}

async function createAll(conn, type, records, options = {}) {
  const out = [];
  for (let i = 0; i < records.length; i += 200) {
    const batch = records.slice(i, i + 200);
    const res = await conn.sobject(type).create(batch, options);
    expect(Array.isArray(res) && res.length === batch.length,
      () => `create ${type} batch at ${i}: expected ${batch.length} results, got ${j(res)}`);
    const bad = res.findIndex((r) => !r.success || !r.id);
    expect(bad < 0, () => `create ${type} record ${i + bad} failed: ${j(res[bad])}`);
    out.push(...res);
  }
  return out;
}

async function count(conn, soql) {
  const r = await conn.query(soql);
  return r.totalSize;
}

function collectStream(rs) {
  return new Promise((resolve, reject) => {
    const out = [];
    rs.on('record', (r) => out.push(r));
    rs.on('error', reject);
    rs.on('end', () => resolve(out));
  });
}

// ---------- checks ----------
const checks = [];
const check = (name, fn, factor = 1) => checks.push({ name, fn, factor });

check('soap-login-v64', async () => {
  const conn = newConn({ loginUrl: URL_ });
  const ui = await conn.login(USER, PASSWORD);
  expect(conn.accessToken, 'no accessToken after SOAP login');
  expect(conn.instanceUrl && /^https?:\/\//.test(conn.instanceUrl), () => `bad instanceUrl ${j(conn.instanceUrl)}`);
  expect(ui && ui.organizationId, () => `login() result has no organizationId: ${j(ui)}`);
  expect(conn.userInfo && conn.userInfo.organizationId, 'conn.userInfo.organizationId missing');
  expect(ui.id, 'login() result has no user id');
});

check('oauth-password-login', async () => {
  const conn = newConn({ oauth2: { loginUrl: URL_, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
  const ui = await conn.login(USER, PASSWORD);
  expect(conn.accessToken, 'no accessToken after OAuth password login');
  expect(conn.instanceUrl, 'no instanceUrl (token response instance_url)');
  expect(ui.organizationId && ui.id, () => `token response "id" did not parse to org/user: ${j(ui)}`);
  const id = await conn.identity();
  expect(id && id.username === USER, () => `identity().username: expected ${USER}, got ${j(id && id.username)}`);
  expect(id.organization_id === ui.organizationId, () => `identity().organization_id ${j(id.organization_id)} != ${ui.organizationId}`);
  // A wrong password must be rejected, not logged in.
  const bad = newConn({ oauth2: { loginUrl: URL_, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });
  try {
    await bad.login(USER, PASSWORD + '-wrong');
  } catch (e) {
    expect(e.name === 'invalid_grant', () => `wrong password: expected error invalid_grant, got ${reason(e)}`);
    return;
  }
  throw new CheckError('wrong password was accepted');
});

check('query-and-queryMore', async () => {
  const conn = await session();
  const N = 2500;
  const prefix = `Conf ${RUN} `;
  const recs = Array.from({ length: N }, (_, i) => ({ Name: prefix + String(i).padStart(4, '0') }));
  await createAll(conn, 'Account', recs, { allOrNone: true });
  const soql = `SELECT Id, Name FROM Account WHERE Name LIKE '${prefix}%'`;

  const all = await conn.query(soql, { autoFetch: true, maxFetch: 10000 });
  expect(all.totalSize === N, () => `autoFetch totalSize ${all.totalSize}, expected ${N}`);
  expect(all.records.length === N, () => `autoFetch returned ${all.records.length} records, expected ${N}`);
  expect(new Set(all.records.map((r) => r.Id)).size === N, 'autoFetch returned duplicate Ids across pages');
  expect(all.records.every((r) => r.attributes && r.attributes.type === 'Account'), 'records lack attributes.type');

  const first = await conn.query(soql);
  expect(first.totalSize === N, () => `first page totalSize ${first.totalSize}, expected ${N}`);
  expect(first.done === false && first.nextRecordsUrl,
    () => `first page of ${N} rows should have done=false and nextRecordsUrl (batch <= 2000); got done=${first.done} records=${first.records.length}`);
  expect(first.records.length > 0 && first.records.length < N, () => `first page has ${first.records.length} records`);
  const ids = new Set(first.records.map((r) => r.Id));
  let next = first.nextRecordsUrl;
  for (let pages = 1; next; pages++) {
    expect(pages < 50, 'more than 50 pages');
    const page = await conn.queryMore(next);
    expect(Array.isArray(page.records), () => `queryMore returned ${j(page)}`);
    for (const r of page.records) ids.add(r.Id);
    next = page.done ? null : page.nextRecordsUrl;
    expect(page.done || next, 'page has done=false but no nextRecordsUrl');
  }
  expect(ids.size === N, () => `manual queryMore collected ${ids.size} distinct records, expected ${N}`);
}, 3);

check('crud', async () => {
  const conn = await session();
  const acc = await conn.sobject('Account').create({ Name: `Conf ${RUN} crud` });
  expect(acc.success && acc.id, () => `create Account: ${j(acc)}`);
  const c = await conn.sobject('Contact').create({ FirstName: 'Conf', LastName: `Crud ${RUN}`, AccountId: acc.id });
  expect(c.success && c.id && Array.isArray(c.errors), () => `create Contact: ${j(c)}`);
  const r1 = await conn.sobject('Contact').retrieve(c.id);
  expect(r1.Id === c.id, () => `retrieve Id ${j(r1.Id)} != ${c.id}`);
  expect(r1.LastName === `Crud ${RUN}`, () => `retrieve LastName ${j(r1.LastName)}`);
  expect(r1.AccountId === acc.id, () => `retrieve AccountId ${j(r1.AccountId)} != ${acc.id}`);
  const u = await conn.sobject('Contact').update({ Id: c.id, LastName: `Crud2 ${RUN}` });
  expect(u.success, () => `update: ${j(u)}`);
  const r2 = await conn.sobject('Contact').retrieve(c.id);
  expect(r2.LastName === `Crud2 ${RUN}`, () => `after update LastName ${j(r2.LastName)}`);
  const d = await conn.sobject('Contact').destroy(c.id);
  expect(d.success, () => `destroy: ${j(d)}`);
  await expectReject(conn.sobject('Contact').retrieve(c.id), 'NOT_FOUND', 'retrieve after destroy');
  const e = await expectReject(conn.sobject('Contact').create({ FirstName: 'NoLastName' }),
    'REQUIRED_FIELD_MISSING', 'create Contact without LastName');
  const fields = e.data && e.data.fields;
  expect(Array.isArray(fields) && fields.includes('LastName'), () => `REQUIRED_FIELD_MISSING fields: ${j(fields)}`);
});

check('upsert-external-id', async () => {
  const conn = await session();
  const acc = await conn.sobject('Account').create({ Name: `Conf ${RUN} upsert` });
  expect(acc.success, () => `create Account: ${j(acc)}`);
  const ext = `CONF-${RUN}`;
  const H = conn.sobject('CS_Health__c');
  const r1 = await H.upsert({ External_Id__c: ext, Account__c: acc.id, Score__c: 10 }, 'External_Id__c');
  expect(r1.success && r1.id && r1.created === true, () => `first upsert: expected success, id, created:true; got ${j(r1)}`);
  const r2 = await H.upsert({ External_Id__c: ext, Account__c: acc.id, Score__c: 20 }, 'External_Id__c');
  expect(r2.success && r2.created === false,
    () => `second upsert: expected success, created:false (200 + body, not 204); got ${j(r2)}`);
  expect(r2.id === r1.id, () => `second upsert id ${j(r2.id)} != first ${r1.id}`);
  const rec = await H.retrieve(r1.id);
  expect(rec.Score__c === 20, () => `Score__c after upsert: ${j(rec.Score__c)}`);
  expect(rec.External_Id__c === ext, () => `External_Id__c: ${j(rec.External_Id__c)}`);
  const n = await count(conn, `SELECT Id FROM CS_Health__c WHERE External_Id__c = '${ext}'`);
  expect(n === 1, () => `${n} CS_Health__c rows with External_Id__c=${ext}, expected 1`);
});

check('composite-collections', async () => {
  const conn = await session();
  const A = conn.sobject('Account');
  const nm = (s) => `Coll ${RUN} ${s}`;

  // create, allOrNone=false: per-record results in order
  const r = await A.create([{ Name: nm('a') }, { Industry: 'Energy' }, { Name: nm('c') }]);
  expect(Array.isArray(r) && r.length === 3, () => `create: ${j(r)}`);
  expect(r[0].success && r[2].success && !r[1].success, () => `create mixed: ${j(r)}`);
  const err1 = r[1].errors && r[1].errors[0];
  expect(err1 && err1.statusCode === 'REQUIRED_FIELD_MISSING', () => `bad record error: ${j(r[1].errors)}`);

  // create, allOrNone=true with one bad record: nothing written
  const r2 = await A.create([{ Name: nm('aon') }, { Industry: 'Energy' }], { allOrNone: true });
  expect(Array.isArray(r2) && r2.length === 2 && r2.every((x) => x.success === false),
    () => `allOrNone create: expected two success:false results, got ${j(r2)}`);
  expect(r2[0].errors && r2[0].errors[0] && r2[0].errors[0].statusCode === 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
    () => `allOrNone good record error: ${j(r2[0].errors)}`);
  const n2 = await count(conn, `SELECT Id FROM Account WHERE Name = '${nm('aon')}'`);
  expect(n2 === 0, () => `allOrNone create wrote ${n2} records`);

  // update many
  const u = await A.update([{ Id: r[0].id, Name: nm('a2') }, { Id: r[2].id, Name: nm('c2') }]);
  expect(Array.isArray(u) && u.length === 2 && u.every((x) => x.success), () => `update: ${j(u)}`);
  expect(u[0].id === r[0].id && u[1].id === r[2].id, () => `update result ids: ${j(u)}`);
  const q = await conn.query(`SELECT Id, Name FROM Account WHERE Id IN ('${r[0].id}','${r[2].id}') ORDER BY Name`);
  expect(q.records.map((x) => x.Name).join('|') === `${nm('a2')}|${nm('c2')}`, () => `after update: ${j(q.records.map((x) => x.Name))}`);

  // update, allOrNone=true with one bad Id: nothing changed
  const u2 = await A.update([{ Id: r[0].id, Name: nm('a3') }, { Id: '001000000000000AAA', Name: nm('x') }], { allOrNone: true });
  expect(Array.isArray(u2) && u2.length === 2 && u2.every((x) => x.success === false), () => `allOrNone update: ${j(u2)}`);
  const a0 = await A.retrieve(r[0].id);
  expect(a0.Name === nm('a2'), () => `allOrNone update changed Name to ${j(a0.Name)}`);

  // upsert many by external id (parent account is not deleted below: Account__c is a required lookup)
  const parent = await A.create({ Name: nm('parent') });
  const H = conn.sobject('CS_Health__c');
  const e = (k) => `COLL-${RUN}-${k}`;
  const up1 = await H.upsert([
    { External_Id__c: e(1), Account__c: parent.id, Score__c: 1 },
    { External_Id__c: e(2), Account__c: parent.id, Score__c: 2 },
  ], 'External_Id__c');
  expect(Array.isArray(up1) && up1.length === 2 && up1.every((x) => x.success && x.created === true && x.id),
    () => `upsert batch 1: ${j(up1)}`);
  const up2 = await H.upsert([
    { External_Id__c: e(1), Account__c: parent.id, Score__c: 11 },
    { External_Id__c: e(3), Account__c: parent.id, Score__c: 3 },
  ], 'External_Id__c');
  expect(Array.isArray(up2) && up2.length === 2 && up2.every((x) => x.success), () => `upsert batch 2: ${j(up2)}`);
  expect(up2[0].created === false && up2[0].id === up1[0].id, () => `upsert existing: ${j(up2[0])} (first id ${up1[0].id})`);
  expect(up2[1].created === true, () => `upsert new: ${j(up2[1])}`);
  const s = await H.retrieve(up1[0].id);
  expect(s.Score__c === 11, () => `Score__c after batch upsert: ${j(s.Score__c)}`);

  // destroy many
  const d = await A.destroy([r[0].id, r[2].id]);
  expect(Array.isArray(d) && d.length === 2 && d.every((x) => x.success), () => `destroy: ${j(d)}`);
  expect(d[0].id === r[0].id && d[1].id === r[2].id, () => `destroy result ids: ${j(d)}`);
  const n3 = await count(conn, `SELECT Id FROM Account WHERE Id IN ('${r[0].id}','${r[2].id}')`);
  expect(n3 === 0, () => `${n3} records still there after destroy`);
}, 2);

check('updated-deleted', async () => {
  const conn = await session();
  const A = conn.sobject('Account');
  const start = new Date(Date.now() - 5 * 60_000);
  const a = await A.create({ Name: `Conf ${RUN} upd` });
  expect(a.success, () => `create: ${j(a)}`);
  const u = await A.update({ Id: a.id, Name: `Conf ${RUN} upd2` });
  expect(u.success, () => `update: ${j(u)}`);
  const b = await A.create({ Name: `Conf ${RUN} del` });
  const d = await A.destroy(b.id);
  expect(d.success, () => `destroy: ${j(d)}`);
  // jsforce formats both as YYYY-MM-DDTHH:mm:ss+00:00 (seconds precision); end is in the future.
  const end = new Date(Date.now() + 60_000);
  const upd = await A.updated(start, end);
  expect(upd && Array.isArray(upd.ids), () => `updated(): ${j(upd)}`);
  expect(upd.ids.includes(a.id), () => `updated().ids lacks ${a.id} (${upd.ids.length} ids)`);
  expect(upd.latestDateCovered, 'updated() has no latestDateCovered');
  const del = await A.deleted(start, end);
  expect(del && Array.isArray(del.deletedRecords), () => `deleted(): ${j(del)}`);
  const hit = del.deletedRecords.find((x) => x.id === b.id);
  expect(hit, () => `deleted().deletedRecords lacks ${b.id}`);
  expect(hit.deletedDate, () => `deleted record has no deletedDate: ${j(hit)}`);
  expect(del.earliestDateAvailable && del.latestDateCovered, 'deleted() lacks earliestDateAvailable/latestDateCovered');
});

check('bulk2-ingest', async () => {
  const conn = await session();
  const names = Array.from({ length: 10 }, (_, i) => `Bulk ${RUN} i${String(i).padStart(2, '0')}`);
  // The last row has an empty Name (required): it must land in failedResults.
  const csv = ['Name,Industry', ...names.map((n) => `${n},Energy`), ',Energy', ''].join('\n');
  const res = await conn.bulk2.loadAndWaitForResults({
    object: 'Account', operation: 'insert', input: csv, pollInterval: 500, pollTimeout: 60_000,
  });
  const { successfulResults: ok, failedResults: failed, unprocessedRecords: unproc } = res;
  expect(Array.isArray(ok) && ok.length === 10, () => `successfulResults: ${ok && ok.length} rows, expected 10 (${j(ok && ok[0])})`);
  expect(ok.every((x) => x.sf__Id && String(x.sf__Created) === 'true'), () => `successfulResults row: ${j(ok[0])}`);
  expect(ok.map((x) => x.Name).sort().join('|') === names.join('|'), () => `successfulResults names: ${j(ok.map((x) => x.Name))}`);
  expect(Array.isArray(failed) && failed.length === 1, () => `failedResults: ${j(failed)}`);
  expect(/REQUIRED_FIELD_MISSING/.test(failed[0].sf__Error || ''), () => `failedResults sf__Error: ${j(failed[0])}`);
  expect(Array.isArray(unproc) && unproc.length === 0, () => `unprocessedRecords: ${j(unproc)}`);
  const n = await count(conn, `SELECT Id FROM Account WHERE Name LIKE 'Bulk ${RUN} i%'`);
  expect(n === 10, () => `${n} Accounts after bulk insert, expected 10`);
}, 3);

check('bulk2-query-single-page', async () => {
  const conn = await session();
  const names = Array.from({ length: 5 }, (_, i) => `Bulk ${RUN} q${i}`);
  await createAll(conn, 'Account', names.map((Name) => ({ Name })), { allOrNone: true });
  // Small result, one page: jsforce bug #1546 breaks multi-page (Sforce-Locator) results.
  const rs = await conn.bulk2.query(`SELECT Id, Name FROM Account WHERE Name LIKE 'Bulk ${RUN} q%'`,
    { pollInterval: 500, pollTimeout: 60_000 });
  const recs = await collectStream(rs);
  expect(recs.length === 5, () => `bulk query returned ${recs.length} rows, expected 5: ${j(recs.slice(0, 2))}`);
  expect(recs.every((x) => /^[a-zA-Z0-9]{15,18}$/.test(x.Id || '')), () => `bad Id column: ${j(recs[0])}`);
  expect(recs.map((x) => x.Name).sort().join('|') === names.join('|'), () => `names: ${j(recs.map((x) => x.Name))}`);
}, 3);

check('limits', async () => {
  const conn = await session();
  conn.limitInfo = {};
  await conn.query('SELECT Id FROM Account LIMIT 1');
  const au = conn.limitInfo && conn.limitInfo.apiUsage;
  expect(au && Number.isInteger(au.used) && Number.isInteger(au.limit) && au.limit > 0,
    () => `conn.limitInfo.apiUsage after a query: ${j(conn.limitInfo)} (Sforce-Limit-Info: api-usage=N/M header)`);
  const lim = await conn.limits();
  const d = lim && lim.DailyApiRequests;
  expect(d && typeof d.Max === 'number' && typeof d.Remaining === 'number', () => `limits().DailyApiRequests: ${j(d)}`);
});

check('error-shape', async () => {
  const conn = await session();
  await expectReject(conn.query('SELEKT Id FROM Account'), 'MALFORMED_QUERY', 'malformed SOQL');
  await expectReject(conn.query('SELECT Id, No_Such_Field__c FROM Account'), 'INVALID_FIELD', 'unknown field');
  await expectReject(conn.query('SELECT Id FROM No_Such_Object__c'), 'INVALID_TYPE', 'unknown object');
  const bad = newConn({ instanceUrl: conn.instanceUrl, accessToken: '00D000000000000!bogus' });
  await expectReject(bad.query('SELECT Id FROM Account'), 'INVALID_SESSION_ID', 'bogus token');
});

// ---------- runner ----------
let passed = 0;
let failed = 0;
for (const { name, fn, factor } of checks) {
  if (ONLY && !ONLY.has(name)) continue;
  try {
    await withTimeout(Promise.resolve().then(fn), TIMEOUT * factor, name);
    console.log(`PASS ${name}`);
    passed++;
  } catch (e) {
    console.log(`FAIL ${name}: ${reason(e)}`);
    failed++;
  }
}
console.log(`jsforce: ${passed} passed, ${failed} failed`);
// Timed-out checks may leave requests or timers pending; do not wait for them.
process.exit(failed > 0 ? 1 : 0);
