using System.Collections.Generic;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>
/// One service in an AccessToken2 with its privileges. Privileges are kept sorted by key, as every Agora
/// implementation expects; setting a key again replaces its expiry.
/// </summary>
public abstract class AccessToken2Service
{
    private readonly List<TokenPrivilege> _privileges = new(4);

    private protected AccessToken2Service(AgoraTokenService type)
    {
        Type = type;
    }

    /// <summary>The service type.</summary>
    public AgoraTokenService Type { get; }

    /// <summary>The privileges, sorted by key; expiries in seconds after the token's issue time.</summary>
    public IReadOnlyList<TokenPrivilege> Privileges => _privileges;

    /// <summary>The expiry in seconds after issue of privilege <paramref name="key"/>, or <see langword="null"/> when absent.</summary>
    public uint? GetPrivilegeExpire(ushort key)
    {
        foreach (TokenPrivilege privilege in _privileges)
        {
            if (privilege.Key == key)
            {
                return privilege.Expire;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type} [{string.Join(", ", _privileges)}]";

    /// <summary>
    /// Whether the service came from a parsed token: its signature covers what was read, so it cannot be
    /// changed. Build a new service to issue a different token.
    /// </summary>
    public bool IsReadOnly { get; private set; }

    private protected void SetPrivilege(ushort key, uint expireSeconds)
    {
        ThrowIfReadOnly();
        TokenExpiry.ValidatePrivilegeSeconds(expireSeconds, nameof(expireSeconds));
        Store(key, expireSeconds);
    }

    private protected void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new System.InvalidOperationException("This service belongs to a parsed token and cannot be changed; build a new service instead.");
        }
    }

    internal void Write(ref TokenWriter writer)
    {
        writer.WriteUInt16((ushort)Type);
        writer.WriteCount(_privileges.Count, "privileges in one service");
        foreach (TokenPrivilege privilege in _privileges)
        {
            writer.WriteUInt16(privilege.Key);
            writer.WriteUInt32(privilege.Expire);
        }

        WriteFields(ref writer);
    }

    /// <summary>The fields that follow the privilege map, in the token's order.</summary>
    private protected abstract void WriteFields(ref TokenWriter writer);

    /// <summary>Reads one service after its type; <see langword="null"/> for a type this version does not know.</summary>
    internal static AccessToken2Service? Read(AgoraTokenService type, ref TokenReader reader)
    {
        AccessToken2Service? service = type switch
        {
            AgoraTokenService.Rtc => new RtcService(),
            AgoraTokenService.Rtm => new RtmService(),
            AgoraTokenService.Streaming => new StreamingService(),
            AgoraTokenService.Fpa => new FpaService(),
            AgoraTokenService.Chat => new ChatService(),
            AgoraTokenService.Fcdn => new FcdnService(),
            AgoraTokenService.Apaas => new ApaasService(),
            AgoraTokenService.Rtm2 => new Rtm2Service(),
            AgoraTokenService.ConvoAi => new ConvoAiService(),
            AgoraTokenService.Stt => new SttService(),
            _ => null,
        };
        if (service is null)
        {
            return null;
        }

        // Appended as read, then sorted once: a hostile token may hold tens of thousands of entries.
        int count = reader.ReadUInt16();
        for (int i = 0; i < count; i++)
        {
            ushort key = reader.ReadUInt16();
            service._privileges.Add(new TokenPrivilege(key, reader.ReadUInt32()));
        }

        service._privileges.Sort(static (left, right) => left.Key.CompareTo(right.Key));
        service.ReadFields(ref reader);
        service.IsReadOnly = true;
        return service;
    }

    /// <summary>Reads the fields that follow the privilege map.</summary>
    private protected abstract void ReadFields(ref TokenReader reader);

    private void Store(ushort key, uint expire)
    {
        int index = 0;
        while (index < _privileges.Count && _privileges[index].Key < key)
        {
            index++;
        }

        var entry = new TokenPrivilege(key, expire);
        if (index < _privileges.Count && _privileges[index].Key == key)
        {
            _privileges[index] = entry;
        }
        else
        {
            _privileges.Insert(index, entry);
        }
    }
}
