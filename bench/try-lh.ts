import { serveStatic } from '../tests/browser/support/server';
import { runLighthouse } from './lighthouse';
export default async function () {
  const server = await serveStatic('/tmp/ac-build');
  try {
    const s = await runLighthouse(server.origin + '/', 1, console.log);
    console.log(s);
  } finally { await server.close(); }
}
