using System;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>Where the recorded files are when stop answers (<c>uploadingStatus</c>). A value Agora adds later reads as it is.</summary>
[JsonConverter(typeof(Converter))]
public readonly struct UploadingStatus : IEquatable<UploadingStatus>, IFormattable
{
    private readonly string? _value;

    /// <summary>Wraps a wire value, known or not.</summary>
    /// <param name="value">The exact wire text.</param>
    public UploadingStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>"uploaded"</c>: every file reached your third-party storage.</summary>
    public static UploadingStatus Uploaded { get; } = new("uploaded");

    /// <summary><c>"backuped"</c>: every file was uploaded, but at least one TS file went to Agora's backup storage; Agora forwards it to yours by itself.</summary>
    public static UploadingStatus Backuped { get; } = new("backuped");

    /// <summary><c>"unknown"</c>: the upload state is unknown.</summary>
    public static UploadingStatus Unknown { get; } = new("unknown");

    /// <summary>The wire text (empty for <see langword="default"/>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether both hold the same wire text (ordinal).</summary>
    public bool Equals(UploadingStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UploadingStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    public override string ToString() => Value;

    // Lets the value be a route or query value of a generated client: its wire text, whatever the format.
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => Value;

    /// <summary>Whether both hold the same wire text.</summary>
    public static bool operator ==(UploadingStatus left, UploadingStatus right) => left.Equals(right);

    /// <summary>Whether the wire texts differ.</summary>
    public static bool operator !=(UploadingStatus left, UploadingStatus right) => !left.Equals(right);

    internal sealed class Converter : StringValueConverter<UploadingStatus>
    {
        protected override UploadingStatus FromWire(string value) => new(value);
    }
}
