// The Bot Framework endpoint on the shared HTTP server. CloudAdapter.process wants a parsed
// body and an express-style response; this shim gives it both over node:http.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';
import { readBody } from '../../src/server/http.ts';

export async function botRequest(req: IncomingMessage): Promise<Request> {
  const raw = await readBody(req);
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    body = undefined; // the adapter answers 400
  }
  return { method: req.method ?? 'POST', headers: req.headers, body };
}

export function botResponse(res: ServerResponse): Response {
  let status = 200;
  let payload: string | undefined;
  const shim: Response = {
    socket: res.socket,
    status(code: number) {
      status = code;
      return shim;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return shim;
    },
    send(body: unknown) {
      if (body === undefined || body === null) return shim;
      if (typeof body === 'string') {
        payload = body;
        if (!res.hasHeader('content-type'))
          res.setHeader('content-type', 'text/plain; charset=utf-8');
      } else {
        payload = JSON.stringify(body);
        res.setHeader('content-type', 'application/json; charset=utf-8');
      }
      return shim;
    },
    end() {
      if (res.writableEnded) return shim;
      res.statusCode = status;
      res.end(payload);
      return shim;
    },
  };
  return shim;
}
