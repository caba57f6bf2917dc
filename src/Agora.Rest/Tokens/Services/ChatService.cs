using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>Chat (type 5): a user id, or empty for an app token.</summary>
public sealed class ChatService : AccessToken2Service
{
    /// <summary>For a user token (<paramref name="userId"/>) or an app token (empty).</summary>
    public ChatService(string userId)
        : base(AgoraTokenService.Chat)
    {
        TokenInputs.ValidateText(userId, nameof(userId));
        UserId = userId;
    }

    internal ChatService()
        : base(AgoraTokenService.Chat)
    {
    }

    /// <summary>The user id; empty for an app token.</summary>
    public string UserId { get; private set; } = string.Empty;

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public ChatService AddPrivilege(ChatPrivilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer) => writer.WriteString(UserId);

    private protected override void ReadFields(ref TokenReader reader) => UserId = reader.ReadString();
}
