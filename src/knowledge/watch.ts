// Knowledge hot reload (KNOWLEDGE_WATCH=on): when a YAML file in the base or agency folder
// changes, load both again and hand the result on. A bad edit keeps the last good knowledge
// and logs where each problem is (file:line field), so a curator can fix it without a restart.
//
// Each folder is watched on its own, not with { recursive: true }: on Linux, Node 20's
// recursive watch follows each file's inode and goes deaf to a file after an editor's atomic
// save (write a temp file, rename it over the old one), which most editors and git do.
import { createHash } from 'node:crypto';
import { type FSWatcher, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadKnowledgeWithOverlay } from '../core/knowledge/overlay.ts';
import { formatProblem, KnowledgeError } from '../core/knowledge/problems.ts';
import type { KnowledgeBase } from '../core/types.ts';

export interface WatchKnowledgeOptions {
  baseDir: string;
  agencyDir?: string | undefined;
  onReload(kb: KnowledgeBase): void;
  logger: Logger;
  /** Editors write a file in several steps: wait this long after the last change. */
  debounceMs?: number;
  /** A reload holds the event loop for 1-2 s (the guide is rebuilt): at least this long passes
   * between the end of one and the start of the next, however the files keep changing. */
  minGapMs?: number;
}

/** A folder and the folders inside it (hidden ones, like .git, left out). */
function folders(dir: string): string[] {
  try {
    const subs = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .flatMap((e) => folders(join(dir, e.name)));
    return [dir, ...subs];
  } catch {
    return [];
  }
}

/** What the knowledge is made of: every YAML file's path and content (editor temp files left out). */
function fingerprint(roots: string[]): string {
  const hash = createHash('sha1');
  for (const dir of roots.flatMap(folders)) {
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.'))
        .sort();
    } catch {}
    for (const n of names) {
      hash.update(`${join(dir, n)}\0`);
      try {
        hash.update(readFileSync(join(dir, n)));
      } catch {
        hash.update('\0gone');
      }
    }
  }
  return hash.digest('hex');
}

function inode(path: string): number {
  try {
    return statSync(path).ino;
  } catch {
    return -1;
  }
}

export function watchKnowledge(o: WatchKnowledgeOptions): { close(): void } {
  const debounceMs = o.debounceMs ?? 250;
  const minGapMs = o.minGapMs ?? 5_000;
  let lastReload = Number.NEGATIVE_INFINITY;
  const roots = [o.baseDir, o.agencyDir].filter((d): d is string => Boolean(d));
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  // What the running knowledge was loaded from (the caller loaded it just before).
  let current = fingerprint(roots);

  function changed() {
    if (closed) return;
    clearTimeout(timer);
    const wait = Math.max(debounceMs, lastReload + minGapMs - performance.now());
    // A pending check never keeps the process alive on its own.
    timer = setTimeout(check, wait).unref();
  }

  /** Watch every folder there is now: new ones (a quiz/ folder added), replaced ones. */
  function sync() {
    const now = new Set(roots.flatMap(folders));
    for (const [dir, w] of watchers) {
      if (now.has(dir) && inode(dir) === w.ino) continue;
      w.watcher.close();
      watchers.delete(dir);
    }
    for (const dir of now) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, changed);
        // A folder removed while watched: the next check drops it.
        watcher.on('error', changed);
        watchers.set(dir, { watcher, ino: inode(dir) });
      } catch (error) {
        o.logger.warn(
          { event: 'knowledge-watch-failed', dir, err: (error as Error).message },
          'cannot watch a knowledge folder; restart to pick up its changes',
        );
      }
    }
  }

  function check() {
    timer = undefined;
    if (closed) return;
    sync();
    const next = fingerprint(roots);
    if (next === current) {
      // An editor's temp file, or a save that changed nothing: keep the guide as it is.
      o.logger.debug({ event: 'knowledge-unchanged' }, 'knowledge files unchanged');
      return;
    }
    current = next;
    reload();
    lastReload = performance.now();
  }

  function reload() {
    const started = performance.now();
    let kb: KnowledgeBase;
    try {
      kb = loadKnowledgeWithOverlay(o.baseDir, o.agencyDir);
    } catch (error) {
      if (error instanceof KnowledgeError) {
        // Problems name knowledge files and schema rules, never anything a person typed.
        o.logger.warn(
          { event: 'knowledge-rejected', problems: error.problems.map(formatProblem) },
          'knowledge change rejected; keeping the last good knowledge',
        );
      } else {
        o.logger.error(
          { event: 'knowledge-rejected', err: (error as Error).message },
          'knowledge could not be read; keeping the last good knowledge',
        );
      }
      return;
    }
    try {
      o.onReload(kb);
    } catch (error) {
      o.logger.error(
        { event: 'knowledge-reload-failed', err: (error as Error).message },
        'new knowledge could not be put in use; keeping the last good knowledge',
      );
      return;
    }
    o.logger.info(
      {
        event: 'knowledge-reloaded',
        topics: kb.topics.length,
        sources: kb.sources.size,
        quiz: kb.quiz.length,
        contacts: kb.crisis.contacts.length,
        ms: Math.round(performance.now() - started),
      },
      'knowledge reloaded',
    );
  }

  sync();
  o.logger.debug({ event: 'knowledge-watching', folders: watchers.size }, 'watching knowledge');
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.watcher.close();
      watchers.clear();
    },
  };
}
