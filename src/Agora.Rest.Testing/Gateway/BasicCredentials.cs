using System;
using System.Security.Cryptography;
using System.Text;
using Agora.Wire;
using Microsoft.AspNetCore.Http;

namespace Agora.Rest.Testing.Gateway;

/// <summary>Checks <c>Authorization: Basic base64(customerId:customerSecret)</c> against the account's credentials.</summary>
internal sealed class BasicCredentials
{
    private readonly byte[] _expected;

    public BasicCredentials(string customerId, string customerSecret)
    {
        // Computed here from the raw values rather than taken from the client library, so that a wrong header
        // from the library cannot be accepted by a stand-in that shares its mistake.
        _expected = Encoding.ASCII.GetBytes(AgoraWire.BasicPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(customerId + ":" + customerSecret)));
    }

    /// <summary>The scheme a request authenticates with, as <see cref="ReceivedRequest.Authentication"/> names it.</summary>
    public static string SchemeOf(HttpRequest request)
    {
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(AgoraWire.BasicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return "Basic";
        }

        if (authorization.StartsWith(AgoraWire.AccessToken2Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return "agora token";
        }

        return request.Headers.ContainsKey(AgoraWire.TokenHeader) ? AgoraWire.TokenHeader : "none";
    }

    public bool Accepts(HttpRequest request)
    {
        // One Authorization value, compared in constant time like any credential check.
        if (request.Headers.Authorization.Count != 1)
        {
            return false;
        }

        byte[] actual = Encoding.ASCII.GetBytes(request.Headers.Authorization.ToString());
        return CryptographicOperations.FixedTimeEquals(actual, _expected);
    }
}
