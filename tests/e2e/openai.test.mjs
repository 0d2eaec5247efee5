// The official OpenAI SDK against tollgate serve: every OpenAI-shaped route, streaming, and the
// SDK's typed errors for the gateway's own refusals. Each call is checked in the ledger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import { Stack, costNanos, expectedCostNanos } from './harness.mjs';

const stack = new Stack();
let client;
const CANARY = `canary-${process.pid}-${Date.now()}-zebra-quartz`;
const GPT_4O_MINI = { input: '0.15', cacheRead: '0.075', output: '0.60' };

before(async () => {
  await stack.start();
  client = new OpenAI({ apiKey: await stack.createKey('openai-e2e'), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
});
after(() => stack.stop());

function lastTrace() {
  return stack.traces('--key', 'openai-e2e', '--limit', '1')[0];
}

test('chat completion is relayed and booked at the posted price', async () => {
  const reply = await client.chat.completions.create(
    { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `say ${CANARY}` }], max_tokens: 8 },
    { headers: { 'x-fake-cached-tokens': '2' } });
  assert.match(reply.choices[0].message.content, new RegExp(CANARY.slice(0, 12)));
  const trace = lastTrace();
  assert.equal(trace.endpoint, '/v1/chat/completions');
  assert.equal(trace.provider, 'fake-openai');
  assert.equal(trace.status, 200);
  assert.equal(trace.stream, false);
  assert.equal(trace.input_tokens, reply.usage.prompt_tokens);
  assert.equal(trace.cached_input_tokens, 2);
  assert.equal(trace.output_tokens, reply.usage.completion_tokens);
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, GPT_4O_MINI));
  assert.ok(costNanos(trace) > 0n);
});

test('an answer without usage is booked with its output estimated from its text, never as no output', async () => {
  const reply = await client.chat.completions.create(
    { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `say ${CANARY} and a little more` }] },
    { headers: { 'x-fake-behavior': 'no-usage' } });
  assert.equal(reply.usage, undefined, 'the provider sent no usage');
  const trace = lastTrace();
  assert.equal(trace.cost_status, 'estimated');
  assert.equal(trace.output_tokens, Math.ceil(Buffer.byteLength(reply.choices[0].message.content) / 4));
  assert.ok(trace.output_tokens > 0 && trace.input_tokens > 0);
  assert.equal(costNanos(trace), expectedCostNanos(trace, GPT_4O_MINI));
});

test('streamed chat is relayed chunk by chunk, usage hidden unless asked, and never booked at $0', async () => {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'stream me' }], stream: true, max_tokens: 5 });
  let text = '';
  let sawUsage = false;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    if (chunk.usage) sawUsage = true;
  }
  assert.ok(text.length > 0);
  assert.equal(sawUsage, false, 'the client did not ask for include_usage, so it must not see the usage chunk');
  const trace = lastTrace();
  assert.equal(trace.stream, true);
  assert.equal(trace.output_tokens, 5);
  assert.ok(trace.input_tokens > 0);
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, GPT_4O_MINI));
  assert.ok(trace.ttft_ms !== null);
});

test('a stream the provider closes before data: [DONE] is booked as failed, never as ok', async () => {
  const secret = await stack.createKey('truncated-openai');
  const response = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'x-fake-behavior': 'truncated-stream' },
    body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, max_tokens: 10, messages: [{ role: 'user', content: 'cut short' }] }),
  });
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.match(text, /chat\.completion\.chunk/);
  assert.doesNotMatch(text, /\[DONE\]/);
  const trace = stack.traces('--key', 'truncated-openai')[0];
  assert.equal(trace.status, 200, 'the client got a 200 head');
  assert.equal(trace.outcome, 'upstream_reset');
  // No usage chunk came: the relayed part is estimated, never free.
  assert.equal(trace.cost_status, 'estimated');
  assert.ok(costNanos(trace) > 0n);
});

test('a stream that breaks with an error object is relayed and booked as an upstream error', async () => {
  const secret = await stack.createKey('errored-openai');
  const response = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'x-fake-behavior': 'error-mid-stream' },
    body: JSON.stringify({ model: 'gpt-4o-mini', stream: true, max_tokens: 10, messages: [{ role: 'user', content: 'break' }] }),
  });
  assert.equal(response.status, 200);
  assert.match(await response.text(), /"error"/);
  const trace = stack.traces('--key', 'errored-openai')[0];
  assert.equal(trace.status, 200, 'the client got a 200 head');
  assert.equal(trace.outcome, 'upstream_error');
});

test('a Responses stream that ends in response.failed is relayed and booked as an upstream error', async () => {
  const failing = new OpenAI({ apiKey: await stack.createKey('failed-responses'), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  const stream = await failing.responses.create({ model: 'gpt-4o-mini', input: 'break', max_output_tokens: 10, stream: true },
                                                { headers: { 'x-fake-behavior': 'error-mid-stream' } });
  const types = [];
  for await (const event of stream) types.push(event.type);
  assert.equal(types.at(-1), 'response.failed');
  assert.ok(!types.includes('response.completed'));
  const trace = stack.traces('--key', 'failed-responses')[0];
  assert.equal(trace.endpoint, '/v1/responses');
  assert.equal(trace.status, 200, 'the client got a 200 head');
  assert.equal(trace.outcome, 'upstream_error');
  // The failure reported no usage: what was relayed is estimated, never free.
  assert.equal(trace.cost_status, 'estimated');
  assert.ok(costNanos(trace) > 0n);
});

test('a client that asks for stream usage gets it', async () => {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'count' }], stream: true, max_tokens: 3,
    stream_options: { include_usage: true } });
  let usage = null;
  for await (const chunk of stream) if (chunk.usage) usage = chunk.usage;
  assert.ok(usage);
  const trace = lastTrace();
  assert.equal(trace.input_tokens, usage.prompt_tokens);
  assert.equal(trace.output_tokens, usage.completion_tokens);
});

test('responses API, plain and streamed', async () => {
  const response = await client.responses.create({ model: 'gpt-4o-mini', input: 'hello responses', max_output_tokens: 4 });
  assert.equal(response.usage.output_tokens, 4);
  let trace = lastTrace();
  assert.equal(trace.endpoint, '/v1/responses');
  assert.equal(trace.output_tokens, 4);
  assert.equal(costNanos(trace), expectedCostNanos(trace, GPT_4O_MINI));

  const stream = await client.responses.create({ model: 'gpt-4o-mini', input: 'stream responses', stream: true, max_output_tokens: 3 });
  let completed = null;
  for await (const event of stream) if (event.type === 'response.completed') completed = event.response;
  assert.ok(completed);
  trace = lastTrace();
  assert.equal(trace.stream, true);
  assert.equal(trace.output_tokens, completed.usage.output_tokens);
  assert.equal(trace.cost_status, 'exact');
});

test('embeddings are booked with input tokens only', async () => {
  const result = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'embed this text please' });
  assert.equal(result.data.length, 1);
  const trace = lastTrace();
  assert.equal(trace.endpoint, '/v1/embeddings');
  assert.equal(trace.output_tokens, 0);
  assert.equal(trace.input_tokens, result.usage.prompt_tokens);
  assert.equal(costNanos(trace), expectedCostNanos(trace, { input: '0.02', output: '0' }));
});

test('the gateway lists models and refuses with the SDK\'s typed errors', async () => {
  const models = await client.models.list();
  assert.ok(models.data.some((m) => m.id === 'gpt-4o-mini'));
  // Models a key names outright are listed, pinned or unpriced (QA: only the price map's were).
  const named = new OpenAI({ apiKey: await stack.createKey('named', '--models', 'claude-haiku*,fake-anthropic/claude-opus-4-5,my-model'),
                             baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  const namedIds = (await named.models.list()).data.map((m) => m.id);
  for (const id of ['fake-anthropic/claude-opus-4-5', 'my-model', 'claude-haiku-4-5'])
    assert.ok(namedIds.includes(id), `${id} missing from ${namedIds.join()}`);
  assert.ok(!namedIds.includes('gpt-4o-mini'));
  // Named in another case, once, and owned by the provider that serves it on this API (QA re-test: twice,
  // once owned by the Anthropic provider).
  const cased = new OpenAI({ apiKey: await stack.createKey('cased', '--models', 'GPT-4o-mini,my-model'),
                             baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  const casedModels = (await cased.models.list()).data;
  assert.equal(casedModels.filter((m) => m.id.toLowerCase() === 'gpt-4o-mini').length, 1, JSON.stringify(casedModels));
  assert.equal(casedModels.find((m) => m.id === 'my-model')?.owned_by, 'fake-openai');

  const stranger = new OpenAI({ apiKey: 'sk-tg-' + 'x'.repeat(40), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  await assert.rejects(stranger.chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
                       (e) => e instanceof OpenAI.AuthenticationError && e.status === 401 && e.code === 'invalid_api_key');

  const narrow = new OpenAI({ apiKey: await stack.createKey('narrow', '--models', 'claude-*'), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  await assert.rejects(narrow.chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
                       (e) => e instanceof OpenAI.PermissionDeniedError && e.code === 'model_not_allowed');

  const limited = new OpenAI({ apiKey: await stack.createKey('limited', '--rate-limit', '1/min'), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  const { response: first } = await limited.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'one' }], max_tokens: 1 }).withResponse();
  // The key's own limits are announced the way OpenAI announces its own.
  assert.equal(first.headers.get('x-ratelimit-limit-requests'), '1');
  assert.equal(first.headers.get('x-ratelimit-remaining-requests'), '0');
  assert.ok(Number(first.headers.get('x-tollgate-trace-id')) > 0);
  await assert.rejects(limited.chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
                       (e) => e instanceof OpenAI.RateLimitError && e.code === 'rate_limit_exceeded'
                              && Number(e.headers.get('retry-after')) > 0
                              && e.message.includes('limited to 1 request per minute')
                              && e.headers.get('x-ratelimit-limit-requests') === '1'
                              && e.headers.get('x-ratelimit-remaining-requests') === '0');

  // A limit per hour: the SDK (default retries) must raise at once, not sleep for the hour it is told.
  const hourly = new OpenAI({ apiKey: await stack.createKey('hourly', '--rate-limit', '1/h'), baseURL: `${stack.gatewayUrl}/v1` });
  await hourly.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'one' }], max_tokens: 1 });
  const askedAt = Date.now();
  await assert.rejects(hourly.chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
                       (e) => e instanceof OpenAI.RateLimitError && Number(e.headers.get('retry-after')) > 3500
                              && e.headers.get('x-should-retry') === 'false');
  assert.ok(Date.now() - askedAt < 5000, `the SDK waited ${Date.now() - askedAt} ms`);

  const capped = new OpenAI({ apiKey: await stack.createKey('capped', '--max-spend', '0.000000001'), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  await capped.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'spend' }], max_tokens: 2 });
  await assert.rejects(capped.chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
                       (e) => e instanceof OpenAI.APIError && e.status === 402 && e.code === 'key_spend_limit_reached'
                              && e.message.includes('tollgate keys update capped --max-spend USD')); // names the fix, as credit's does

  // Pinned to a provider that speaks another API: nobody can serve it on this route.
  await assert.rejects(client.chat.completions.create({ model: 'fake-anthropic/gpt-4o-mini', messages: [] }),
                       (e) => e instanceof OpenAI.NotFoundError && e.code === 'model_not_found');

  // Rejections are traced too, at no cost, so a retry storm is visible.
  const rejected = stack.traces('--key', 'limited').filter((t) => t.status === 429);
  assert.equal(rejected.length, 1);
  assert.equal(rejected[0].outcome, 'rejected');
  assert.equal(Number(rejected[0].cost_usd), 0);
});

test('a capped key is refused a model without a price; an uncapped one is served and booked unpriced, never $0', async () => {
  const model = 'e2e-house-model-without-price';
  const capped = new OpenAI({ apiKey: await stack.createKey('capped-unpriced', '--max-spend', '5'), baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  await assert.rejects(capped.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }] }),
                       (e) => e instanceof OpenAI.APIError && e.status === 402 && e.code === 'model_unpriced'
                              && e.message.includes(`tollgate prices set ${model}`));
  const refused = stack.traces('--key', 'capped-unpriced');
  assert.equal(refused.length, 1);
  assert.equal(refused[0].outcome, 'rejected');

  const completion = await client.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }] });
  assert.ok(completion.usage.total_tokens > 0);
  const trace = lastTrace();
  assert.equal(trace.model, model);
  assert.equal(trace.status, 200);
  assert.equal(trace.cost_status, 'unpriced');
  assert.equal(trace.cost_usd, null);

  // Nor is a price without an output rate (an image model's map entry) one for a chat answer under a cap
  // (QA: such calls were served and booked unpriced, and the cap never moved).
  const partial = join(stack.dataDir, 'partial-price.json');
  writeFileSync(partial, JSON.stringify({ [model]: { input_cost_per_token: 0.000001, mode: 'chat' } }));
  stack.cli('prices', 'import', partial);
  await new Promise((resolve) => setTimeout(resolve, 1200)); // a config change reaches the gateway within a second
  await assert.rejects(capped.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }] }),
                       (e) => e instanceof OpenAI.APIError && e.status === 402 && e.code === 'model_unpriced');
  // Embeddings answer with no text: their input rate prices them in full.
  await capped.embeddings.create({ model, input: 'x' });
  assert.equal(stack.traces('--key', 'capped-unpriced', '--limit', '1')[0].cost_status, 'exact');

  // With a price the capped key is served.
  stack.cli('prices', 'set', model, '--input', '1', '--output', '2');
  await new Promise((resolve) => setTimeout(resolve, 1200)); // a config change reaches the gateway within a second
  await capped.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }], max_tokens: 4 });
  assert.equal(stack.traces('--key', 'capped-unpriced', '--limit', '1')[0].cost_status, 'exact');
});

// QA: the worst case reserved for a request counted its body's bytes as its input tokens, but a request naming
// a previous response (or an image, a file, a server-side tool) is billed input its body does not carry.
// Forty such requests in flight overran a $0.05 cap by $0.96.
test('a cap holds for requests billed more input than their body carries: a previous response, an image', async () => {
  const capUsd = 0.05;
  const secret = await stack.createKey('capped-context', '--max-spend', String(capUsd));
  const capped = new OpenAI({ apiKey: secret, baseURL: `${stack.gatewayUrl}/v1`, maxRetries: 0 });
  // The fake provider bills 20,000 cached input tokens for each: about $0.025 on gpt-4o.
  const headers = { 'x-fake-cached-tokens': '20000', 'x-fake-behavior': 'slow-first-byte', 'x-fake-delay-ms': '200' };
  const bodies = [
    { model: 'gpt-4o', input: 'go on', previous_response_id: 'resp_e2e_earlier', max_output_tokens: 20 },
    { model: 'gpt-4o', max_output_tokens: 20,
      input: [{ role: 'user', content: [{ type: 'input_image', image_url: 'https://example.com/a.png' }] }] },
  ];
  let refusedForGood = 0;
  const worker = async (index) => {
    for (;;) {
      try {
        await capped.responses.create(bodies[index % bodies.length], { headers });
      } catch (error) {
        assert.equal(error.status, 402, String(error));
        if (error.headers.get('x-should-retry') === 'true') { // the rest is reserved by requests still running
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        refusedForGood += 1;
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: 20 }, (_, i) => worker(i)));
  assert.equal(refusedForGood, 20);
  const served = stack.traces('--key', 'capped-context').filter((t) => t.status === 200);
  assert.ok(served.length >= 2, `${served.length} requests served`);
  const costs = served.map((t) => Number(costNanos(t)));
  const spentNanos = costs.reduce((a, b) => a + b, 0);
  // Over the cap by at most the one request admitted last.
  assert.ok(spentNanos <= capUsd * 1e9 + Math.max(...costs), `spent ${spentNanos / 1e9} USD on a ${capUsd} USD cap`);
});

test('a model pinned to a provider reaches it under its own name, streamed or not, and is booked', async () => {
  // "provider/model": the gateway rewrites "model" (and, for a stream, asks for usage) in the body it sends
  // upstream; the fake provider answers with the model it was sent.
  const reply = await client.chat.completions.create(
    { model: 'fake-openai/gpt-4o-mini', messages: [{ role: 'user', content: 'pinned' }], max_tokens: 4 });
  assert.equal(reply.model, 'gpt-4o-mini');
  let trace = lastTrace();
  assert.equal(trace.model, 'fake-openai/gpt-4o-mini');
  assert.equal(trace.served_model, 'gpt-4o-mini');
  assert.equal(trace.provider, 'fake-openai');
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, GPT_4O_MINI));

  const stream = await client.chat.completions.create(
    { model: 'fake-openai/gpt-4o-mini', messages: [{ role: 'user', content: 'pinned stream' }], stream: true, max_tokens: 4 });
  const models = new Set();
  let sawUsage = false;
  for await (const chunk of stream) {
    models.add(chunk.model);
    if (chunk.usage) sawUsage = true;
  }
  assert.deepEqual([...models], ['gpt-4o-mini']);
  assert.equal(sawUsage, false, 'usage was asked for by the gateway, not the client: hidden');
  trace = lastTrace();
  assert.equal(trace.stream, true);
  assert.equal(trace.served_model, 'gpt-4o-mini');
  assert.equal(trace.output_tokens, 4);
  assert.equal(trace.cost_status, 'exact');
  assert.equal(costNanos(trace), expectedCostNanos(trace, GPT_4O_MINI));
});

test('a malformed body gets a clear 400 in OpenAI\'s shape and is traced', async () => {
  const secret = await stack.createKey('sloppy');
  const response = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: '{"model": ',
  });
  assert.equal(response.status, 400);
  const body = await response.json();
  assert.equal(body.error.type, 'invalid_request_error');
  assert.match(body.error.message, /JSON/);
  const trace = stack.traces('--key', 'sloppy')[0];
  assert.equal(trace.status, 400);
  assert.equal(trace.outcome, 'bad_request');
  // The connection survives a bad request: the same client can go on.
  const again = await fetch(`${stack.gatewayUrl}/v1/models`, { headers: { authorization: `Bearer ${secret}` } });
  assert.equal(again.status, 200);
});

test('a body that names its model twice is refused, not priced as one model and served as the other', async () => {
  const secret = await stack.createKey('two-models');
  const response = await fetch(`${stack.gatewayUrl}/v1/chat/completions`, {
    method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"x"}],"model":"gpt-4o"}',
  });
  assert.equal(response.status, 400);
  const body = await response.json();
  assert.equal(body.error.type, 'invalid_request_error');
  assert.match(body.error.message, /"model" more than once/);
  const trace = stack.traces('--key', 'two-models')[0];
  assert.equal(trace.outcome, 'bad_request');
  assert.equal(Number(trace.cost_usd), 0);
});

test('a "stream" that is not a boolean is refused in the route\'s shape, not guessed', async () => {
  const secret = await stack.createKey('stream-yes');
  for (const [path, stream, model] of [['/v1/chat/completions', '"yes"', 'gpt-4o-mini'], ['/v1/chat/completions', '1', 'gpt-4o-mini'],
                                       ['/v1/messages', '"yes"', 'claude-haiku-4-5']]) {
    const response = await fetch(`${stack.gatewayUrl}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: `{"model":"${model}","max_tokens":2,"stream":${stream},"messages":[{"role":"user","content":"x"}]}`,
    });
    assert.equal(response.status, 400, `${path} with "stream": ${stream}`);
    const body = await response.json();
    const error = path === '/v1/messages' ? (assert.equal(body.type, 'error'), body.error) : body.error;
    assert.equal(error.type, 'invalid_request_error');
    assert.match(error.message, /"stream" must be true or false/);
  }
  const traces = stack.traces('--key', 'stream-yes');
  assert.equal(traces.length, 3);
  assert.ok(traces.every((t) => t.outcome === 'bad_request' && Number(t.cost_usd) === 0));
});

test('upstream errors keep their status and shape', async () => {
  await assert.rejects(client.chat.completions.create({ model: 'fake-500-model', messages: [{ role: 'user', content: 'x' }] }),
                       (e) => e instanceof OpenAI.InternalServerError);
  const trace = stack.traces('--model', 'fake-500-model')[0];
  assert.equal(trace.status, 500);
  assert.equal(trace.outcome, 'upstream_error');
});

test('no prompt, completion or secret ever reaches the data directory', () => {
  const bytes = stack.allDataBytes();
  assert.equal(bytes.includes(CANARY), false);
  assert.equal(bytes.includes('stream me'), false);
});
