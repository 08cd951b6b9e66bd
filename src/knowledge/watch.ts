// Knowledge hot reload (KNOWLEDGE_WATCH=on): when a YAML file in the base or agency folder
// changes, load both again and hand the result on. A bad edit keeps the last good knowledge
// and logs where each problem is (file:line field), so a curator can fix it without a restart.
//
// Each folder is watched on its own, not with { recursive: true }: on Linux, Node 20's
// recursive watch follows each file's inode and goes deaf to a file after an editor's atomic
// save (write a temp file, rename it over the old one), which most editors and git do.
import { createHash } from 'node:crypto';
import { type FSWatcher, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { parseCacheDir } from '../core/knowledge/parse-cache.ts';
import type { MatcherIndex, TrainedModel } from '../core/matcher.ts';
import type { KnowledgeBase } from '../core/types.ts';
import { errorText } from '../error-text.ts';
import { restoreExamples, type TakenExamples } from './lazy-examples.ts';
import type { ReloadRequest, ReloadResult } from './reload-worker.ts';

export interface WatchKnowledgeOptions {
  baseDir: string;
  agencyDir?: string | undefined;
  /** `index` and `model`: what the matcher learns from `kb`, built off the main thread (`model`
   * undefined when the re-ranker's weights in use still fit). */
  onReload(kb: KnowledgeBase, model: TrainedModel | undefined, index: MatcherIndex): void;
  /** The weights in use, so a reload that leaves what they learn from unchanged skips training. */
  currentModel?: () => TrainedModel | null;
  logger: Logger;
  /** Editors write a file in several steps: wait this long after the last change. */
  debounceMs?: number;
  /** The new guide is still built on the main thread (indexing, tens of milliseconds): at least
   * this long passes between the end of one reload and the start of the next. */
  minGapMs?: number;
}

// The worker runs the same TypeScript: through tsx from src/ (development, tests), or as the
// compiled build/knowledge-worker.js next to the compiled server (src/cli/build.mjs).
const fromSource = import.meta.url.endsWith('.ts');
const WORKER = fromSource
  ? new URL('./reload-worker-tsx.mjs', import.meta.url)
  : new URL('./knowledge-worker.js', import.meta.url);

/** Load (and train, when needed) off the main thread. */
function reloadOffThread(request: ReloadRequest): Promise<ReloadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: request,
      execArgv: [],
    });
    const parts: Record<string, unknown> = {};
    worker.on('message', (m: ReloadResult | ({ part: string } & Record<string, unknown>)) => {
      if ('part' in m && m.part !== 'topics') {
        parts[m.part] = m[m.part];
        return;
      }
      // Everything is here: end the worker (it waits for this, see reload-worker.ts).
      void worker.terminate();
      if ('part' in m) {
        const { model, index, quiz, rest } = parts as {
          model: TrainedModel | undefined;
          index: MatcherIndex;
          quiz: KnowledgeBase['quiz'];
          rest: Omit<KnowledgeBase, 'topics' | 'topicsById' | 'quiz'>;
        };
        const kb: KnowledgeBase = {
          topics: m.topics as KnowledgeBase['topics'],
          topicsById: m.topicsById as KnowledgeBase['topicsById'],
          ...rest,
          quiz,
        };
        restoreExamples(kb, m.examples as TakenExamples);
        m = { ok: true, kb, index, model };
      }
      resolve(m);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`knowledge worker stopped (${code})`)));
  });
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

/** The YAML files of the knowledge, in a fixed order (editor temp files left out). */
function yamlFiles(roots: string[]): string[] {
  return roots.flatMap(folders).flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.'))
        .sort()
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  });
}

/** What the knowledge is made of: every YAML file's path and content. */
function fingerprint(roots: string[]): string {
  const hash = createHash('sha1');
  for (const path of yamlFiles(roots)) {
    hash.update(`${path}\0`);
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('\0gone');
    }
  }
  return hash.digest('hex');
}

/** The same, read and hashed one file per turn of the event loop: all at once (~1 MB in some
 * 60 files) held the main thread 5-10 ms at each check. */
async function fingerprintAsync(roots: string[]): Promise<string> {
  const hash = createHash('sha1');
  for (const path of yamlFiles(roots)) {
    hash.update(`${path}\0`);
    try {
      hash.update(await readFile(path));
    } catch {
      hash.update('\0gone');
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
  let busy = false;
  // What the running knowledge was loaded from (the caller loaded it just before).
  let current = fingerprint(roots);

  function changed() {
    if (closed) return;
    clearTimeout(timer);
    const wait = Math.max(debounceMs, lastReload + minGapMs - performance.now());
    // A pending check never keeps the process alive on its own.
    timer = setTimeout(() => void check(), wait).unref();
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
          { event: 'knowledge-watch-failed', dir, err: errorText(error) },
          'cannot watch a knowledge folder; restart to pick up its changes',
        );
      }
    }
  }

  async function check() {
    timer = undefined;
    if (closed) return;
    if (busy) return changed();
    busy = true;
    let reloaded = false;
    try {
      sync();
      const next = await fingerprintAsync(roots);
      if (closed) return;
      if (next === current) {
        // An editor's temp file, or a save that changed nothing: keep the guide as it is.
        o.logger.debug({ event: 'knowledge-unchanged' }, 'knowledge files unchanged');
        return;
      }
      current = next;
      reloaded = true;
      await reload();
    } finally {
      busy = false;
      if (reloaded) lastReload = performance.now();
    }
  }

  async function reload() {
    const started = performance.now();
    let result: ReloadResult;
    try {
      result = await reloadOffThread({
        baseDir: o.baseDir,
        agencyDir: o.agencyDir,
        hash: o.currentModel?.()?.hash ?? null,
        parseCache: parseCacheDir(),
      });
    } catch (error) {
      result = { ok: false, problems: null, message: errorText(error) };
    }
    if (closed) return;
    if (!result.ok) {
      if (result.problems) {
        // Problems name knowledge files and schema rules, never anything a person typed.
        o.logger.warn(
          { event: 'knowledge-rejected', problems: result.problems },
          'knowledge change rejected; keeping the last good knowledge',
        );
      } else {
        o.logger.error(
          { event: 'knowledge-rejected', err: result.message },
          'knowledge could not be read; keeping the last good knowledge',
        );
      }
      return;
    }
    const { kb, model, index } = result;
    try {
      o.onReload(kb, model, index);
    } catch (error) {
      o.logger.error(
        { event: 'knowledge-reload-failed', err: errorText(error) },
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
        trained: model !== undefined,
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
