// kill -9 at any moment: every request whose answer the client received in full is in the ledger
// (its trace commits before the last byte leaves), and spend equals the sum of traces. SIGTERM just
// after a client hung up mid-stream: the gateway books that stream and exits cleanly. The window quits on
// SIGTERM as `serve` does.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { Stack, costNanos, waitForListening } from './harness.mjs';

const stack = new Stack();
after(() => stack.stop());

async function restartGateway(...options) {
  stack.gateway = spawn(process.env.TOLLGATE_BINARY, ['--data', stack.dataDir, 'serve', '--listen', '127.0.0.1:0', ...options],
                        { stdio: ['ignore', 'pipe', 'inherit'], env: stack.env });
  stack.gatewayUrl = await waitForListening(stack.gateway, 'tollgate serve');
}

// The child's exit: { code, signal }.
function exitOf(child) {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Stops `serve` and waits for it to be gone.
async function stopGateway() {
  const exited = exitOf(stack.gateway);
  stack.gateway.kill('SIGTERM');
  await exited;
}

// SIGTERM, a second in which the child must keep running for the request in flight (`whileDraining` then
// checks what it said), then SIGTERM again: it must exit 0 of its own accord within 5 s.
async function signalTwiceAndExpectPromptExit(child, name, whileDraining = () => {}) {
  const exited = exitOf(child);
  child.kill('SIGTERM');
  await sleep(1000);
  assert.ok(child.exitCode === null && child.signalCode === null, 'the first signal lets the request finish');
  whileDraining();
  const secondAt = Date.now();
  child.kill('SIGTERM');
  const { code, signal } = await exited;
  assert.equal(signal, null, `${name} died of ${signal}`);
  assert.equal(code, 0);
  assert.ok(Date.now() - secondAt < 5000, `exit took ${Date.now() - secondAt} ms after the second signal`);
}

test('every answered request survives kill -9 of the gateway', async () => {
  await stack.start();
  const secret = await stack.createKey('durable');
  const answered = new Set();
  for (let round = 0; round < 3; ++round) {
    let killed = false;
    const worker = async () => {
      while (!killed) {
        try {
          const response = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'durable?' }] }),
          });
          const body = await response.text(); // the whole answer arrived
          if (response.status === 200 && body.includes('chat.completion'))
            answered.add(response.headers.get('x-tollgate-trace-id'));
        } catch {
          // The gateway died under us: that request was never answered in full.
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await sleep(300 + round * 170);
    const exited = exitOf(stack.gateway);
    stack.gateway.kill('SIGKILL');
    await exited;
    killed = true;
    await Promise.all(workers);
    await restartGateway();
  }
  assert.ok(answered.size > 20, `too few requests answered (${answered.size}) to prove anything`);
  assert.equal(answered.has(null), false, 'every answer carries its trace id');

  const traces = stack.traces('--key', 'durable', '--limit', '100000');
  const ids = new Set(traces.map((t) => String(t.id)));
  for (const id of answered)
    assert.ok(ids.has(id), `trace ${id} was answered to the client but is missing from the ledger`);
  const sum = traces.reduce((total, t) => total + costNanos(t), 0n);
  const spend = BigInt(Math.round(Number(stack.json('keys', 'show', 'durable').spend_usd) * 1e9));
  assert.equal(spend, sum);
});

// A client that hangs up mid-stream just before SIGTERM: its call outlives its connection while it books
// the abandoned stream. The gateway must wait for that booking, exit 0, and keep the trace.
test('SIGTERM right after a client hangs up mid-stream still books it and exits cleanly', async () => {
  const secret = await stack.createKey('hung-up');
  for (let round = 0; round < 3; ++round) {
    const { hostname, port } = new URL(stack.gatewayUrl);
    const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, max_tokens: 20, messages: [{ role: 'user', content: 'bye' }] });
    await new Promise((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${secret}\r\n`
                     + `Content-Type: application/json\r\nx-fake-behavior: slow-stream\r\nx-fake-delay-ms: 200\r\n`
                     + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      });
      socket.once('data', () => { socket.destroy(); resolve(); }); // the stream has begun: hang up
      socket.on('error', reject);
    });
    const exited = exitOf(stack.gateway);
    stack.gateway.kill('SIGTERM');
    const { code, signal } = await exited;
    assert.equal(signal, null, `the gateway died of ${signal}`);
    assert.equal(code, 0);
    await restartGateway();
  }
  const traces = stack.traces('--key', 'hung-up');
  assert.equal(traces.length, 3);
  for (const trace of traces) {
    assert.equal(trace.outcome, 'client_closed');
    assert.ok(costNanos(trace) > 0n, 'a hang-up is never free');
  }
});

// A streamed request the provider never answers. Gives back { closed }, a promise of the gateway closing the
// connection (wrapped: an async function's returned promise would be awaited along with it).
async function requestThatHangsUpstream(secret, gatewayUrl = stack.gatewayUrl) {
  const { hostname, port } = new URL(gatewayUrl);
  const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, max_tokens: 20, messages: [{ role: 'user', content: 'wait' }] });
  const socket = net.connect(Number(port), hostname, () => {
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${secret}\r\n`
                 + `Content-Type: application/json\r\nx-fake-behavior: hang\r\n`
                 + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
  socket.on('error', () => {}); // the reset at the end is expected
  const closed = new Promise((resolve) => socket.on('close', resolve));
  await sleep(300); // it has reached the provider
  return { closed };
}

test('a second SIGTERM stops at once: a request hung upstream is cut off, booked, and the gateway exits', async () => {
  const secret = await stack.createKey('hung-upstream');
  let said = '';
  stack.gateway.stdout.on('data', (chunk) => { said += chunk; });
  const { closed } = await requestThatHangsUpstream(secret);

  // The first signal waits for requests in flight (at most 30 s: the upstream's first-byte timeout is 10 minutes).
  await signalTwiceAndExpectPromptExit(stack.gateway, 'the gateway', () => {
    assert.match(said, /stopping: requests in flight finish first \(at most 30 s; signal again to stop now\)\n/);
  });
  assert.match(said, /stopping now \(second signal\): requests in flight are cut off and booked\nstopped\n/);
  await closed;

  await restartGateway();
  const traces = stack.traces('--key', 'hung-upstream');
  assert.equal(traces.length, 1, 'the cut-off request is booked');
  assert.equal(traces[0].outcome, 'client_closed');
});

test('without a second signal, requests still in flight after --drain-timeout are cut off and booked', async () => {
  const secret = await stack.createKey('hung-past-deadline');
  await stopGateway();
  await restartGateway('--drain-timeout', '1');
  let said = '';
  stack.gateway.stdout.on('data', (chunk) => { said += chunk; });
  const { closed } = await requestThatHangsUpstream(secret);
  const stopped = exitOf(stack.gateway);
  const signalledAt = Date.now();
  stack.gateway.kill('SIGINT');
  const { code, signal } = await stopped;
  const took = Date.now() - signalledAt;
  assert.equal(signal, null);
  assert.equal(code, 0);
  assert.ok(took >= 900 && took < 6000, `exit took ${took} ms with a 1 s drain`);
  assert.match(said, /at most 1 s; signal again to stop now\)\nstopping now \(drain deadline\): requests in flight are cut off and booked\nstopped\n/);
  await closed;
  await restartGateway();
  const traces = stack.traces('--key', 'hung-past-deadline');
  assert.equal(traces.length, 1);
  assert.equal(traces[0].outcome, 'client_closed');
});

// How often the ledger's write-ahead log has started over: the checkpoint sequence number in its header
// (bytes 12-15, big-endian; SQLite's WAL format). 0 for a log that never did, or none.
function logRestarts(dataDir) {
  const header = Buffer.alloc(16);
  let read = 0;
  try {
    const fd = openSync(join(dataDir, 'ledger.sqlite-wal'), 'r');
    read = readSync(fd, header, 0, 16, 0);
    closeSync(fd); // this process's descriptor: the gateway's locks are its own
  } catch {
    return 0;
  }
  return read < 16 ? 0 : header.readUInt32BE(12);
}

function logBytes(dataDir) {
  try {
    return statSync(join(dataDir, 'ledger.sqlite-wal')).size;
  } catch {
    return 0;
  }
}

// Under steady commits the checkpointer lets the log start over while the writers wait. It once wrote the
// files out through a descriptor of its own, and closing that dropped the gateway's SQLite locks: the next
// CLI command then deleted the log under the running gateway, which from then on never saw a new key or a
// revocation.
test('the command line beside a busy gateway leaves its log alone: new and revoked keys still reach it', async () => {
  if (stack.gateway.exitCode !== null || stack.gateway.signalCode !== null) await restartGateway();
  const busy = await stack.createKey('busy');
  const chat = async (secret) => {
    const answer = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'again' }] }),
    });
    await answer.text(); // read whole, so that the connection is kept for the next one
    return answer;
  };
  // Commits from 32 clients, until the log has grown past the checkpointer's 4,096 frames (~16 MiB; a
  // log that small starts over on its own between commits) and then started over.
  const restartsBefore = logRestarts(stack.dataDir);
  const catchUpBytes = 4096 * (4096 + 24);
  let largest = 0;
  let failed = 0;
  let done = false;
  const deadline = Date.now() + 60000;
  const client = async () => {
    while (!done && Date.now() < deadline) {
      if ((await chat(busy)).status !== 200) ++failed;
    }
  };
  const watcher = async () => {
    while (!done && Date.now() < deadline) {
      largest = Math.max(largest, logBytes(stack.dataDir));
      done = largest > catchUpBytes && logRestarts(stack.dataDir) > restartsBefore;
      await sleep(20);
    }
  };
  await Promise.all([watcher(), ...Array.from({ length: 32 }, client)]);
  assert.ok(done, `the log grew to ${largest} bytes and did not start over after 16 MiB within 60 s`);
  assert.equal(failed, 0);
  stack.cli('keys', 'list'); // a connection that opens and closes beside the gateway's
  const fresh = await stack.createKey('fresh'); // throws unless the gateway accepts it within 2 s
  assert.equal((await chat(fresh)).status, 200);
  stack.cli('keys', 'revoke', 'busy');
  const revokedBy = Date.now() + 2000;
  while ((await chat(busy)).status !== 401)
    assert.ok(Date.now() < revokedBy, 'the gateway still serves a key revoked 2 s ago');
});

// A file size limit of 0 set on the running gateway (prlimit, util-linux) makes every write to its ledger
// fail, as a full disk does (QA, on a 2 MB tmpfs: thousands of 200s booked nowhere, and a capped key's
// spend forgotten on restart). The answer whose commit failed still goes out (its provider was paid), its
// trace is held and written once the ledger can take it, and meanwhile new requests get a 503.
test('a ledger that cannot be written: the answer in flight goes out, new requests get 503, and its trace is written later', async () => {
  if (stack.gateway.exitCode !== null || stack.gateway.signalCode !== null) await restartGateway();
  const secret = await stack.createKey('full-disk');
  const post = async (path, body, headers) => {
    const answer = await fetch(`${stack.gatewayUrl}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: answer.status, headers: answer.headers, body: await answer.json() };
  };
  const chat = () => post('/v1/chat/completions', { model: 'gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] },
                          { authorization: `Bearer ${secret}` });
  let answered = 0;
  assert.equal((await chat()).status, 200);
  ++answered;

  const limitFileSize = (limit) => execFileSync('prlimit', ['--pid', String(stack.gateway.pid), `--fsize=${limit}`]);
  limitFileSize('0:unlimited');
  try {
    const failed = await chat();
    assert.equal(failed.status, 200, 'the request whose commit failed is answered');
    assert.equal(failed.headers.get('x-tollgate-trace-id'), null, 'without a trace id: it has no ledger row yet');
    ++answered;

    const refused = await chat();
    assert.equal(refused.status, 503);
    assert.equal(refused.body.error.type, 'api_error');
    assert.equal(refused.body.error.code, 'ledger_unwritable');
    assert.equal(refused.headers.get('x-should-retry'), 'true');
    assert.equal(refused.headers.get('retry-after'), '1');
    const anthropic = await post('/v1/messages', { model: 'claude-haiku-4-5', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] },
                                 { 'x-api-key': secret, 'anthropic-version': '2023-06-01' });
    assert.equal(anthropic.status, 503);
    assert.deepEqual([anthropic.body.type, anthropic.body.error.type], ['error', 'api_error']);
    const client = new OpenAI({ apiKey: secret, baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
    await assert.rejects(client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
                         (error) => error instanceof OpenAI.APIError && error.status === 503 && error.code === 'ledger_unwritable');
  } finally {
    limitFileSize('unlimited:unlimited');
  }

  // The writer tries the held trace again every second; once it is in, requests are served again.
  const deadline = Date.now() + 5000;
  for (;;) {
    const again = await chat();
    if (again.status === 200) {
      assert.ok(Number(again.headers.get('x-tollgate-trace-id')) > 0);
      ++answered;
      break;
    }
    assert.equal(again.status, 503);
    assert.ok(Date.now() < deadline, 'still refused 5 s after the ledger could be written again');
    await sleep(100);
  }
  const traces = stack.traces('--key', 'full-disk');
  assert.equal(traces.filter((trace) => trace.status === 200).length, answered, 'every answered request is in the ledger');
  assert.equal(traces.filter((trace) => trace.status === 503).length, 0, 'the refusals are not (the ledger could not take them)');
  const metrics = await (await fetch(`${stack.gatewayUrl}/metrics`)).text();
  assert.match(metrics, /tollgate_rejections_total\{reason="ledger_unwritable"\} [1-9]/);
});

// The window, on a port of its own through its settings file, once `serve` has handed the data directory
// over (one gateway per data directory). Gives back { window, url, configHome } once its gateway accepts `secret`.
// With `portTakenMs`, another program holds the port for that long after the window starts.
async function startWindow(secret, { portTakenMs = 0 } = {}) {
  await stopGateway();
  const configHome = mkdtempSync(join(tmpdir(), 'tollgate-e2e-config-'));
  const port = await freePort();
  if (portTakenMs > 0) {
    const squatter = net.createServer((socket) => socket.destroy()); // a client's fetch must not hang on it
    await new Promise((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    setTimeout(() => squatter.close(), portTakenMs);
  }
  mkdirSync(join(configHome, 'tollgate'));
  writeFileSync(join(configHome, 'tollgate', 'tollgate.conf'), `[Gateway]\nPort=${port}\n`);
  const window = spawn(process.env.TOLLGATE_BINARY, ['--data', stack.dataDir],
                       { stdio: ['ignore', 'ignore', 'inherit'],
                         env: { ...stack.env, QT_QPA_PLATFORM: 'offscreen', XDG_CONFIG_HOME: configHome } });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) { // the window's gateway is up once it answers
    const answer = await fetch(`${url}/v1/models`, { headers: { authorization: `Bearer ${secret}` } }).catch(() => null);
    if (answer?.status === 200) return { window, url, configHome };
    if (Date.now() > deadline) {
      window.kill('SIGKILL');
      await closeWindow({ window, configHome }); // the tests after this one need the stack's gateway back
      throw new Error('the window did not start its gateway within 20 s');
    }
    await sleep(100);
  }
}

async function closeWindow({ window, configHome }) {
  if (window.exitCode === null && window.signalCode === null) window.kill('SIGKILL');
  rmSync(configHome, { recursive: true, force: true });
  await restartGateway();
}

// QA: a window whose port another program held never started its gateway, not even once the port was free,
// until Tollgate was started again. It tries again every 5 s (and at once when its status bar is clicked).
test('a window whose port is taken starts its gateway once the port is free', async () => {
  const secret = await stack.createKey('window-port');
  const startedAt = Date.now();
  const opened = await startWindow(secret, { portTakenMs: 1500 });
  try {
    const took = Date.now() - startedAt;
    assert.ok(took >= 1500 && took < 12000, `the gateway answered after ${took} ms`);
  } finally {
    await closeWindow(opened);
  }
});

// The window quits on SIGTERM as its Quit does (a logout or shutdown sends it): a stream in flight
// finishes and is booked, then the process exits 0. Left to the default action it died mid-stream, and
// the stream was neither finished nor booked.
test('the window quits on SIGTERM as Quit does: a stream in flight finishes and is booked', async () => {
  const secret = await stack.createKey('window-quit');
  const opened = await startWindow(secret);
  try {
    const response = await fetch(`${opened.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json',
                 'x-fake-behavior': 'slow-stream', 'x-fake-delay-ms': '50' },
      body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'logging out' }] }),
    });
    const reader = response.body.getReader();
    await reader.read(); // the stream has begun
    const exited = exitOf(opened.window);
    opened.window.kill('SIGTERM');
    let streamed = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      streamed += Buffer.from(chunk.value).toString();
    assert.match(streamed, /data: \[DONE\]/, 'the stream in flight was cut off');
    const { code, signal } = await exited;
    assert.equal(signal, null, `the window died of ${signal}`);
    assert.equal(code, 0);
  } finally {
    await closeWindow(opened);
  }
  const traces = stack.traces('--key', 'window-quit');
  assert.equal(traces.length, 1, 'the stream is booked');
  assert.equal(traces[0].outcome, 'ok');
});

test('a second SIGTERM to the window stops it at once: a request hung upstream is cut off and booked', async () => {
  const secret = await stack.createKey('window-hung');
  const opened = await startWindow(secret);
  try {
    const { closed } = await requestThatHangsUpstream(secret, opened.url);
    await signalTwiceAndExpectPromptExit(opened.window, 'the window');
    await closed;
  } finally {
    await closeWindow(opened);
  }
  const traces = stack.traces('--key', 'window-hung');
  assert.equal(traces.length, 1, 'the cut-off request is booked');
  assert.equal(traces[0].outcome, 'client_closed');
});

// Last: it deletes the ledger the tests before it use. QA: the data directory deleted under a running gateway, which went on answering 200 and booking into
// the deleted file, all of it lost. Now it notices within half a second and refuses new requests.
test('a ledger file deleted under the running gateway: new requests get 503, none is served unbooked', async () => {
  if (stack.gateway.exitCode !== null || stack.gateway.signalCode !== null) await restartGateway();
  const secret = await stack.createKey('deleted-ledger');
  const chat = async () => {
    const answer = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] }) });
    return { status: answer.status, headers: answer.headers, body: await answer.json() };
  };
  assert.equal((await chat()).status, 200);
  for (const name of ['ledger.sqlite', 'ledger.sqlite-wal', 'ledger.sqlite-shm'])
    rmSync(join(stack.dataDir, name), { force: true });
  const deadline = Date.now() + 3000;
  let answer;
  while ((answer = await chat()).status === 200)
    assert.ok(Date.now() < deadline, 'still served 3 s after its ledger was deleted');
  assert.equal(answer.status, 503);
  assert.equal(answer.body.error.code, 'ledger_unwritable');
  // Only a restart mends it, so the SDKs must not sit retrying (they did, told "try again shortly").
  assert.match(answer.body.error.message, /restarted/);
  assert.equal(answer.headers.get('x-should-retry'), 'false');
  assert.equal(answer.headers.get('retry-after'), null);
  const client = new OpenAI({ apiKey: secret, baseURL: `${stack.gatewayUrl}/v1` });
  const started = Date.now();
  await assert.rejects(client.chat.completions.create({ model: 'gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] }),
    (error) => error.status === 503);
  assert.ok(Date.now() - started < 400, `the SDK retried for ${Date.now() - started} ms`);
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
