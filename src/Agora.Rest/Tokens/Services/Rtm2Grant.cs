using System.Collections.Generic;

namespace Agora.Rest.Tokens;

/// <summary>One Signaling permission: what it allows, on which kind of resource, for which names.</summary>
public sealed class Rtm2Grant
{
    internal Rtm2Grant(Rtm2ResourceType resourceType, Rtm2PermissionType permission, IReadOnlyList<string> resourceNames)
    {
        ResourceType = resourceType;
        Permission = permission;
        ResourceNames = resourceNames;
    }

    /// <summary>The kind of resource.</summary>
    public Rtm2ResourceType ResourceType { get; }

    /// <summary>What is allowed.</summary>
    public Rtm2PermissionType Permission { get; }

    /// <summary>The resources it covers, in the order given.</summary>
    public IReadOnlyList<string> ResourceNames { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ResourceType} {Permission}: {string.Join(", ", ResourceNames)}";
}
