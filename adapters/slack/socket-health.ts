// Whether the Socket Mode connection is up and alive, for /readyz. Slack restarts these
// connections regularly (a "disconnect" message, then a new socket), so a short gap is normal:
// only a connection down for longer than `downGraceMs` is reported. Alive means something came
// from Slack lately: a message, or a pong to the client's pings (every ~2 s, read from undici's
// WebSocket diagnostics channels, which Bolt's socket client uses itself). A socket that Bolt
// believes connected while nothing arrives for `staleMs` is stale.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

/** A restart takes a second or two; a minute down is not a restart. */
export const DOWN_GRACE_MS = 30_000;

/** Bolt's SocketModeClient, as far as it is read here (its states are events). */
export interface StateEvents {
  on(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
}

export interface SocketHealthOptions {
  staleMs: number;
  downGraceMs?: number;
  /** Milliseconds since the epoch. */
  now?: () => number;
}

export interface SocketHealth {
  /** Resolves when ready; throws with what is wrong. */
  check(): Promise<void>;
  stop(): void;
}

const FRAMES = ['undici:websocket:pong', 'undici:websocket:ping'] as const;

export function socketHealth(client: StateEvents, o: SocketHealthOptions): SocketHealth {
  const now = o.now ?? Date.now;
  const grace = o.downGraceMs ?? DOWN_GRACE_MS;
  let connected = false;
  let changed = now();
  let seen = now();
  const up = () => {
    connected = true;
    changed = now();
    seen = changed;
  };
  const down = () => {
    if (connected) changed = now();
    connected = false;
  };
  const alive = () => {
    if (connected) seen = now();
  };
  client.on('connected', up);
  for (const state of ['disconnecting', 'disconnected', 'reconnecting'] as const)
    client.on(state, down);
  client.on('ws_message', alive);
  for (const name of FRAMES) subscribe(name, alive);

  const seconds = (ms: number) => Math.round(ms / 1000);
  return {
    async check() {
      const at = now();
      if (!connected) {
        if (at - changed > grace)
          throw new Error(`Socket Mode connection down for ${seconds(at - changed)} s`);
        return;
      }
      if (at - seen > o.staleMs)
        throw new Error(
          `Socket Mode connection stale: nothing from Slack for ${seconds(at - seen)} s`,
        );
    },
    stop() {
      client.off('connected', up);
      for (const state of ['disconnecting', 'disconnected', 'reconnecting'] as const)
        client.off(state, down);
      client.off('ws_message', alive);
      for (const name of FRAMES) unsubscribe(name, alive);
    },
  };
}
