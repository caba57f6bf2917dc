namespace Agora.Rest.Services.ChannelManagement;

/// <summary>A user's role in a channel (<c>role</c>).</summary>
public enum UserRole
{
    /// <summary>The role is not known.</summary>
    Unknown = 0,

    /// <summary>A user of a communication channel.</summary>
    CommunicationUser = 1,

    /// <summary>A host of a live-broadcast channel.</summary>
    Host = 2,

    /// <summary>An audience member of a live-broadcast channel.</summary>
    Audience = 3,
}
