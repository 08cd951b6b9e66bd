// Conversation references keep where to post and as which bot, never the person.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseReference, referenceOf } from '../../../adapters/teams/reference.ts';
import { channelMention } from './activities.ts';

describe('conversation references', () => {
  it('keep only what posting needs', () => {
    const activity = channelMention({ serviceUrl: 'https://smba.example/' }, 'quiz');
    const ref = referenceOf(activity as unknown as Partial<Activity>);
    expect(Object.keys(ref).sort()).toEqual(['bot', 'channelId', 'conversation', 'serviceUrl']);
    expect(JSON.stringify(ref)).not.toMatch(/Sam|aad-1|29:user/);
  });

  it('drop the person from a reference stored in full', () => {
    const full = JSON.stringify({
      activityId: '1',
      user: { id: '29:user-1', name: 'Sam', aadObjectId: 'aad-1' },
      bot: { id: '28:bot', name: 'boundary-bot' },
      conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 't', name: 'x' },
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/',
    });
    expect(parseReference(full)).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/',
      conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 't' },
      bot: { id: '28:bot', name: 'boundary-bot' },
    });
    expect(() => parseReference('{"user":{"name":"Sam"}}')).toThrow(/no service URL/);
  });
});
