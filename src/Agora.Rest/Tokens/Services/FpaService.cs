using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>Full-path acceleration (type 4): privileges only.</summary>
public sealed class FpaService : AccessToken2Service
{
    /// <summary>Creates the service with no privileges yet.</summary>
    public FpaService()
        : base(AgoraTokenService.Fpa)
    {
    }

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public FpaService AddPrivilege(FpaPrivilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
    }
}
