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
public sealed record ReceivedRequest(string Method, string Path, string Query, string Authentication, bool Authenticated, int Status);
