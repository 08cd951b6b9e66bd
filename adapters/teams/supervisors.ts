// Who may claim, answer, close, list or delete requests on Teams: the members of the configured
// supervisors' channel, asked of Teams with TeamsInfo (one member look-up in that channel's
// roster) and remembered for a minute per person, yes or no, so a click does not cost a call
// each and someone removed loses the right within a minute. The look-up is always made against
// the configured channel, never the conversation the click came from, and anything that goes
// wrong (not found, Teams unreachable, another tenant) refuses.
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';

export const MEMBERS_TTL_MS = 60_000;

export interface TeamsSupervisorCheck {
  isSupervisor(ctx: TurnContext): Promise<boolean>;
}

export function teamsSupervisors(o: {
  /** The supervisors' channel (its conversation id, "19:...@thread.tacv2"). */
  channel: string;
  logger: Logger;
  now: () => Date;
  ttlMs?: number;
}): TeamsSupervisorCheck {
  const ttl = o.ttlMs ?? MEMBERS_TTL_MS;
  const known = new Map<string, { at: number; member: boolean }>();

  async function ask(ctx: TurnContext, userId: string): Promise<boolean> {
    try {
      const member = await TeamsInfo.getTeamMember(ctx, o.channel, userId);
      return member?.id === userId;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 404: not in the channel, the ordinary refusal. Anything else is worth a line.
      if (status !== 404 && status !== 403)
        o.logger.warn(
          { event: 'teams-supervisors-unreadable', status, err: (error as Error).message },
          'could not read the supervisors channel roster; refusing',
        );
      return false;
    }
  }

  return {
    async isSupervisor(ctx) {
      const userId = ctx.activity.from?.id ?? '';
      if (!userId || !o.channel) return false;
      const at = o.now().getTime();
      const hit = known.get(userId);
      if (hit && at - hit.at < ttl) return hit.member;
      const member = await ask(ctx, userId);
      known.set(userId, { at, member });
      return member;
    },
  };
}
