using System;

namespace Agora.Rest.Tokens;

/// <summary>How a token provider issues and renews tokens.</summary>
public sealed class TokenProviderOptions
{
    private TimeSpan _lifetime = TimeSpan.FromHours(1);
    private TimeSpan _renewalMargin = TimeSpan.FromMinutes(5);
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>How long each token (and its privileges) lasts: 1 second to 24 hours; 1 hour by default.</summary>
    public TimeSpan Lifetime
    {
        get => _lifetime;
        set => _lifetime = value >= TimeSpan.FromSeconds(1) && value <= TimeSpan.FromSeconds(TokenExpiry.MaxSeconds)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A token lifetime is 1 second to 24 hours.");
    }

    /// <summary>
    /// How long before expiry a new token is built: 5 minutes by default. Must be shorter than
    /// <see cref="Lifetime"/>; requests in flight then never carry a token about to lapse.
    /// </summary>
    public TimeSpan RenewalMargin
    {
        get => _renewalMargin;
        set => _renewalMargin = value >= TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The renewal margin cannot be negative.");
    }

    /// <summary>The clock; the system clock by default.</summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The lifetime tokens carry: whole seconds, as the token stores them.</summary>
    internal uint LifetimeSeconds => (uint)_lifetime.TotalSeconds;

    internal void Validate()
    {
        // Issue times are whole seconds too, so a token can be up to a second older than the clock says;
        // without that second of room a provider would rebuild on every call.
        if (TimeSpan.FromSeconds(LifetimeSeconds) - _renewalMargin <= TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException(
                $"The renewal margin ({_renewalMargin}) must be more than a second shorter than the token lifetime in whole seconds ({LifetimeSeconds} s).",
                "options");
        }
    }
}
