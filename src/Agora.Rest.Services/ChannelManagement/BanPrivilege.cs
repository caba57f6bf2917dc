using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ChannelManagement;

/// <summary>A privilege a ban rule takes away (<c>privileges</c>); a value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct BanPrivilege : IEquatable<BanPrivilege>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The value as Agora spells it.</param>
    public BanPrivilege(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>join_channel</c>: may not join; a user already in is kicked out.</summary>
    public static BanPrivilege JoinChannel { get; } = new("join_channel");

    /// <summary><c>publish_audio</c>: may not publish audio.</summary>
    public static BanPrivilege PublishAudio { get; } = new("publish_audio");

    /// <summary><c>publish_video</c>: may not publish video.</summary>
    public static BanPrivilege PublishVideo { get; } = new("publish_video");

    /// <summary>The wire value (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares wire values, ordinally.</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(BanPrivilege other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BanPrivilege other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether two values have the same wire value.</summary>
    public static bool operator ==(BanPrivilege left, BanPrivilege right) => left.Equals(right);

    /// <summary>Whether two values have different wire values.</summary>
    public static bool operator !=(BanPrivilege left, BanPrivilege right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<BanPrivilege>
    {
        protected override BanPrivilege FromWire(string value) => new(value);
    }
}
