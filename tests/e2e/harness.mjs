// Starts the real pieces for an end-to-end test: the fake provider, a data directory configured
// through the tollgate command line, and `tollgate serve` — all on loopback, all stopped afterwards.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const TOLLGATE = process.env.TOLLGATE_BINARY;
const FAKE_PROVIDER = process.env.FAKE_PROVIDER_BINARY;
if (!TOLLGATE || !FAKE_PROVIDER)
  throw new Error('set TOLLGATE_BINARY and FAKE_PROVIDER_BINARY (ctest does)');

export const UPSTREAM_SECRET = 'sk-upstream-e2e-secret';

export function waitForListening(child, name) {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time`)), 20000);
    lines.on('line', (line) => {
      const match = /^listening on (http:\/\/\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited early with ${code}`)));
  });
}

export class Stack {
  async start() {
    this.dataDir = mkdtempSync(join(tmpdir(), 'tollgate-e2e-'));
    this.env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' };
    this.fake = spawn(FAKE_PROVIDER, ['--port', '0', '--api-key', UPSTREAM_SECRET], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.fakeUrl = await waitForListening(this.fake, 'fake provider');
    this.cli('providers', 'add', 'fake-openai', '--type', 'openai', '--base-url', `${this.fakeUrl}/v1`, '--api-key', UPSTREAM_SECRET);
    this.cli('providers', 'add', 'fake-anthropic', '--type', 'anthropic', '--base-url', this.fakeUrl, '--api-key', UPSTREAM_SECRET);
    this.gateway = spawn(TOLLGATE, ['--data', this.dataDir, 'serve', '--listen', '127.0.0.1:0'],
                         { stdio: ['ignore', 'pipe', 'inherit'], env: this.env });
    this.gatewayUrl = await waitForListening(this.gateway, 'tollgate serve');
    return this;
  }

  cli(...args) {
    // Before start() there is no data directory; "--data undefined" made one in the working directory.
    if (!this.dataDir)
      throw new Error('start() the stack before running the command line');
    // Node keeps 1 MiB of a child's output by default; the kill -9 test lists thousands of traces as JSON.
    return execFileSync(TOLLGATE, ['--data', this.dataDir, ...args],
                        { env: this.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }

  json(...args) {
    return JSON.parse(this.cli(...args, ...(args[0] === 'traces' || args[0] === 'report' ? ['--format', 'json'] : ['--json'])));
  }

  // A key made by the CLI reaches the running gateway within a second (it polls the ledger's
  // configuration version); wait until the gateway accepts it, as a user's next call would.
  async createKey(name, ...limits) {
    const secret = this.json('keys', 'create', name, ...limits).secret;
    await this.waitUntilAccepted(secret);
    return secret;
  }

  async waitUntilAccepted(secret) {
    const deadline = Date.now() + 2000;
    for (;;) {
      const response = await fetch(`${this.gatewayUrl}/v1/models`, { headers: { authorization: `Bearer ${secret}` } });
      if (response.status === 200) return;
      if (Date.now() > deadline) throw new Error(`the gateway did not accept a new key within 2 s (${response.status})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  traces(...filters) {
    return this.json('traces', '--limit', '1000', ...filters);
  }

  // Every byte of every file in the data directory, for "no secret / no prompt is stored" checks.
  allDataBytes() {
    const chunks = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else chunks.push(readFileSync(path));
      }
    };
    walk(this.dataDir);
    return Buffer.concat(chunks);
  }

  async stop() {
    for (const child of [this.gateway, this.fake]) {
      if (!child || child.exitCode !== null || child.signalCode !== null) continue; // already gone
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

// Exact cost in nano-USD, from token counts and USD-per-1M rates given as strings: the same
// integer arithmetic the gateway does (sum of tokens × nanos-per-1M, rounded once).
export function expectedCostNanos(trace, rates) {
  const nanosPerMillion = (usd) => BigInt(Math.round(Number(usd) * 1e9));
  const uncached = BigInt(trace.input_tokens - trace.cached_input_tokens - trace.cache_write_tokens);
  let sum = uncached * nanosPerMillion(rates.input)
          + BigInt(trace.cached_input_tokens) * nanosPerMillion(rates.cacheRead ?? rates.input)
          + BigInt(trace.cache_write_tokens) * nanosPerMillion(rates.cacheWrite ?? rates.input)
          + BigInt(trace.output_tokens) * nanosPerMillion(rates.output);
  return (sum + 500000n) / 1000000n;
}

export function costNanos(trace) {
  // JSON numbers arrive as doubles; below a million dollars nine decimals survive toFixed exactly.
  const [whole, fraction] = Number(trace.cost_usd).toFixed(9).split('.');
  return BigInt(whole) * 1000000000n + BigInt((fraction ?? '').padEnd(9, '0'));
}
