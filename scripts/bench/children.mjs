// The benchmarks' child processes: the loopback server and the runners. Every child runs on plain
// `node` (no flags inherited from this process, no NODE_OPTIONS) and is tracked, so all of them are
// killed when this process exits, throws or gets Ctrl-C.
import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const RUNNER = fileURLToPath(new URL('./runner.mjs', import.meta.url));
const SERVER = fileURLToPath(new URL('./loopback-server.mjs', import.meta.url));

const { NODE_OPTIONS: _ignored, ...plainEnv } = process.env;
const plain = { execArgv: [], env: plainEnv };
const children = new Set();

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function killAll() {
  for (const child of children) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** The child's next IPC message; rejects if it exits first. */
function nextMessage(child, what) {
  return new Promise((resolve, reject) => {
    const onMessage = (message) => {
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code, signal) => {
      child.off('message', onMessage);
      reject(new Error(`${what} exited (${signal ?? `code ${code}`}) without answering`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Forks the loopback server (`poll`: one that never sleeps); resolves once it listens. */
export async function startServer({ poll = false } = {}) {
  const child = track(fork(SERVER, poll ? ['--poll'] : [], plain));
  const { port, listBytes } = await nextMessage(child, 'the loopback server');
  return { baseUrl: `http://127.0.0.1:${port}`, listBytes, pid: child.pid, stop: () => child.kill() };
}

/** Forks a throughput runner for one contender; resolves once it is ready (or rejects). */
export async function startRunner(contenderId, baseUrl) {
  const what = `the ${contenderId} runner`;
  const child = track(fork(RUNNER, [contenderId, baseUrl], plain));
  const answerOf = async (message) => {
    if (message.type === 'error') {
      child.kill();
      throw new Error(`${what} failed: ${message.message}`);
    }
    return message;
  };
  const ready = await answerOf(await nextMessage(child, what));
  return {
    ready,
    /** Runs one measurement: `{ method, requests, inFlight, gc? }` → `{ rps, cpuUs, gcUs? }`. */
    async measure(scenario) {
      child.send(scenario);
      return answerOf(await nextMessage(child, what));
    },
    stop: () => child.kill(),
  };
}

/** Spawns `node ...args`; its stdout, exit code and wall time from spawn to exit (ms). */
export function runToExit(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = track(spawn(process.execPath, args, { env: plainEnv, stdio: ['ignore', 'pipe', 'inherit'] }));
    let wallMs;
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.once('error', reject);
    child.once('exit', () => {
      wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    });
    child.once('close', (code) => resolve({ code, stdout, wallMs }));
  });
}
