using System;
using System.Collections.Generic;
using System.Linq;

namespace Agora.Rest.Testing.State;

/// <summary>Kicking (ban) rules by id; a rule lapses at its expiry, after which lists leave it out.</summary>
internal sealed class KickingRuleStore
{
    private readonly object _gate = new();
    private readonly Dictionary<long, KickingRule> _rules = new();
    private readonly TimeProvider _time;
    private long _lastId = 1000;

    public KickingRuleStore(TimeProvider time)
    {
        _time = time;
    }

    public KickingRule Add(string appId, string? channel, long? uid, string? ip, TimeSpan duration, IReadOnlyList<string> privileges)
    {
        lock (_gate)
        {
            var rule = new KickingRule(++_lastId, appId, channel, uid, ip, _time.GetUtcNow() + duration, privileges);
            _rules.Add(rule.Id, rule);
            return rule;
        }
    }

    public IReadOnlyList<KickingRule> Active(string appId)
    {
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            return _rules.Values.Where(r => r.AppId == appId && r.ExpiresAt > now).OrderBy(r => r.Id).ToList();
        }
    }

    /// <summary>The rule with its new expiry, or <see langword="null"/> when the app has no such rule.</summary>
    public KickingRule? Extend(string appId, long id, TimeSpan duration)
    {
        lock (_gate)
        {
            if (!_rules.TryGetValue(id, out KickingRule? rule) || rule.AppId != appId)
            {
                return null;
            }

            KickingRule extended = rule with { ExpiresAt = _time.GetUtcNow() + duration };
            _rules[id] = extended;
            return extended;
        }
    }

    public bool Remove(string appId, long id)
    {
        lock (_gate)
        {
            return _rules.TryGetValue(id, out KickingRule? rule) && rule.AppId == appId && _rules.Remove(id);
        }
    }
}

/// <summary>One rule: who (channel, user, address) may not do what, until when.</summary>
internal sealed record KickingRule(long Id, string AppId, string? Channel, long? Uid, string? Ip, DateTimeOffset ExpiresAt, IReadOnlyList<string> Privileges);
