using System;
using Agora.Rest.Routing;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// The checked form of one base address: the prefix request URIs start with, and whether credentials may
/// travel to it. Only https, or http to a loopback host, may carry credentials. An address on one of Agora's domains
/// also routes: calls start at the area's host and may fail over to the others (<see cref="RoutingPlan"/>).
/// </summary>
internal sealed class BaseAddressPolicy
{
    private BaseAddressPolicy(Uri? source, string? prefix, string? credentialError, string? addressError, RoutingPlan? routing = null)
    {
        Routing = routing;
        Source = source;
        Prefix = prefix;
        CredentialError = credentialError;
        AddressError = addressError;
    }

    /// <summary>The Uri instance this was computed for; a new instance means a new check.</summary>
    public Uri? Source { get; }

    /// <summary>Scheme, host, port and path prefix without a trailing slash.</summary>
    public string? Prefix { get; }

    /// <summary>The hosts calls go to when the address is one of Agora's domains, else <see langword="null"/>.</summary>
    public RoutingPlan? Routing { get; }

    /// <summary>Why no request at all can be sent there, or <see langword="null"/>.</summary>
    public string? AddressError { get; }

    /// <summary>Why credentials cannot be sent there, or <see langword="null"/>.</summary>
    public string? CredentialError { get; }

    public static BaseAddressPolicy ForInvalid(string addressError) => new(null, null, null, addressError);

    /// <param name="address">The address to check.</param>
    /// <param name="origin">Where it came from, for messages.</param>
    /// <param name="area">The client's area, for routing.</param>
    /// <param name="givenByApplication">Whether the application gave it (HttpClient or options), not the attribute.</param>
    /// <param name="declaredPath">
    /// The path of the API's declared address, without a trailing slash: an address that is only a host keeps it, so
    /// pointing a client at another host (a regional domain, a gateway, the emulator) does not cut <c>/api/...</c> off its
    /// routes; an address with a path of its own replaces it, as a gateway mounted under a path needs.
    /// </param>
    public static BaseAddressPolicy For(Uri address, string origin, AgoraArea area, bool givenByApplication, string declaredPath = "")
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

        Uri located = declaredPath.Length > 0 && address.AbsolutePath == "/" ? new UriBuilder(address) { Path = declaredPath }.Uri : address;
        string prefix = located.AbsoluteUri;
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

        RoutingPlan? routing = RoutingPlan.For(located, area, givenByApplication);
        return routing is null
            ? new(address, prefix, credentialError, null)
            : new(address, routing.Prefixes[routing.Start], credentialError, null, routing);
    }

    /// <summary>Scheme, host and port only: safe to print even if the path held something private.</summary>
    internal static string Describe(Uri address) =>
        address.IsAbsoluteUri ? $"{address.Scheme}://{address.Host}:{address.Port}" : "(relative URI)";
}
