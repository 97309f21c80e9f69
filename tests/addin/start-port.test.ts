import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npm start` when it cannot have its port: one line saying so and how to pick another, no stack trace. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let held: Server;
let port: number;
beforeAll(async () => {
  held = createServer();
  await new Promise<void>((resolve) => held.listen(0, 'localhost', resolve));
  port = (held.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => held.close(() => resolve()));
});

function start(devPort: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env: { ...process.env, DEV_PORT: devPort }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start', () => {
  it('with its port in use, says so in one line with how to pick another, and exits 1', async () => {
    const result = await start(String(port));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`npm start: port ${port} is in use (another npm start?); stop that process, or run DEV_PORT=${port + 1} npm start to use another port.\n`);
  });

  it('refuses a DEV_PORT that is not a port, in one line', async () => {
    const result = await start('30x0');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('npm start: DEV_PORT must be a port number from 1024 to 65535, not "30x0".\n');
  });
});
