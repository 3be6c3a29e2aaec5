// Runs one Python program as a real process, as both recorders (record.mjs, pairs/record.mjs) do:
// UTF-8 I/O, no bytecode files, a fixed hash seed, killed after a timeout. Node standard library only.
import { spawn } from 'node:child_process';

/** The last non-empty line of a stream (tracebacks are compared by it). */
export function lastLine(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** Resolves with { stdout, stderr, stderrLastLine, exitCode }; exitCode is 'timeout' after `timeoutMs`. */
export function runPython(python, args, dir, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(python, args, {
      cwd: dir,
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ stdout, stderr, stderrLastLine: lastLine(stderr), exitCode: code === null ? (signal === 'SIGKILL' ? 'timeout' : `signal ${signal}`) : code });
    });
  });
}
