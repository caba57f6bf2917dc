namespace Agora.Rest;

/// <summary>
/// The Customer ID and Customer Secret for HTTP Basic, bound from configuration keys <c>CustomerId</c> and
/// <c>CustomerSecret</c>. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class AgoraCustomerOptions
{
    /// <summary>The Customer ID from Agora Console (RESTful API).</summary>
    public string? CustomerId { get; set; }

    /// <summary>The Customer Secret: account-wide power. Keep it in a secret store, not in source.</summary>
    [AgoraSecret]
    public string? CustomerSecret { get; set; }

    /// <summary>Describes the options without the secret.</summary>
    public override string ToString() =>
        $"AgoraCustomerOptions {{ CustomerId = {CustomerId ?? "not set"}, CustomerSecret = {(CustomerSecret is null ? "not set" : "<redacted>")} }}";
}
