// The gateway's promises under pressure: hard spend ceilings with 64 concurrent streams, fallback
// to the next provider, hanging up mid-stream, a provider dying mid-stream, live revocation, and the
// HTTP layer's refusals in each API's error shape.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import OpenAI from 'openai';
import { Stack, UPSTREAM_SECRET, costNanos, expectedCostNanos, waitForListening } from './harness.mjs';

const stack = new Stack();
let downProvider;

before(async () => {
  // Key variables for the gateway's environment: one with a header smuggled in after a line break, one
  // with the trailing newline a file read into a variable keeps.
  process.env.TOLLGATE_E2E_INJECTED_KEY = `${UPSTREAM_SECRET}\r\nX-Injected: yes`;
  process.env.TOLLGATE_E2E_PADDED_KEY = `${UPSTREAM_SECRET}\n`;
  await stack.start();
  stack.cli('providers', 'add', 'injected', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`,
            '--api-key-env', 'TOLLGATE_E2E_INJECTED_KEY', '--models', 'injected-*');
  stack.cli('providers', 'add', 'padded', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`,
            '--api-key-env', 'TOLLGATE_E2E_PADDED_KEY', '--models', 'padded-*');
  // A second upstream that answers every request with 503, tried first for one model family.
  downProvider = spawn(process.env.FAKE_PROVIDER_BINARY, ['--port', '0', '--api-key', UPSTREAM_SECRET, '--behavior', 'fail-503'],
                       { stdio: ['ignore', 'pipe', 'inherit'] });
  const downUrl = await waitForListening(downProvider, 'failing provider');
  stack.cli('providers', 'add', 'down', '--type', 'openai', '--base-url', `${downUrl}/v1`, '--api-key', UPSTREAM_SECRET,
            '--models', 'gpt-4.1-nano*', '--priority', '1');
  // An OpenAI-compatible provider whose models the price map lists under its own prefix.
  stack.cli('providers', 'add', 'groq', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`, '--api-key', UPSTREAM_SECRET,
            '--models', 'llama-*', '--priority', '2');
  // A provider whose key variable the gateway's environment lacks, tried first for one model family.
  stack.cli('providers', 'add', 'keyless', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`,
            '--api-key-env', 'TOLLGATE_E2E_UNSET_KEY', '--models', 'gpt-4.1-mini*', '--priority', '1');
  // The same, last in line for the same models: it must not turn the others' answer into its own 502.
  stack.cli('providers', 'add', 'keyless-last', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`,
            '--api-key-env', 'TOLLGATE_E2E_UNSET_KEY', '--models', 'gpt-4.1-mini*', '--priority', '500');
  // A provider whose stored key has gone from the secrets file (as when a keyring is reset).
  stack.cli('providers', 'add', 'lost', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`, '--api-key', UPSTREAM_SECRET,
            '--models', 'lost-*', '--priority', '1');
  // A provider whose stored key the provider itself refuses (401), tried first for one model family.
  stack.cli('providers', 'add', 'wrongkey', '--type', 'openai', '--base-url', `${stack.fakeUrl}/v1`, '--api-key', 'not-the-upstream-key',
            '--models', 'gpt-3.5-turbo*', '--priority', '1');
  const secretsPath = join(stack.dataDir, 'secrets.json');
  const secrets = JSON.parse(readFileSync(secretsPath, 'utf8'));
  assert.ok(delete secrets['provider:lost']);
  writeFileSync(secretsPath, JSON.stringify(secrets));
  await new Promise((resolve) => setTimeout(resolve, 1000));
});
after(async () => {
  downProvider?.kill('SIGTERM');
  await stack.stop();
});

const client = async (name, ...limits) =>
  new OpenAI({ apiKey: await stack.createKey(name, ...limits), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });

// One small streamed chat read to its end: 'ok', or what `refused` makes of an error with that status
// (any other error fails the test).
const burstStream = async (openai, status, refused) => {
  try {
    const s = await openai.chat.completions.create({ model: 'gpt-4o-mini', stream: true, max_tokens: 20,
                                                     messages: [{ role: 'user', content: 'burst of traffic' }] });
    for await (const chunk of s) void chunk;
    return 'ok';
  } catch (e) {
    if (e.status !== status) throw e;
    return refused(e);
  }
};

test('64 concurrent streams cannot push a key past its cap by more than one request', async () => {
  const cap = 100000n; // $0.0001 in nano-USD: a handful of requests
  const openai = await client('burst', '--max-spend', '0.0001');
  const stream = () => burstStream(openai, 402, (e) => {
    // Refused while requests in flight hold what is left: said so, and retryable; reached: not.
    const held = /reserved by requests still running/.test(e.message);
    assert.equal(e.headers.get('x-should-retry'), held ? 'true' : 'false', e.message);
    assert.ok(held || /reached its spend limit/.test(e.message), e.message);
    return held ? 'held' : 'refused';
  });
  const outcomes = [];
  for (let wave = 0; wave < 3; ++wave)
    outcomes.push(...await Promise.all(Array.from({ length: 64 }, stream)));
  const served = outcomes.filter((o) => o === 'ok').length;
  assert.ok(served > 0, 'some requests must be served');
  assert.ok(outcomes.includes('refused'), 'the cap must refuse some once it is reached');

  const spend = BigInt(Math.round(Number(stack.json('keys', 'show', 'burst').spend_usd) * 1e9));
  const traces = stack.traces('--key', 'burst');
  const costs = traces.map(costNanos);
  const largest = costs.reduce((a, b) => (a > b ? a : b), 0n);
  const sum = costs.reduce((a, b) => a + b, 0n);
  assert.equal(sum, spend, 'the key\'s spend is the sum of its traces');
  assert.ok(spend <= cap + largest, `spend ${spend} exceeds cap ${cap} by more than one request (${largest})`);
  assert.equal(traces.filter((t) => t.status === 200).length, served);
  assert.equal(traces.filter((t) => t.status === 402).length, outcomes.length - served);
});

// A body may name two output ceilings; which one a provider honours is its choice (the fake provider, like
// many OpenAI-compatible servers, reads max_tokens). Reserving the first one named (1 token here) let all 32
// through a cap meant for five: $6.40 spent under $1.
test('a body naming two output ceilings is held to the larger under a cap', async () => {
  stack.cli('prices', 'set', 'dear-output', '--input', '1', '--output', '10000'); // 20 tokens out: $0.20
  const openai = await client('two-ceilings', '--max-spend', '1');
  await new Promise((resolve) => setTimeout(resolve, 1200)); // the price reaches the gateway within a second
  const stream = async () => {
    try {
      // All 32 in flight at once: the provider waits 300 ms before its first byte.
      const s = await openai.chat.completions.create({ model: 'dear-output', stream: true, max_completion_tokens: 1, max_tokens: 20,
                                                       messages: [{ role: 'user', content: 'burst of traffic' }] },
                                                     { headers: { 'x-fake-behavior': 'slow-first-byte', 'x-fake-delay-ms': '300' } });
      for await (const chunk of s) void chunk;
      return 'ok';
    } catch (e) {
      if (e.status !== 402) throw e;
      return 'refused';
    }
  };
  const outcomes = await Promise.all(Array.from({ length: 32 }, stream));
  assert.ok(outcomes.includes('ok') && outcomes.includes('refused'), `outcomes: ${outcomes.join()}`);
  const costs = stack.traces('--key', 'two-ceilings').map(costNanos);
  const largest = costs.reduce((a, b) => (a > b ? a : b), 0n);
  const spend = costs.reduce((a, b) => a + b, 0n);
  const cap = 1000000000n;
  assert.ok(spend <= cap + largest, `spend ${spend} exceeds cap ${cap} by more than one request (${largest})`);
});

test('20 concurrent streams cannot push a key past its tokens per minute by more than one request', async () => {
  const limit = 100;
  const openai = await client('tpm-burst', '--tpm', String(limit));
  const stream = () => burstStream(openai, 429, (e) => e);
  // Before requests in flight counted against the limit, all 20 were admitted: 1,100 tokens under 100.
  const outcomes = await Promise.all(Array.from({ length: 20 }, stream));
  const refused = outcomes.filter((o) => o !== 'ok');
  assert.ok(outcomes.includes('ok'), 'some requests must be served');
  assert.ok(refused.length > 0, 'the limit must refuse some');
  const traces = stack.traces('--key', 'tpm-burst').filter((t) => t.status === 200);
  assert.equal(traces.length, outcomes.length - refused.length);
  const tokens = traces.map((t) => t.input_tokens + t.output_tokens);
  const used = tokens.reduce((a, b) => a + b, 0);
  assert.ok(used <= limit + Math.max(...tokens), `${used} tokens booked under a limit of ${limit}`);
});

test('a provider answering 503 falls back to the next, and the trace says so', async () => {
  const openai = await client('fallback');
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1-nano', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] });
  assert.ok(reply.choices[0].message.content.length > 0);
  const trace = stack.traces('--key', 'fallback')[0];
  assert.equal(trace.provider, 'fake-openai');
  assert.equal(trace.attempts, 2);
  assert.equal(trace.status, 200);
});

test('a provider\'s own price-map prefix prices its models (groq/llama-…)', async () => {
  const openai = await client('groq-user');
  await openai.chat.completions.create({ model: 'llama-3.1-8b-instant', max_tokens: 3, messages: [{ role: 'user', content: 'hi' }] });
  const trace = stack.traces('--key', 'groq-user')[0];
  assert.equal(trace.provider, 'groq');
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, { input: '0.05', output: '0.08' }));
});

test('a stream the client abandons is cancelled upstream and still booked', async () => {
  const openai = await client('quitter');
  const controller = new AbortController();
  const s = await openai.chat.completions.create(
    { model: 'gpt-4o-mini', stream: true, max_tokens: 20, messages: [{ role: 'user', content: 'a long story please' }] },
    { signal: controller.signal, headers: { 'x-fake-behavior': 'slow-stream', 'x-fake-delay-ms': '100' } });
  let seen = 0;
  try {
    for await (const chunk of s) {
      if (chunk.choices[0]?.delta?.content) ++seen;
      if (seen === 3) controller.abort();
    }
  } catch {
    // Depending on timing the SDK ends the loop quietly or with an abort error; both are a hang-up.
  }
  assert.equal(seen, 3, 'the client stopped reading after three chunks');
  let trace;
  for (let i = 0; i < 40 && !trace; ++i) {
    trace = stack.traces('--key', 'quitter')[0];
    if (!trace) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(trace, 'the abandoned stream must be booked');
  assert.equal(trace.outcome, 'client_closed');
  assert.equal(trace.cost_status, 'estimated');
  assert.ok(costNanos(trace) > 0n, 'hanging up must never make a call free');
  assert.ok(trace.output_tokens >= 1);
});

test('a provider dying mid-stream ends the client\'s stream as broken and is booked', async () => {
  const openai = await client('unlucky');
  await assert.rejects((async () => {
    const s = await openai.chat.completions.create({ model: 'gpt-4o-mini', stream: true, max_tokens: 10,
                                                     messages: [{ role: 'user', content: 'x' }] },
                                                   { headers: { 'x-fake-behavior': 'reset-mid-stream' } });
    for await (const chunk of s) void chunk;
  })());
  const trace = stack.traces('--key', 'unlucky')[0];
  assert.equal(trace.outcome, 'upstream_reset');
  assert.equal(trace.cost_status, 'estimated');
  assert.ok(costNanos(trace) > 0n);
});

// QA: an answer cut off after its 200 head was booked as $0, exact, and handed to the next provider, whose
// trace then left the first one's bill out.
test('a provider dying after it began a plain answer is booked at an estimate, and not asked of the next one', async () => {
  const openai = await client('cut-short');
  // groq serves llama models first; fake-openai would be next in line.
  await assert.rejects(openai.chat.completions.create({ model: 'llama-3.1-8b-instant', max_tokens: 10,
                                                        messages: [{ role: 'user', content: 'x' }] },
                                                      { headers: { 'x-fake-behavior': 'reset-mid-stream' } }),
                       (e) => e instanceof OpenAI.APIError && e.status === 502 && /began its answer/.test(e.message));
  const trace = stack.traces('--key', 'cut-short')[0];
  assert.equal(trace.outcome, 'upstream_reset');
  assert.equal(trace.provider, 'groq');
  assert.equal(trace.attempts, 1);
  assert.equal(trace.cost_status, 'estimated');
  assert.ok(costNanos(trace) > 0n, 'a cut-off answer must never be booked as free');
  assert.ok(trace.output_tokens >= 1);
});

test('revoking a key takes effect on the running gateway within a second', async () => {
  const openai = await client('doomed');
  await openai.chat.completions.create({ model: 'gpt-4o-mini', max_tokens: 1, messages: [{ role: 'user', content: 'ok' }] });
  stack.cli('keys', 'revoke', 'doomed');
  const revokedAt = Date.now();
  let status = 200;
  while (status !== 401 && Date.now() - revokedAt < 2000) {
    try {
      await openai.chat.completions.create({ model: 'gpt-4o-mini', max_tokens: 1, messages: [{ role: 'user', content: 'ok' }] });
    } catch (e) {
      status = e.status;
    }
  }
  assert.equal(status, 401);
  assert.ok(Date.now() - revokedAt <= 1000 + 250, `revocation took ${Date.now() - revokedAt} ms`);
});

// One raw HTTP/1.1 exchange on its own socket: what the HTTP layer answers before any SDK is involved.
function rawExchange(url, head) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      resolve({ status: Number(text.slice(9, 12)), head: text.slice(0, split), body: JSON.parse(text.slice(split + 4)) });
    });
  });
}

test('refusals of the HTTP layer come in the caller\'s API shape, and the gateway carries on', async () => {
  const host = `Host: ${new URL(stack.gatewayUrl).host}\r\n`;
  const tooLarge = (path) => `POST ${path} HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 40000000\r\n\r\n`;

  const messages = await rawExchange(stack.gatewayUrl, tooLarge('/v1/messages?beta=true'));
  assert.equal(messages.status, 413);
  assert.equal(messages.body.type, 'error');
  assert.equal(messages.body.error.type, 'request_too_large');
  assert.match(messages.head, /connection: close/i);

  const chat = await rawExchange(stack.gatewayUrl, tooLarge('/v1/chat/completions'));
  assert.equal(chat.status, 413);
  assert.equal(chat.body.error.type, 'invalid_request_error');
  assert.equal(chat.body.error.code, 'request_too_large');

  const hugeHeader = `POST /v1/messages HTTP/1.1\r\n${host}x-filler: ${'a'.repeat(20000)}\r\nContent-Length: 2\r\n\r\n{}`;
  const headers = await rawExchange(stack.gatewayUrl, hugeHeader);
  assert.equal(headers.status, 431);
  assert.equal(headers.body.error.type, 'invalid_request_error');

  // Nothing else is disturbed: the next caller is served as usual.
  const openai = await client('after-refusals');
  const done = await openai.chat.completions.create({ model: 'gpt-4o-mini', max_tokens: 1, messages: [{ role: 'user', content: 'ok' }] });
  assert.equal(done.object, 'chat.completion');
});

test('a provider whose --api-key-env variable is unset is never sent a request without its key', async () => {
  const openai = await client('keyless-user');
  // Another provider serves the model: the keyless one is passed over, as if unreachable.
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] });
  assert.ok(reply.choices[0].message.content.length > 0);
  let trace = stack.traces('--key', 'keyless-user')[0];
  assert.equal(trace.provider, 'fake-openai');
  assert.equal(trace.attempts, 1, 'never asked, so not an attempt');
  assert.equal(trace.outcome, 'ok');

  // The provider that is asked answers 503: that reaches the client (retryable), not the keyless one's 502.
  await assert.rejects(openai.chat.completions.create({ model: 'gpt-4.1-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] },
                                                      { headers: { 'x-fake-behavior': 'fail-503' } }),
                       (e) => e instanceof OpenAI.APIError && e.status === 503 && e.headers.get('x-should-retry') !== 'false');
  trace = stack.traces('--key', 'keyless-user')[0];
  assert.equal(trace.provider, 'fake-openai');
  assert.equal(trace.status, 503);

  // Pinned to it, nobody else may serve it: a 502 that names the provider and the variable, not the provider's 401.
  await assert.rejects(openai.chat.completions.create({ model: 'keyless/gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] }),
                       (e) => e instanceof OpenAI.APIError && e.status === 502 && e.code === 'upstream_error'
                              && /keyless/.test(e.message) && /TOLLGATE_E2E_UNSET_KEY/.test(e.message));
  trace = stack.traces('--key', 'keyless-user')[0];
  assert.equal(trace.status, 502);
  assert.equal(trace.provider, 'keyless');
  assert.equal(trace.outcome, 'upstream_error');
  assert.equal(Number(trace.cost_usd), 0);
});

test('a key variable holding a line break is no key: never sent, so no header is smuggled upstream; a trailing newline is trimmed', async () => {
  const openai = await client('variable-user');
  await assert.rejects(openai.chat.completions.create({ model: 'injected/gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] }),
                       (e) => e instanceof OpenAI.APIError && e.status === 502 && /TOLLGATE_E2E_INJECTED_KEY/.test(e.message));
  const reply = await openai.chat.completions.create({ model: 'padded/gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] });
  assert.ok(reply.choices[0].message.content.length > 0);
  assert.equal(stack.traces('--key', 'variable-user')[0].provider, 'padded');
});

test('a provider without its key answers 502 once, with x-should-retry: false, so the SDK does not ask again', async () => {
  // The SDK's own retries on (two by default): a retried 502 would book three traces.
  const secret = await stack.createKey('no-retry');
  const openai = new OpenAI({ apiKey: secret, baseURL: `${stack.gatewayUrl}/v1` });
  const expectations = [
    ['keyless/gpt-4o-mini', /TOLLGATE_E2E_UNSET_KEY/],
    ['lost/gpt-4o-mini', /stored for it cannot be read/],
  ];
  for (const [model, reason] of expectations) {
    await assert.rejects(openai.chat.completions.create({ model, max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] }),
                         (e) => e instanceof OpenAI.APIError && e.status === 502 && reason.test(e.message)
                                && e.headers.get('x-should-retry') === 'false');
  }
  const traces = stack.traces('--key', 'no-retry');
  assert.deepEqual(traces.map((t) => [t.provider, t.status, t.outcome]).reverse(),
                   [['keyless', 502, 'upstream_error'], ['lost', 502, 'upstream_error']]);

  // The key stored again (here: put back in the secrets file), the running gateway reads it within seconds.
  const secretsPath = join(stack.dataDir, 'secrets.json');
  writeFileSync(secretsPath, JSON.stringify({ ...JSON.parse(readFileSync(secretsPath, 'utf8')), 'provider:lost': UPSTREAM_SECRET }));
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      const reply = await openai.chat.completions.create({ model: 'lost/gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] },
                                                         { maxRetries: 0 });
      assert.ok(reply.choices[0].message.content.length > 0);
      break;
    } catch (e) {
      if (!(e instanceof OpenAI.APIError) || e.status !== 502 || Date.now() > deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
});

test('a provider that refuses its API key (401) is passed over, or answers 502 naming it, never a 401 as if the Tollgate key were wrong', async () => {
  const secret = await stack.createKey('refused-upstream');
  const openai = new OpenAI({ apiKey: secret, baseURL: `${stack.gatewayUrl}/v1` }); // the SDK's retries on
  // Another provider serves the model: the client gets its answer; the trace says two were asked.
  const reply = await openai.chat.completions.create({ model: 'gpt-3.5-turbo', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] });
  assert.ok(reply.choices[0].message.content.length > 0);
  let trace = stack.traces('--key', 'refused-upstream')[0];
  assert.equal(trace.provider, 'fake-openai');
  assert.equal(trace.attempts, 2);

  // Pinned to it: a 502 that names the provider and its key, once (x-should-retry: false), not the provider's 401.
  await assert.rejects(openai.chat.completions.create({ model: 'wrongkey/gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'hi' }] }),
                       (e) => !(e instanceof OpenAI.AuthenticationError) && e.status === 502 && e.code === 'upstream_error'
                              && /wrongkey/.test(e.message) && /refused the API key/.test(e.message)
                              && e.headers.get('x-should-retry') === 'false');
  const traces = stack.traces('--key', 'refused-upstream');
  assert.equal(traces.length, 2, 'the SDK did not ask again');
  trace = traces[0];
  assert.equal(trace.provider, 'wrongkey');
  assert.equal(trace.status, 502);
  assert.equal(trace.outcome, 'upstream_error');
});

test('a wrong method on an API path is 405 with Allow, and unknown paths answer in their API\'s shape', async () => {
  const secret = (await stack.json('keys', 'create', 'methods')).secret;
  const call = (method, path) => fetch(`${stack.gatewayUrl}${path}`, {
    method, headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: method === 'GET' || method === 'HEAD' ? undefined : '{}',
  });

  let response = await call('PUT', '/v1/chat/completions');
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'POST');
  let body = await response.json();
  assert.equal(body.error.type, 'invalid_request_error');
  assert.equal(body.error.code, 'method_not_allowed');

  response = await call('GET', '/v1/messages');
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'POST');
  body = await response.json();
  assert.equal(body.type, 'error');
  assert.equal(body.error.type, 'invalid_request_error');

  response = await call('POST', '/v1/models/');
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET, HEAD');

  // HEAD answers as GET does, without the body (RFC 9110 §9.3.2; it was a 405).
  await stack.waitUntilAccepted(secret);
  const get = await call('GET', '/v1/models');
  const getBody = await get.text();
  response = await call('HEAD', '/v1/models');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), get.headers.get('content-type'));
  assert.equal(response.headers.get('content-length'), String(Buffer.byteLength(getBody)));
  assert.equal(await response.text(), '');

  // The Anthropic SDK calls /v1/messages/batches: a 404 its error classes understand.
  response = await call('GET', '/v1/messages/batches?limit=20');
  assert.equal(response.status, 404);
  body = await response.json();
  assert.equal(body.type, 'error');
  assert.equal(body.error.type, 'not_found_error');

  response = await call('POST', '/v1/nowhere');
  assert.equal(response.status, 404);
  body = await response.json();
  assert.equal(body.error.code, 'unknown_url');
});
