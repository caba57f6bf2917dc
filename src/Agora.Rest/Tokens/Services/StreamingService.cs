using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>Media streaming (type 3): a channel and an account.</summary>
public sealed class StreamingService : AccessToken2Service
{
    /// <summary>For <paramref name="channelName"/> and <paramref name="account"/> (may be empty).</summary>
    public StreamingService(string channelName, string account)
        : base(AgoraTokenService.Streaming)
    {
        TokenInputs.ValidateText(channelName, nameof(channelName));
        TokenInputs.ValidateText(account, nameof(account));
        ChannelName = channelName;
        Account = account;
    }

    internal StreamingService()
        : base(AgoraTokenService.Streaming)
    {
    }

    /// <summary>The channel name.</summary>
    public string ChannelName { get; private set; } = string.Empty;

    /// <summary>The account; may be empty.</summary>
    public string Account { get; private set; } = string.Empty;

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public StreamingService AddPrivilege(StreamingPrivilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
        writer.WriteString(ChannelName);
        writer.WriteString(Account);
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
        ChannelName = reader.ReadString();
        Account = reader.ReadString();
    }
}
