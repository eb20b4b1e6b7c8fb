/** Serves the built app with `vite preview` on a port for the length of `work`, then stops it. */
import { spawn } from 'node:child_process';

export async function withPreviewServer<T>(
  port: number,
  work: (base: string) => Promise<T>,
  /** The built app to serve (default: this checkout's dist/). */
  outDir = 'dist',
): Promise<T> {
  const base = `http://127.0.0.1:${port}`;
  // Never measure someone else's server: the port must be free before ours starts.
  const taken = await fetch(base).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is in use: choose another (--port, or BENCH_PORT)`);
  // Vite itself rather than through npx, so that stopping this process stops the server.
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore' },
  );
  let exited: number | null = null;
  server.on('exit', (code) => (exited = code ?? -1));
  try {
    for (let i = 0; ; i++) {
      // With --strictPort, a port taken meanwhile makes Vite exit.
      if (exited !== null)
        throw new Error(`vite preview exited (${exited}): is port ${port} in use?`);
      try {
        await fetch(base);
        break;
      } catch {
        if (i === 100) throw new Error(`vite preview did not answer on port ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return await work(base);
  } finally {
    server.kill();
  }
}
