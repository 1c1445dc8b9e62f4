"""The Lua scripts of the Redis journal: each runs atomically, on the Redis server's clock.

Every key of a run starts with its stem ``<prefix>:journal:{<run>}``; the braces make one hash
tag, so a Redis Cluster keeps a run on one node and a script may reach all of its keys. A
script is handed the stem's ``meta`` key (which carries the slot) and builds the other names
from it. ``ARGV[1]`` is the run id the caller opened: every script first checks the run's
marker still holds it, and answers ``LOST`` when the run's keys are gone (a restart without
persistence, a flush, an eviction), so nothing is written into an empty run as if it were new.
``ARGV[2]`` is the time in seconds, or empty for the Redis server's own clock.

The keys, for a run of n messages (about 700 bytes of Redis memory a message in all):

- ``meta`` (hash): run id, identity scheme, schema version.
- ``seq`` (string): the last batch sequence number given.
- ``counts`` (hash): messages by state code.
- ``m:<identity hex>`` (hash, one a message): ``b`` its latest batch, ``s`` state code, ``p``
  position, ``c`` custom_string, ``r`` recipient (absent for None), ``i`` message id, ``pr``
  price, ``st`` status, ``re`` reason (each absent for None), ``n`` never applied (0 or 1).
- ``b:<batch id>`` (hash, one a batch): ``seq``, ``owner``, ``began``, ``lease``,
  ``finished`` (absent until answered), ``unsettled``.
- ``bm:<batch id>`` (set): identity hexes whose latest batch it is.
- ``unsettled`` (sorted set): batch ids with messages in flight or unknown, scored by ``seq``.
- ``pos`` (sorted set, every score 0): ``<position, 20 digits>:<identity hex>``, so that
  ``ZRANGEBYLEX`` walks (position, identity) order a page at a time.
- ``ids`` (sorted set, every score 0): identity hexes, for identity order.
"""

from __future__ import annotations

# Shared head of every script: the stem, the run check and the clock.
_HEAD = """
local meta = KEYS[1]
local stem = string.sub(meta, 1, -6)
if redis.call('HGET', meta, 'run_id') ~= ARGV[1] then
  return {'LOST'}
end
local now = tonumber(ARGV[2])
if not now then
  local clock = redis.call('TIME')
  now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
end
local function stamp(t) return string.format('%.6f', t) end
local function pos_member(p, hex) return string.format('%020d', tonumber(p)) .. ':' .. hex end
local function unsettled_code(code) return code == '0' or code == '3' end
"""

# KEYS: meta. ARGV: new run id, identity scheme, schema version, create (1/0).
# Returns {run id, identity scheme, schema version} of the run, made when missing and allowed;
# {'MISSING'} when it is missing and may not be made.
OPEN = """
local meta = KEYS[1]
if redis.call('EXISTS', meta) == 0 then
  if ARGV[4] ~= '1' then
    return {'MISSING'}
  end
  redis.call('HSET', meta, 'run_id', ARGV[1], 'identity_scheme', ARGV[2], 'schema', ARGV[3])
end
return redis.call('HMGET', meta, 'run_id', 'identity_scheme', 'schema')
"""

# ARGV[3..]: batch id, owner, lease (s), then 5 values an entry: identity hex, position,
# custom_string, recipient ('=' + value, or '' for None). Returns the 1-based indexes of the
# entries claimed; a batch id already begun, or nothing claimable, writes nothing.
BEGIN = (
    _HEAD
    + """
local batch, owner, lease = ARGV[3], ARGV[4], tonumber(ARGV[5])
local bkey = stem .. ':b:' .. batch
if redis.call('EXISTS', bkey) == 1 then
  return {}
end
local claimed, olds, taken = {}, {}, {}
local i = 6
local index = 1
while i <= #ARGV do
  local hex = ARGV[i]
  if not taken[hex] then
    taken[hex] = true
    local old = redis.call('HMGET', stem .. ':m:' .. hex, 's', 'n', 'b', 'p')
    if not old[1] or (old[1] == '2' and old[2] == '1') then
      claimed[#claimed + 1] = index
      olds[#olds + 1] = old
    end
  end
  i = i + 4
  index = index + 1
end
if #claimed == 0 then
  return {}
end
local seq = redis.call('INCR', stem .. ':seq')
redis.call('HSET', bkey, 'seq', seq, 'owner', owner, 'began', stamp(now),
  'lease', stamp(now + lease), 'unsettled', #claimed)
redis.call('ZADD', stem .. ':unsettled', seq, batch)
local counts = stem .. ':counts'
for n, index in ipairs(claimed) do
  local at = 6 + (index - 1) * 4
  local hex, position, custom, recipient = ARGV[at], ARGV[at + 1], ARGV[at + 2], ARGV[at + 3]
  local mkey = stem .. ':m:' .. hex
  local old = olds[n]
  if old[1] then
    redis.call('HINCRBY', counts, old[1], -1)
    redis.call('SREM', stem .. ':bm:' .. old[3], hex)
    redis.call('ZREM', stem .. ':pos', pos_member(old[4], hex))
    redis.call('HDEL', mkey, 'r', 'i', 'pr', 'st', 're')
  else
    redis.call('ZADD', stem .. ':ids', 0, hex)
  end
  redis.call('HSET', mkey, 'b', batch, 's', '0', 'p', position, 'c', custom, 'n', '0')
  if recipient ~= '' then
    redis.call('HSET', mkey, 'r', string.sub(recipient, 2))
  end
  redis.call('HINCRBY', counts, '0', 1)
  redis.call('SADD', stem .. ':bm:' .. batch, hex)
  redis.call('ZADD', stem .. ':pos', 0, pos_member(position, hex))
end
return claimed
"""
)

# ARGV[3..]: batch id, then 7 values a settlement: identity hex, state code, message id,
# price, status, reason (each '=' + value, or '' for None), never applied (0/1).
# Returns the number of messages changed, or {'NO_BATCH'}.
FINISH = (
    _HEAD
    + """
local batch = ARGV[3]
local bkey = stem .. ':b:' .. batch
if redis.call('EXISTS', bkey) == 0 then
  return {'NO_BATCH'}
end
local counts = stem .. ':counts'
local unsettled = tonumber(redis.call('HGET', bkey, 'unsettled'))
local changed = 0
local fields = {'i', 'pr', 'st', 're'}
for at = 4, #ARGV, 7 do
  local hex, code = ARGV[at], ARGV[at + 1]
  local mkey = stem .. ':m:' .. hex
  local old = redis.call('HMGET', mkey, 'b', 's')
  if old[1] == batch and old[2] ~= '1' then
    redis.call('HSET', mkey, 's', code, 'n', ARGV[at + 6])
    for f = 1, 4 do
      local value = ARGV[at + 1 + f]
      if value == '' then
        redis.call('HDEL', mkey, fields[f])
      else
        redis.call('HSET', mkey, fields[f], string.sub(value, 2))
      end
    end
    redis.call('HINCRBY', counts, old[2], -1)
    redis.call('HINCRBY', counts, code, 1)
    if unsettled_code(old[2]) then unsettled = unsettled - 1 end
    if unsettled_code(code) then unsettled = unsettled + 1 end
    changed = changed + 1
  end
end
redis.call('HSET', bkey, 'unsettled', unsettled)
redis.call('HSETNX', bkey, 'finished', stamp(now))
if unsettled > 0 then
  redis.call('ZADD', stem .. ':unsettled', redis.call('HGET', bkey, 'seq'), batch)
else
  redis.call('ZREM', stem .. ':unsettled', batch)
end
return changed
"""
)

# ARGV[3..]: batch id, owner, lease (s), take (1: also when the lease has run out).
# Returns 1 when ``owner`` now holds the batch, else 0.
HOLD = (
    _HEAD
    + """
local bkey = stem .. ':b:' .. ARGV[3]
local held = redis.call('HMGET', bkey, 'owner', 'lease', 'unsettled')
if not held[1] or tonumber(held[3]) <= 0 then
  return 0
end
local mine = held[1] == ARGV[4]
if not mine and not (ARGV[6] == '1' and tonumber(held[2]) <= now) then
  return 0
end
redis.call('HSET', bkey, 'owner', ARGV[4], 'lease', stamp(now + tonumber(ARGV[5])))
return 1
"""
)

# ARGV[3..]: identity hexes. Returns, for each, {} when never seen, else the message's
# fields s, b, c, p, r, i, pr, st, re, n, then its batch's began and finished times.
READ = (
    _HEAD
    + """
local out = {}
for at = 3, #ARGV do
  local m = redis.call('HMGET', stem .. ':m:' .. ARGV[at], 's', 'b', 'c', 'p', 'r', 'i', 'pr',
    'st', 're', 'n')
  if m[1] then
    local b = redis.call('HMGET', stem .. ':b:' .. m[2], 'began', 'finished')
    m[11], m[12] = b[1], b[2]
  else
    m = {}
  end
  out[#out + 1] = m
end
return out
"""
)

# ARGV[3..]: which set ('pos' or 'ids'), the member after which to start ('' for the first),
# page size. Returns the members of the next page (reading them is READ's work).
PAGE = (
    _HEAD
    + """
local start = '-'
if ARGV[4] ~= '' then start = '(' .. ARGV[4] end
return redis.call('ZRANGEBYLEX', stem .. ':' .. ARGV[3], start, '+', 'LIMIT', 0, ARGV[5])
"""
)

# ARGV[3]: batch id. Returns the identity hexes whose latest batch it is.
BATCH = (
    _HEAD
    + """
return redis.call('SMEMBERS', stem .. ':bm:' .. ARGV[3])
"""
)

# Returns {batch id, owner, began, lease, finished or false, unsettled} a batch, oldest first.
UNSETTLED = (
    _HEAD
    + """
local out = {}
for _, batch in ipairs(redis.call('ZRANGE', stem .. ':unsettled', 0, -1)) do
  local b = redis.call('HMGET', stem .. ':b:' .. batch, 'owner', 'began', 'lease', 'finished',
    'unsettled')
  out[#out + 1] = {batch, b[1], b[2], b[3], b[4], b[5]}
end
return out
"""
)

# Returns the counts hash as a flat list.
COUNTS = (
    _HEAD
    + """
return redis.call('HGETALL', stem .. ':counts')
"""
)

# By the names the store calls them.
SCRIPTS = {
    "OPEN": OPEN,
    "BEGIN": BEGIN,
    "FINISH": FINISH,
    "HOLD": HOLD,
    "READ": READ,
    "PAGE": PAGE,
    "BATCH": BATCH,
    "UNSETTLED": UNSETTLED,
    "COUNTS": COUNTS,
}
