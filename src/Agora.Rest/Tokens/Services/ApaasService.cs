using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>Flexible Classroom / APaaS (type 7): a room, a user and a role (-1 when unset).</summary>
public sealed class ApaasService : AccessToken2Service
{
    /// <summary>For a room and user; either may be empty, and <paramref name="role"/> is -1 when unset.</summary>
    public ApaasService(string roomUuid, string userUuid, short role = -1)
        : base(AgoraTokenService.Apaas)
    {
        TokenInputs.ValidateText(roomUuid, nameof(roomUuid));
        TokenInputs.ValidateText(userUuid, nameof(userUuid));
        RoomUuid = roomUuid;
        UserUuid = userUuid;
        Role = role;
    }

    internal ApaasService()
        : base(AgoraTokenService.Apaas)
    {
    }

    /// <summary>The room; may be empty.</summary>
    public string RoomUuid { get; private set; } = string.Empty;

    /// <summary>The user; may be empty.</summary>
    public string UserUuid { get; private set; } = string.Empty;

    /// <summary>The role; -1 when unset.</summary>
    public short Role { get; private set; } = -1;

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public ApaasService AddPrivilege(ApaasPrivilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
        writer.WriteString(RoomUuid);
        writer.WriteString(UserUuid);
        writer.WriteInt16(Role);
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
        RoomUuid = reader.ReadString();
        UserUuid = reader.ReadString();
        Role = reader.ReadInt16();
    }
}
