using System;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// The checked form of one base address: the prefix request URIs start with, and whether credentials may
/// travel to it. Only https, or http to a loopback host, may carry credentials.
/// </summary>
internal sealed class BaseAddressPolicy
{
    private BaseAddressPolicy(Uri? source, string? prefix, string? credentialError, string? addressError)
    {
        Source = source;
        Prefix = prefix;
        CredentialError = credentialError;
        AddressError = addressError;
    }

    /// <summary>The Uri instance this was computed for; a new instance means a new check.</summary>
    public Uri? Source { get; }

    /// <summary>Scheme, host, port and path prefix without a trailing slash.</summary>
    public string? Prefix { get; }

    /// <summary>Why no request at all can be sent there, or <see langword="null"/>.</summary>
    public string? AddressError { get; }

    /// <summary>Why credentials cannot be sent there, or <see langword="null"/>.</summary>
    public string? CredentialError { get; }

    public static BaseAddressPolicy ForInvalid(string addressError) => new(null, null, null, addressError);

    public static BaseAddressPolicy For(Uri address, string origin)
    {
        if (!address.IsAbsoluteUri)
        {
            return new(address, null, null, $"The base address from {origin} is not an absolute URI.");
        }

        string display = Describe(address);
        if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            return new(address, null, null, $"The base address {display} from {origin} is not http or https.");
        }

        if (address.UserInfo.Length > 0)
        {
            return new(address, null, null,
                $"The base address {display} from {origin} carries user information; pass credentials through AgoraCredentials, never in the URL.");
        }

        if (address.Query.Length > 0 || address.Fragment.Length > 0)
        {
            return new(address, null, null, $"The base address {display} from {origin} has a query or fragment; give only scheme, host and path.");
        }

        string prefix = address.AbsoluteUri;
        if (prefix.EndsWith("/", StringComparison.Ordinal))
        {
            prefix = prefix.Substring(0, prefix.Length - 1);
        }

        string? credentialError = null;
        if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            credentialError =
                $"Refusing to send Agora credentials to {display} (from {origin}): credentials go only over https, " +
                "or over http to a loopback host (127.0.0.0/8, ::1, localhost). Use an https base address.";
        }

        return new(address, prefix, credentialError, null);
    }

    /// <summary>Scheme, host and port only: safe to print even if the path held something private.</summary>
    internal static string Describe(Uri address) =>
        address.IsAbsoluteUri ? $"{address.Scheme}://{address.Host}:{address.Port}" : "(relative URI)";
}
