namespace Agora.Rest.Testing;

/// <summary>
/// A Signaling message the emulator accepted: from <see cref="FromUserId"/> to a user (<see cref="ToUserId"/>) or a
/// channel (<see cref="ChannelName"/>).
/// </summary>
public sealed record SignalingMessage(string AppId, string FromUserId, string? ToUserId, string? ChannelName, string Payload);
