using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>Signaling / RTM (type 2): one user id.</summary>
public sealed class RtmService : AccessToken2Service
{
    /// <summary>For the user who logs in.</summary>
    public RtmService(string userId)
        : base(AgoraTokenService.Rtm)
    {
        TokenInputs.ValidateText(userId, nameof(userId));
        UserId = userId;
    }

    internal RtmService()
        : base(AgoraTokenService.Rtm)
    {
    }

    /// <summary>The user id.</summary>
    public string UserId { get; private set; } = string.Empty;

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public RtmService AddPrivilege(RtmPrivilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer) => writer.WriteString(UserId);

    private protected override void ReadFields(ref TokenReader reader) => UserId = reader.ReadString();
}
