// Serve a surface's routes on the real shared HTTP server, on loopback with a free port.

import { createHttpServer } from '../../src/server/http.ts';
import type { Surface } from '../../src/server/surface.ts';
import type { Services } from '../../src/services.ts';

export async function serveSurface(services: Services, surface: Surface) {
  const http = createHttpServer({
    routes: surface.routes,
    logger: services.logger,
    ready: { database: () => services.store.ping() },
  });
  const { port } = await http.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, close: () => http.close() };
}
