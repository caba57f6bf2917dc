using System;

namespace Agora.Rest;

/// <summary>
/// Sends <c>Authorization: Basic base64(customerId:customerSecret)</c>. Needs credentials from
/// <see cref="AgoraCredentials.Basic(string, string)"/>. Server-side only: the Customer Secret has account-wide power.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class BasicAuthAttribute : Attribute
{
}

/// <summary>
/// Sends <c>Authorization: agora token=&lt;token&gt;</c> with an AccessToken2 (<c>007…</c>) token from the
/// credentials' token provider, fetched for every request.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AccessToken2AuthAttribute : Attribute
{
}

/// <summary>
/// Legacy scheme: sends <c>x-agora-token: &lt;token&gt;</c> and <c>x-agora-uid: &lt;uid&gt;</c> and no
/// <c>Authorization</c> header. The token must carry the uid it was built for.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AccessTokenAuthAttribute : Attribute
{
}

/// <summary>Sends no credentials. Use on a method to opt out of the interface's scheme.</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class NoAuthAttribute : Attribute
{
}
