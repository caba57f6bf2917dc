using System.Globalization;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>RTC (type 1): a channel and a user, by numeric uid or user account.</summary>
public sealed class RtcService : AccessToken2Service
{
    /// <summary>For a numeric uid; 0 (any uid) is stored as an empty account, as Agora does.</summary>
    public RtcService(string channelName, uint uid)
        : this(channelName, uid == 0 ? string.Empty : uid.ToString(CultureInfo.InvariantCulture))
    {
    }

    /// <summary>For a user account (a string uid).</summary>
    public RtcService(string channelName, string userAccount)
        : base(AgoraTokenService.Rtc)
    {
        TokenInputs.ValidateText(channelName, nameof(channelName));
        TokenInputs.ValidateText(userAccount, nameof(userAccount));
        ChannelName = channelName;
        Uid = userAccount;
    }

    internal RtcService()
        : base(AgoraTokenService.Rtc)
    {
    }

    /// <summary>The channel name.</summary>
    public string ChannelName { get; private set; } = string.Empty;

    /// <summary>The uid as the token stores it: decimal digits, a user account, or empty for any uid.</summary>
    public string Uid { get; private set; } = string.Empty;

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public RtcService AddPrivilege(RtcPrivilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
        writer.WriteString(ChannelName);
        writer.WriteString(Uid);
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
        ChannelName = reader.ReadString();
        Uid = reader.ReadString();
    }
}
