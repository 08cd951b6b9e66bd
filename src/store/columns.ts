// How values are written to columns: booleans as 0/1, times as ISO-8601 UTC text.
import type { Bit } from './schema.ts';

export const toBit = (value: boolean): Bit => (value ? 1 : 0);
export const fromBit = (bit: number): boolean => bit === 1;
export const iso = (date: Date) => date.toISOString();

/** The key of a channel or conversation: "platform:channel". */
export const channelKey = (platform: string, channel: string) => `${platform}:${channel}`;
