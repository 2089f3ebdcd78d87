// The official TypeScript SDK (@anthropic-ai/sdk, which sends the key as a
// bearer token and anthropic-version 2026-10-21) as a client of
// `promptwerk-cli serve`, through its generic client.post() with the beta
// header: the same answers as a plain request in the documented form, and
// the SDK's error classes for the statuses the server gives.
//
//   node sdk-client.mjs PROMPTWERK_CLI PROMPTWERK_FAKE_SERVER
import Anthropic from '@anthropic-ai/sdk';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';

const [cli, fakeServer] = process.argv.slice(2);
const beta = { 'anthropic-beta': 'prompt-tools-2025-04-02' };
const key = 'test-key'; // the fake upstream's key
const children = [];

// Starts a process and resolves with the first match of `pattern` in its output.
function start(program, args, pattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let seen = '';
    const onData = (data) => {
      seen += data;
      const match = seen.match(pattern);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${program} ${args.join(' ')} exited with ${code}:\n${seen}`)));
  });
}

function serve(...args) {
  return start(cli, ['serve', '--listen', '127.0.0.1:0', '--max-retries', '0', ...args], /on (http:\/\/127\.0\.0\.1:\d+) /);
}

// The documented form: x-api-key, anthropic-version 2023-06-01.
async function documentedRequest(base, path, body) {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json', ...beta },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json(), requestId: response.headers.get('request-id') };
}

async function expectError(promise, errorClass, status, type) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof errorClass, `expected ${errorClass.name}, got ${error.constructor.name}: ${error.message}`);
    assert.equal(error.status, status);
    assert.equal(error.error?.error?.type, type);
    assert.match(error.requestID ?? '', /^req_[A-Za-z0-9]{24}$/);
    return error;
  }
  assert.fail(`expected ${errorClass.name} (${status})`);
}

const templatize = {
  messages: [{ role: 'user', content: 'Translate hello to German' }],
  system: 'You are an English to German translator',
};
const generate = { task: 'a chef for a meal prep planning service', target_model: 'claude-3-7-sonnet-20250219' };
const improve = {
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Create a recipe for {{food}}' }] }],
  system: 'You are a professional chef',
  feedback: 'Make it more detailed and include cooking times',
};

try {
  const upstream = await start(fakeServer, ['--key', key], /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  const local = await serve('--engine', 'local', '--max-body-bytes', '2000');
  const narrow = await serve('--engine', 'local', '--max-connections', '2');
  const claude = await serve('--engine', 'claude', '--base-url', upstream);
  const sdk = (base, apiKey = key) => new Anthropic({ apiKey, baseURL: base, maxRetries: 0 });
  let checks = 0;

  for (const [base, path, body] of [
    [local, '/v1/experimental/templatize_prompt', templatize],
    [claude, '/v1/experimental/generate_prompt', generate],
    [claude, '/v1/experimental/improve_prompt', improve],
  ]) {
    const answer = await sdk(base).post(path, { body, headers: beta });
    const expected = await documentedRequest(base, path, body);
    assert.equal(expected.status, 200, JSON.stringify(expected.json));
    assert.deepEqual(answer, expected.json, path);
    assert.ok(Array.isArray(answer.usage), 'usage is an array');
    checks++;
  }

  // The SDK's error classes see the server's statuses.
  await expectError(sdk(local).post('/v1/experimental/templatize_prompt', { body: { messages: [] }, headers: beta }),
    Anthropic.BadRequestError, 400, 'invalid_request_error');
  const missingBeta = await expectError(sdk(local).post('/v1/experimental/templatize_prompt', { body: templatize }),
    Anthropic.BadRequestError, 400, 'invalid_request_error');
  assert.match(missingBeta.message, /anthropic-beta/);
  await expectError(sdk(claude, 'wrong-key').post('/v1/experimental/generate_prompt', { body: generate, headers: beta }),
    Anthropic.AuthenticationError, 401, 'authentication_error');
  await expectError(sdk(local).post('/v1/experimental/nothing_here', { body: {}, headers: beta }),
    Anthropic.NotFoundError, 404, 'not_found_error');
  const big = { messages: [{ role: 'user', content: 'x'.repeat(5000) }] };
  await expectError(sdk(local).post('/v1/experimental/templatize_prompt', { body: big, headers: beta }),
    Anthropic.ContentTooLargeError, 413, 'request_too_large');
  checks += 5;

  // Two idle connections fill the narrow server; the SDK's request is the third.
  const port = Number(new URL(narrow).port);
  // Each holder is answered once, so the server has surely taken it in, and stays open.
  const holders = await Promise.all([1, 2].map(() => new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'));
    socket.once('data', () => resolve(socket));
  })));
  const limited = await expectError(sdk(narrow).post('/v1/experimental/templatize_prompt', { body: templatize, headers: beta }),
    Anthropic.RateLimitError, 429, 'rate_limit_error');
  assert.equal(limited.headers.get('retry-after'), '1');
  holders.forEach((socket) => socket.destroy());
  checks++;

  console.log(`sdk-client: ${checks} checks passed with @anthropic-ai/sdk as the client`);
} finally {
  children.forEach((child) => child.kill('SIGTERM'));
}
