using System;
using Agora.Rest.Routing;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// The checked form of one base address: the prefix request URIs start with, and whether credentials may
/// travel to it. Only https, or http to a loopback host, may carry credentials. An address on one of Agora's domains
/// also routes: calls start at the area's host and may fail over to the others (<see cref="RoutingPlan"/>).
/// </summary>
/// <remarks>
/// Fields, not properties: a process's first call reads each of them, and unoptimized (Tier0) code calls a getter
/// instead of inlining it, so every getter would be one more method for the JIT to compile before that call is sent.
/// </remarks>
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
    public readonly Uri? Source;

    /// <summary>Scheme, host, port and path prefix without a trailing slash.</summary>
    public readonly string? Prefix;

    /// <summary>The hosts calls go to when the address is one of Agora's domains, else <see langword="null"/>.</summary>
    public readonly RoutingPlan? Routing;

    /// <summary>Why no request at all can be sent there, or <see langword="null"/>.</summary>
    public readonly string? AddressError;

    /// <summary>Why credentials cannot be sent there, or <see langword="null"/>.</summary>
    public readonly string? CredentialError;

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

        // The texts are built apart (Unusable, CredentialsRefused): a good address is checked without building any, and a
        // process's first call compiles this method without them.
        string? problem =
            address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp ? "is not http or https."
            : address.UserInfo.Length > 0 ? "carries user information; pass credentials through AgoraCredentials, never in the URL."
            : address.Query.Length > 0 || address.Fragment.Length > 0 ? "has a query or fragment; give only scheme, host and path."
            : null;
        if (problem is not null)
        {
            return Unusable(address, origin, problem);
        }

        Uri located = declaredPath.Length > 0 && address.AbsolutePath == "/" ? WithPath(address, declaredPath) : address;
        string prefix = located.AbsoluteUri;
        if (prefix.EndsWith("/", StringComparison.Ordinal))
        {
            prefix = prefix.Substring(0, prefix.Length - 1);
        }

        string? credentialError = address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback ? CredentialsRefused(address, origin) : null;
        RoutingPlan? routing = RoutingPlan.For(located, area, givenByApplication);
        return routing is null
            ? new(address, prefix, credentialError, null)
            : new(address, routing.Prefixes[routing.Start], credentialError, null, routing);
    }

    private static BaseAddressPolicy Unusable(Uri address, string origin, string problem) =>
        new(address, null, null, $"The base address {Describe(address)} from {origin} {problem}");

    private static string CredentialsRefused(Uri address, string origin) =>
        $"Refusing to send Agora credentials to {Describe(address)} (from {origin}): credentials go only over https, " +
        "or over http to a loopback host (127.0.0.0/8, ::1, localhost). Use an https base address.";

    private static Uri WithPath(Uri address, string path) => new UriBuilder(address) { Path = path }.Uri;

    /// <summary>Scheme, host and port only: safe to print even if the path held something private.</summary>
    internal static string Describe(Uri address) =>
        address.IsAbsoluteUri ? $"{address.Scheme}://{address.Host}:{address.Port}" : "(relative URI)";
}
