"""The Lua scripts of the shared rate limiter: each runs atomically, on the Redis server's clock.

Times are milliseconds since the epoch as Redis's ``TIME`` reads them, so hosts whose clocks
disagree still agree on every slot. The slots of an account are a sorted set: a member per
attempt, scored with the time its slot frees (its lease's end while it is in flight, ``per``
after its answer once it is over). The cool-down is a string: when it ends.
"""

from __future__ import annotations

# KEYS: slots, cool-down. ARGV: requests, per (ms), lease (ms), token.
# Returns {0, "0"}: slot taken; {1, ms}: cooling down for ms more; {2, ms}: full, a slot may
# free in ms (an attempt still in flight frees its slot no sooner than ``per`` after now).
ACQUIRE = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local cool = redis.call('GET', KEYS[2])
if cool and tonumber(cool) > now then
  return {1, tostring(tonumber(cool) - now)}
end
local per = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  local lease = tonumber(ARGV[3])
  redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(lease + per))
  return {0, '0'}
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {2, tostring(math.min(tonumber(first[2]) - now, per))}
"""

# KEYS: slots. ARGV: per (ms), token. The slot frees ``per`` after now; a slot lost to a
# restart or a passed lease is put back, so the answer just read still counts.
RELEASE = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local per = tonumber(ARGV[1])
redis.call('ZADD', KEYS[1], now + per, ARGV[2])
if redis.call('PTTL', KEYS[1]) < per then
  redis.call('PEXPIRE', KEYS[1], math.ceil(per))
end
return 1
"""

# KEYS: cool-down. ARGV: length (ms). A longer cool-down already set is kept.
COOL_DOWN = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local ends = now + tonumber(ARGV[1])
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) >= ends then
  return 0
end
redis.call('SET', KEYS[1], tostring(ends), 'PX', math.ceil(ends - now) + 1)
return 1
"""
