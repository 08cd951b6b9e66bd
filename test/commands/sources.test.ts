import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';
import { citedSources } from '../../src/commands/sources.ts';
import { sourceLine } from '../../src/commands/text.ts';
import { kb } from '../helpers.ts';

describe('sources', () => {
  it('is typed alone; "sources of …" is a question', () => {
    expect(parseCommand('sources')).toEqual({ kind: 'sources' });
    expect(parseCommand(' Sources ')).toEqual({ kind: 'sources' });
    expect(parseCommand('sources of income for a client')).toEqual({
      kind: 'ask',
      text: 'sources of income for a client',
    });
  });

  it('lists each document a topic cites once, with how many topics cite it, most cited first', () => {
    const topicsCiting = (id: string) =>
      kb.topics.filter((t) => t.sources.some((s) => s.id === id)).length;
    const citedIds = [...kb.sources.keys()].filter((id) => topicsCiting(id) > 0);
    const listed = citedSources(kb);
    expect(listed.map((s) => s.title).sort()).toEqual(
      citedIds.map((id) => kb.sources.get(id)?.title).sort(),
    );
    for (const id of citedIds) {
      const doc = kb.sources.get(id);
      expect(listed.find((s) => s.title === doc?.title)?.topics, id).toBe(topicsCiting(id));
    }
    const counts = listed.map((s) => s.topics);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // A document in sources.yaml that no topic cites stands behind no guidance.
    const uncited = [...kb.sources.values()].filter((d) => !topicsCiting(d.id));
    for (const d of uncited) expect(listed.map((s) => s.title)).not.toContain(d.title);
  });

  it('says who publishes a document and how many topics cite it', () => {
    expect(sourceLine({ title: 'Code', publisher: 'Board', topics: 1 })).toBe(
      'Code — Board (cited by 1 topic)',
    );
    expect(sourceLine({ title: 'Code', publisher: null, topics: 3 })).toBe(
      'Code (cited by 3 topics)',
    );
  });
});
