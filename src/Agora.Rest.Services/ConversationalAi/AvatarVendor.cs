using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// An avatar provider.
/// Any other text Agora sends reads as it is.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly struct AvatarVendor : IEquatable<AvatarVendor>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact text Agora uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AvatarVendor(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>akool</c>: Akool.</summary>
    public static AvatarVendor Akool { get; } = new("akool");

    /// <summary><c>liveavatar</c>: LiveAvatar (Agora's HeyGen page).</summary>
    public static AvatarVendor LiveAvatar { get; } = new("liveavatar");

    /// <summary><c>anam</c>: Anam.</summary>
    public static AvatarVendor Anam { get; } = new("anam");

    /// <summary><c>generic</c>: a generic avatar.</summary>
    public static AvatarVendor Generic { get; } = new("generic");

    /// <summary><c>heygen</c>: HeyGen (sent by one of Agora's samples, not in the schema's enum).</summary>
    public static AvatarVendor HeyGen { get; } = new("heygen");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    /// <param name="other">The value to compare with.</param>
    public bool Equals(AvatarVendor other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="AvatarVendor"/> with the same wire text.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is AvatarVendor other && Equals(other);

    /// <summary>A hash of the wire text.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AvatarVendor left, AvatarVendor right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AvatarVendor left, AvatarVendor right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<AvatarVendor>
    {
        protected override AvatarVendor FromWire(string value) => new(value);
    }
}
