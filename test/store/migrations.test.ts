// Data migrations, on SQLite and PostgreSQL: a database as an older version left it, then a start.
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations.ts';
import type { Database } from '../../src/store/schema.ts';
import { createStore } from '../../src/store/store.ts';
import { KINDS, testLocation } from './helpers.ts';

type Location = Awaited<ReturnType<typeof testLocation>>['location'];

/** The database at `location`, migrated up to `name` only. */
async function migratedTo(location: Location, name: string) {
  const db = new Kysely<Database>({
    dialect: location.databaseUrl
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: location.databaseUrl }) })
      : new SqliteDialect({ database: new SQLite(location.sqlitePath) }),
  });
  const { error } = await new Migrator({ db, provider: migrations }).migrateTo(name);
  if (error) throw error;
  return db;
}

/** A reference as botbuilder's getConversationReference made it, person included. */
const oldReference = (conversation: Record<string, unknown>) =>
  JSON.stringify({
    activityId: '1700000000000',
    user: { id: '29:subscriber', name: 'Sam Rivera', aadObjectId: 'aad-object-id-of-sam' },
    bot: { id: '28:bot-app-id', name: 'boundary-bot' },
    conversation: { tenantId: 'tenant-1', name: 'Peer team', ...conversation },
    channelId: 'msteams',
    locale: 'en-US',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
  });
const NOW = '2026-11-23T17:00:00.000Z';

describe.each(KINDS)('migrations on %s', (kind) => {
  it('0004 rewrites stored Teams references without the person who subscribed or installed', async () => {
    const { location, drop } = await testLocation(kind);
    try {
      const old = await migratedTo(location, '0002-conversations-and-asks');
      const channel = {
        id: '19:c@thread.tacv2;messageid=1',
        conversationType: 'channel',
        isGroup: true,
      };
      const sub = (key: string, platform: string, reference: string | null) => ({
        key,
        platform,
        channel: key.slice(key.indexOf(':') + 1),
        reference,
        time: '09:00',
        zone: 'America/Los_Angeles',
        weekdays_only: 0 as const,
        paused: 0 as const,
        created_at: NOW,
      });
      await old
        .insertInto('subscriptions')
        .values([
          sub('teams:19:c@thread.tacv2', 'teams', oldReference(channel)),
          sub(
            'teams:a:chat',
            'teams',
            oldReference({ id: 'a:chat', conversationType: 'personal' }),
          ),
          sub('teams:broken', 'teams', 'not json'),
          sub('slack:C1', 'slack', null),
        ])
        .execute();
      await old
        .insertInto('conversations')
        .values({
          key: 'teams:19:team@thread.tacv2',
          platform: 'teams',
          reference: oldReference({ id: '19:team@thread.tacv2', conversationType: 'channel' }),
          updated_at: NOW,
        })
        .execute();
      await old.destroy();

      const store = await createStore(location);
      try {
        const subs = await store.subscriptions();
        const stored = [
          ...subs.map((s) => s.reference),
          await store.reference('teams', '19:team@thread.tacv2'),
        ];
        for (const json of stored.filter((r) => r && r !== 'not json'))
          expect(json).not.toMatch(/Sam|aad-object|29:subscriber|activityId|locale|Peer team/);
        const byChannel = new Map(subs.map((s) => [`${s.platform}:${s.channel}`, s.reference]));
        expect(JSON.parse(byChannel.get('teams:19:c@thread.tacv2') ?? '')).toEqual({
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/amer/',
          conversation: { ...channel, tenantId: 'tenant-1' },
          bot: { id: '28:bot-app-id', name: 'boundary-bot' },
        });
        expect(byChannel.get('teams:broken')).toBe('not json');
        expect(byChannel.get('slack:C1')).toBeNull();
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });
});
