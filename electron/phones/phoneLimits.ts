import { RateLimiterMemory } from 'rate-limiter-flexible';

/** What holds the participant link: each figure is a limit a room of phones stays far inside. */
export interface PhoneLimits {
  /** Phone sockets open (or opening) at once; more are refused with 503. */
  maxSockets: number;
  /** Sockets one phone (one token) may hold at once: a phone with two tabs, not a phone pretending to be a room. */
  maxSocketsPerPhone: number;
  /** Socket openings one network address may make per minute (a phone waking and reconnecting makes a few). */
  joinsPerMinutePerAddress: number;
  /** Wrong room codes one network address may try per minute; past it, even the right code waits. */
  wrongCodesPerMinutePerAddress: number;
  /** Messages one phone may send per second; more are refused (the phone sends them again a moment later). */
  messagesPerSecondPerPhone: number;
  /** How long a new socket has to say hello. */
  helloTimeoutMs: number;
  /** Bytes waiting to go out to one phone above which it is cut off (it reconnects and is sent the view again). */
  maxBufferedBytes: number;
}

/** The limits of a real room (issue #14: 300 phone sockets, 5 messages a second each). */
export const DEFAULT_PHONE_LIMITS: PhoneLimits = {
  maxSockets: 300,
  maxSocketsPerPhone: 4,
  joinsPerMinutePerAddress: 60,
  wrongCodesPerMinutePerAddress: 10,
  messagesPerSecondPerPhone: 5,
  helloTimeoutMs: 10_000,
  maxBufferedBytes: 256 * 1024,
};

/** A counter of tries per key over a window of time (rate-limiter-flexible, in memory). */
export interface TryCounter {
  /** Takes one try for `key`; false when the key has used up its tries for now. */
  take(key: string): Promise<boolean>;
  /** Whether `key` still has a try left, without taking one. */
  hasLeft(key: string): Promise<boolean>;
}

/** `points` tries per `seconds` per key. */
export function tryCounter(points: number, seconds: number): TryCounter {
  const limiter = new RateLimiterMemory({ points, duration: seconds });
  return {
    take: (key) =>
      limiter.consume(key).then(
        () => true,
        () => false,
      ),
    hasLeft: async (key) => {
      const used = await limiter.get(key);
      return used === null || used.remainingPoints > 0;
    },
  };
}
