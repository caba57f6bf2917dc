namespace Agora.Rest.Testing;

/// <summary>
/// A request the emulator received, for assertions: what was asked and how it authenticated, never the
/// credential itself.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, as sent (escaped).</param>
/// <param name="Query">The query string with its leading '?', or empty.</param>
/// <param name="Authentication">The scheme the request used: <c>Basic</c>, <c>agora token</c>, <c>x-agora-token</c>, or <c>none</c>.</param>
/// <param name="Authenticated">Whether the emulator accepted the credentials.</param>
/// <param name="Status">The status code the emulator answered with.</param>
public sealed record ReceivedRequest(string Method, string Path, string Query, string Authentication, bool Authenticated, int Status)
{
    /// <summary>
    /// The host the request came in under: the name in its <c>Host</c> header, without the port, in lower case. One of
    /// Agora's hosts (<c>api.agora.io</c>, <c>api.sd-rtn.com</c>, …) for a request through
    /// <see cref="AgoraEmulator.CreateAgoraHostsHandler"/>; <c>127.0.0.1</c> for one sent to <see cref="AgoraEmulator.BaseAddress"/>
    /// (or <see cref="AgoraEmulator.HttpsBaseAddress"/>).
    /// </summary>
    /// <remarks>
    /// <c>127.0.0.1</c> unless set, so that a request made up with the positional parameters alone still equals a logged one
    /// that went to <see cref="AgoraEmulator.BaseAddress"/>.
    /// </remarks>
    public string Host { get; init; } = "127.0.0.1";
}
