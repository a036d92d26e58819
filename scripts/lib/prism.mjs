// Starts a real Prism mock server for one spec on 127.0.0.1 and stops it again.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.mjs';

const require = createRequire(import.meta.url);
const prismCli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
const READY_TIMEOUT_MS = 30_000;

/**
 * @param {string} specFile absolute path of an OpenAPI document
 * @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>}
 */
export async function startPrism(specFile, { attempts = 3 } = {}) {
  let lastError;
  // The free port can be taken between our probe and Prism's bind; try another one then.
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await startOnce(specFile, await freePort());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function startOnce(specFile, port) {
  const child = spawn(process.execPath, [prismCli, 'mock', '--host', '127.0.0.1', '--port', String(port), specFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop().then(() => reject(new Error(`Prism did not start within ${READY_TIMEOUT_MS} ms:\n${output}`)));
    }, READY_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        // Keep draining so a full pipe never blocks Prism.
        child.stdout.resume();
        child.stderr.resume();
        resolve({ baseUrl: `http://127.0.0.1:${port}`, stop });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited early (${code ?? signal}):\n${output}`));
    });
  });
}
