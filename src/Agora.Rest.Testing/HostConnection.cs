namespace Agora.Rest.Testing;

/// <summary>
/// A connection the hosts handler (<see cref="AgoraEmulator.CreateAgoraHostsHandler"/>) opened, or failed to open: in
/// <see cref="AgoraEmulator.Connections"/>, the hosts a client tried, in order.
/// </summary>
/// <param name="Host">The host name the client connected to, as in its URL (lower case), for example <c>api.sd-rtn.com</c>.</param>
/// <param name="Outcome">Whether the connection was opened, or how it failed.</param>
public sealed record HostConnection(string Host, HostConnectionOutcome Outcome);
