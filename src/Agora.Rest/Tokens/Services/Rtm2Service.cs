using System.Collections.Generic;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>
/// Signaling with permissions (type 8): a user id and, per resource type and permission, the resource
/// names it covers. Agora enables this service per project on request.
/// </summary>
public sealed class Rtm2Service : AccessToken2Service
{
    // Resource types, then permission types, ascending as the token stores them; names keep their order.
    private readonly SortedDictionary<ushort, SortedDictionary<ushort, List<string>>> _permissions = new();

    /// <summary>For the user who logs in.</summary>
    public Rtm2Service(string userId)
        : base(AgoraTokenService.Rtm2)
    {
        TokenInputs.ValidateText(userId, nameof(userId));
        UserId = userId;
    }

    internal Rtm2Service()
        : base(AgoraTokenService.Rtm2)
    {
    }

    /// <summary>The user id.</summary>
    public string UserId { get; private set; } = string.Empty;

    /// <summary>Every permission, by resource type then permission type.</summary>
    public IReadOnlyList<Rtm2Grant> Permissions
    {
        get
        {
            var list = new List<Rtm2Grant>();
            foreach (KeyValuePair<ushort, SortedDictionary<ushort, List<string>>> resource in _permissions)
            {
                foreach (KeyValuePair<ushort, List<string>> permission in resource.Value)
                {
                    list.Add(new Rtm2Grant((Rtm2ResourceType)resource.Key, (Rtm2PermissionType)permission.Key, permission.Value.ToArray()));
                }
            }

            return list;
        }
    }

    /// <summary>Grants <paramref name="privilege"/> until <paramref name="expireSeconds"/> after issue.</summary>
    public Rtm2Service AddPrivilege(Rtm2Privilege privilege, uint expireSeconds)
    {
        SetPrivilege((ushort)privilege, expireSeconds);
        return this;
    }

    /// <summary>Allows <paramref name="permission"/> on the resource <paramref name="resourceName"/> of <paramref name="resourceType"/>.</summary>
    public Rtm2Service AddPermission(Rtm2ResourceType resourceType, Rtm2PermissionType permission, string resourceName)
    {
        ThrowIfReadOnly();
        TokenInputs.ValidateText(resourceName, nameof(resourceName));
        Names((ushort)resourceType, (ushort)permission).Add(resourceName);
        return this;
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
        writer.WriteString(UserId);
        writer.WriteCount(_permissions.Count, "resource types");
        foreach (KeyValuePair<ushort, SortedDictionary<ushort, List<string>>> resource in _permissions)
        {
            writer.WriteUInt16(resource.Key);
            writer.WriteCount(resource.Value.Count, "permissions of one resource type");
            foreach (KeyValuePair<ushort, List<string>> permission in resource.Value)
            {
                writer.WriteUInt16(permission.Key);
                writer.WriteCount(permission.Value.Count, "names of one permission");
                foreach (string name in permission.Value)
                {
                    writer.WriteString(name);
                }
            }
        }
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
        UserId = reader.ReadString();
        int resourceCount = reader.ReadUInt16();
        for (int r = 0; r < resourceCount; r++)
        {
            ushort resourceType = reader.ReadUInt16();
            int permissionCount = reader.ReadUInt16();
            for (int p = 0; p < permissionCount; p++)
            {
                List<string> names = Names(resourceType, reader.ReadUInt16());
                int nameCount = reader.ReadUInt16();
                for (int n = 0; n < nameCount; n++)
                {
                    names.Add(reader.ReadString());
                }
            }
        }
    }

    private List<string> Names(ushort resourceType, ushort permission)
    {
        if (!_permissions.TryGetValue(resourceType, out SortedDictionary<ushort, List<string>>? byPermission))
        {
            byPermission = new SortedDictionary<ushort, List<string>>();
            _permissions.Add(resourceType, byPermission);
        }

        if (!byPermission.TryGetValue(permission, out List<string>? names))
        {
            names = new List<string>();
            byPermission.Add(permission, names);
        }

        return names;
    }
}
