import {afterAll, beforeAll, expect, test} from 'vitest';
import {serve, type Server} from './serve.mjs';

let server: Server;
beforeAll(async () => {
  server = await serve();
});
afterAll(() => server.close());

test('the root address leads to the demo', async () => {
  const response = await fetch(`${server.url}/`, {redirect: 'manual'});
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/demo/');
});

test('a malformed percent-escape is answered 400, and the server keeps serving', async () => {
  expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400);
  const page = await fetch(`${server.url}/demo/index.html`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<support-helpline-card');
});
