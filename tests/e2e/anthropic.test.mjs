// The official Anthropic SDK against tollgate serve: messages plain and streamed, cache tokens
// priced at their own rates, and the SDK's typed errors for the gateway's refusals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { Stack, costNanos, expectedCostNanos } from './harness.mjs';

const stack = new Stack();
let client;
// claude-haiku-4-5 in the bundled map: USD per 1M tokens.
const HAIKU = { input: '1', cacheRead: '0.1', cacheWrite: '1.25', output: '5' };

before(async () => {
  await stack.start();
  client = new Anthropic({ apiKey: await stack.createKey('anthropic-e2e'), baseURL: stack.gatewayUrl, maxRetries: 0 });
});
after(() => stack.stop());

function lastTrace() {
  return stack.traces('--key', 'anthropic-e2e', '--limit', '1')[0];
}

test('a message is relayed and its cache reads and writes are priced at their own rates', async () => {
  const message = await client.messages.create(
    { model: 'claude-haiku-4-5', max_tokens: 6, messages: [{ role: 'user', content: 'hello claude' }] },
    { headers: { 'x-fake-cached-tokens': '1000', 'x-fake-cache-write-tokens': '200' } });
  assert.equal(message.type, 'message');
  assert.equal(message.usage.cache_read_input_tokens, 1000);
  const trace = lastTrace();
  assert.equal(trace.endpoint, '/v1/messages');
  assert.equal(trace.provider, 'fake-anthropic');
  // Anthropic reports cache tokens beside input_tokens; the ledger counts all input together.
  assert.equal(trace.input_tokens, message.usage.input_tokens + 1000 + 200);
  assert.equal(trace.cached_input_tokens, 1000);
  assert.equal(trace.cache_write_tokens, 200);
  assert.equal(trace.output_tokens, 6);
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, HAIKU));
});

test('a message without usage is booked with its output estimated from its text', async () => {
  const message = await client.messages.create(
    { model: 'claude-haiku-4-5', max_tokens: 40, messages: [{ role: 'user', content: 'hello claude, say a little' }] },
    { headers: { 'x-fake-behavior': 'no-usage' } });
  assert.equal(message.usage, undefined, 'the provider sent no usage');
  const trace = lastTrace();
  assert.equal(trace.cost_status, 'estimated');
  assert.equal(trace.output_tokens, Math.ceil(Buffer.byteLength(message.content[0].text) / 4));
  assert.ok(trace.output_tokens > 0);
  assert.equal(costNanos(trace), expectedCostNanos(trace, HAIKU));
});

test('a streamed message is booked from message_start and message_delta', async () => {
  const stream = client.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 4, messages: [{ role: 'user', content: 'stream' }] });
  let text = '';
  stream.on('text', (delta) => { text += delta; });
  const final = await stream.finalMessage();
  assert.ok(text.length > 0);
  const trace = lastTrace();
  assert.equal(trace.stream, true);
  assert.equal(trace.output_tokens, final.usage.output_tokens);
  assert.equal(trace.input_tokens, final.usage.input_tokens);
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, HAIKU));
});

test('a stream that fails after its 200 head is booked as failed, with the usage it reported', async () => {
  // An overloaded_error event mid-stream (api-formats.md §5.2): the SDK raises it, the ledger says so.
  await assert.rejects((async () => {
    const stream = await client.messages.create(
      { model: 'claude-haiku-4-5', max_tokens: 4, stream: true, messages: [{ role: 'user', content: 'overload me' }] },
      { headers: { 'x-fake-behavior': 'error-mid-stream' } });
    for await (const event of stream) void event;
  })(), (e) => e instanceof Anthropic.APIError && /overloaded/i.test(e.message));
  let trace = lastTrace();
  assert.equal(trace.stream, true);
  assert.equal(trace.status, 200, 'the client got a 200 head');
  assert.equal(trace.outcome, 'upstream_error');
  assert.ok(trace.input_tokens > 0, 'message_start\'s usage is booked');
  assert.equal(trace.cost_status, 'estimated');
  assert.ok(costNanos(trace) > 0n);

  // Closed cleanly before message_stop: a truncated answer, not a success.
  const secret = await stack.createKey('truncated-anthropic');
  const response = await fetch(`${stack.gatewayUrl}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': secret, 'content-type': 'application/json', 'x-fake-behavior': 'truncated-stream' },
    body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 4, stream: true, messages: [{ role: 'user', content: 'cut' }] }),
  });
  assert.equal(response.status, 200);
  assert.doesNotMatch(await response.text(), /message_stop/);
  trace = stack.traces('--key', 'truncated-anthropic')[0];
  assert.equal(trace.status, 200);
  assert.equal(trace.outcome, 'upstream_reset');
  assert.ok(trace.input_tokens > 0);
  assert.ok(costNanos(trace) > 0n);
});

test('count_tokens is answered and costs nothing', async () => {
  const counted = await client.messages.countTokens({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'how long' }] });
  assert.ok(counted.input_tokens > 0);
  const trace = lastTrace();
  assert.equal(trace.endpoint, '/v1/messages/count_tokens');
  assert.equal(Number(trace.cost_usd), 0);

  // Free, so a key past its cap may still count (it answered 402 once the cap was reached).
  const capped = new Anthropic({ apiKey: await stack.createKey('counting', '--max-spend', '0.000000001'), baseURL: stack.gatewayUrl, maxRetries: 0 });
  await capped.messages.create({ model: 'claude-haiku-4-5', max_tokens: 2, messages: [{ role: 'user', content: 'spend the cap' }] });
  await assert.rejects(capped.messages.create({ model: 'claude-haiku-4-5', max_tokens: 2, messages: [{ role: 'user', content: 'more' }] }),
                       (e) => e.status === 402);
  const recounted = await capped.messages.countTokens({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'how long' }] });
  assert.equal(recounted.input_tokens, counted.input_tokens);
});

test('refusals arrive as the SDK\'s typed errors in Anthropic\'s shape', async () => {
  const stranger = new Anthropic({ apiKey: 'not-a-tollgate-key', baseURL: stack.gatewayUrl, maxRetries: 0 });
  await assert.rejects(stranger.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1, messages: [] }),
                       (e) => e instanceof Anthropic.AuthenticationError && e.error?.error?.type === 'authentication_error');

  const narrow = new Anthropic({ apiKey: await stack.createKey('narrow', '--models', 'gpt-*'), baseURL: stack.gatewayUrl, maxRetries: 0 });
  await assert.rejects(narrow.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1, messages: [] }),
                       (e) => e instanceof Anthropic.PermissionDeniedError);

  const limited = new Anthropic({ apiKey: await stack.createKey('tpm', '--tpm', '1'), baseURL: stack.gatewayUrl, maxRetries: 0 });
  await limited.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1, messages: [{ role: 'user', content: 'use tokens' }] });
  await assert.rejects(limited.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1, messages: [] }),
                       (e) => e instanceof Anthropic.RateLimitError && e.error?.error?.type === 'rate_limit_error');

  stack.cli('credit', 'add', '0.000000001');
  const anyone = new Anthropic({ apiKey: await stack.createKey('wallet'), baseURL: stack.gatewayUrl, maxRetries: 0 });
  // The credit change reaches the running gateway within a second.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await anyone.messages.create({ model: 'claude-haiku-4-5', max_tokens: 2, messages: [{ role: 'user', content: 'spend it' }] });
  await assert.rejects(anyone.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1, messages: [] }),
                       (e) => e instanceof Anthropic.APIError && e.status === 402 && e.error?.error?.type === 'billing_error');
  stack.cli('credit', 'off');
  await new Promise((resolve) => setTimeout(resolve, 1200));
});

test('an overloaded provider (529) is relayed with its own error', async () => {
  await assert.rejects(client.messages.create({ model: 'fake-529-model', max_tokens: 1, messages: [{ role: 'user', content: 'x' }] }),
                       (e) => e instanceof Anthropic.APIError && e.status === 529);
});

test('a key\'s model globs match the model without its provider pin', async () => {
  const claudeOnly = new Anthropic({ apiKey: await stack.createKey('claude-only', '--models', 'claude-*'), baseURL: stack.gatewayUrl, maxRetries: 0 });
  const pinned = await claudeOnly.messages.create({ model: 'fake-anthropic/claude-haiku-4-5', max_tokens: 2,
                                                    messages: [{ role: 'user', content: 'pinned' }] });
  assert.equal(pinned.model, 'claude-haiku-4-5');
  // A prefix that names no provider is part of the model's name: the glob does not match it.
  await assert.rejects(claudeOnly.messages.create({ model: 'elsewhere/claude-haiku-4-5', max_tokens: 1, messages: [] }),
                       (e) => e instanceof Anthropic.PermissionDeniedError);

  // A glob written for the pinned form keeps working, and still allows nothing else.
  const pinnedOnly = new Anthropic({ apiKey: await stack.createKey('pinned-only', '--models', 'fake-anthropic/claude-*'),
                                     baseURL: stack.gatewayUrl, maxRetries: 0 });
  await pinnedOnly.messages.create({ model: 'fake-anthropic/claude-haiku-4-5', max_tokens: 2, messages: [{ role: 'user', content: 'ok' }] });
  await assert.rejects(pinnedOnly.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1, messages: [] }),
                       (e) => e instanceof Anthropic.PermissionDeniedError);
});
