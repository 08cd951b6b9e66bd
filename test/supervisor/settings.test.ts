// The "Ask a supervisor" settings: defaults, fail-fast messages (never the key), and where a
// request goes.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { placeFor, supervisorsConfigured } from '../../src/supervisor/settings.ts';

describe('supervisor settings', () => {
  it('has defaults, and no supervisors until a place is set', () => {
    const s = loadConfig({}).supervisors;
    expect(supervisorsConfigured(s)).toBe(false);
    expect(s).toMatchObject({
      anonymous: true,
      showAnswerer: 'role',
      remindAfterHours: 4,
      retentionDays: 30,
      workingHours: { zone: 'America/Los_Angeles', start: 540, end: 1020, days: [1, 2, 3, 4, 5] },
    });
    expect(s.draftsDir).toMatch(/data\/agency-drafts$/);
    expect(placeFor(s, 'slack')).toBeNull();
  });

  it('names each invalid variable and what it expects, never the key', () => {
    try {
      loadConfig({
        SUPERVISOR_SLACK_CHANNEL: '#supervisors',
        SUPERVISOR_CONSOLE_KEY: 'short-secret',
        SUPERVISOR_WORKING_HOURS: '17:00-09:00',
        SUPERVISOR_ZONE: 'Pacific',
        SUPERVISOR_RETENTION_DAYS: '0',
        SUPERVISOR_SHOW_ANSWERER: 'everyone',
      });
      expect.unreachable();
    } catch (error) {
      const m = (error as Error).message;
      expect(m).toMatch(
        /SUPERVISOR_SLACK_CHANNEL: is not a Slack channel id \(expected a Slack channel id/,
      );
      expect(m).toMatch(/SUPERVISOR_CONSOLE_KEY: is shorter than 16 characters/);
      expect(m).toMatch(/SUPERVISOR_WORKING_HOURS: is not a HH:MM-HH:MM window/);
      expect(m).toMatch(/SUPERVISOR_ZONE: is not an IANA time zone/);
      expect(m).toMatch(/SUPERVISOR_RETENTION_DAYS: .*expected whole days from 1 to 3650/);
      expect(m).toMatch(/SUPERVISOR_SHOW_ANSWERER: .*expected role or name/);
      expect(m).not.toContain('short-secret');
    }
    expect(loadConfig({ SUPERVISOR_CHANEL: 'C1' }).warnings).toEqual([
      'SUPERVISOR_CHANEL is not a boundary-bot setting (ignored); see .env.example',
    ]);
  });

  it("sends a request to the asker's own surface's place, else the first set", () => {
    const both = loadConfig({
      SUPERVISOR_SLACK_CHANNEL: 'CSUPER1',
      SUPERVISOR_TEAMS_CHANNEL: '19:abc@thread.tacv2',
      SUPERVISOR_CONSOLE_KEY: 'k'.repeat(16),
      SUPERVISOR_WORKING_HOURS: '08:30-16:30',
    }).supervisors;
    expect(both.workingHours).toMatchObject({ start: 510, end: 990 });
    expect(placeFor(both, 'teams')).toEqual({ platform: 'teams', channel: '19:abc@thread.tacv2' });
    expect(placeFor(both, 'slack')).toEqual({ platform: 'slack', channel: 'CSUPER1' });
    expect(placeFor(both, 'console')).toEqual({ platform: 'console', channel: 'supervisors' });
    const slackOnlyConfig = loadConfig({ SUPERVISOR_SLACK_CHANNEL: 'CSUPER1' });
    // Slack is not running here: said at start, as its cards would wait.
    expect(slackOnlyConfig.warnings).toEqual([
      expect.stringMatching(/^SUPERVISOR_SLACK_CHANNEL is set but Slack is not configured/),
    ]);
    const slackOnly = slackOnlyConfig.supervisors;
    expect(placeFor(slackOnly, 'teams')).toEqual({ platform: 'slack', channel: 'CSUPER1' });
    expect(placeFor(slackOnly, 'console')).toEqual({ platform: 'slack', channel: 'CSUPER1' });
  });
});
