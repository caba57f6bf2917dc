namespace Agora.Rest.Tokens;

/// <summary>
/// The App ID and App Certificate a server builds tokens with, bound from configuration keys
/// <c>AppId</c> and <c>AppCertificate</c>. <see cref="ToString"/> never shows the certificate.
/// </summary>
public sealed class AgoraAppOptions
{
    /// <summary>The App ID: 32 hexadecimal characters.</summary>
    public string? AppId { get; set; }

    /// <summary>The App Certificate: 32 hexadecimal characters. Keep it in a secret store, not in source.</summary>
    [AgoraSecret]
    public string? AppCertificate { get; set; }

    /// <summary>Describes the options without the certificate.</summary>
    public override string ToString() =>
        $"AgoraAppOptions {{ AppId = {AppId ?? "not set"}, AppCertificate = {(AppCertificate is null ? "not set" : "<redacted>")} }}";
}
