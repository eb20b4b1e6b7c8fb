/** Serves the built app with `vite preview` on a port for the length of `work`, then stops it. */
import { spawn } from 'node:child_process';

export async function withPreviewServer<T>(
  port: number,
  work: (base: string) => Promise<T>,
): Promise<T> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(base);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return await work(base);
  } finally {
    server.kill();
  }
}
