namespace Agora.Rest.Tokens;

/// <summary>RTC privileges.</summary>
public enum RtcPrivilege : ushort
{
    /// <summary>Join the channel.</summary>
    JoinChannel = 1,

    /// <summary>Publish audio.</summary>
    PublishAudioStream = 2,

    /// <summary>Publish video.</summary>
    PublishVideoStream = 3,

    /// <summary>Publish data streams.</summary>
    PublishDataStream = 4,
}

/// <summary>Signaling (RTM) privileges.</summary>
public enum RtmPrivilege : ushort
{
    /// <summary>Log in.</summary>
    Login = 1,
}

/// <summary>Media streaming privileges.</summary>
public enum StreamingPrivilege : ushort
{
    /// <summary>Publish a mixed stream.</summary>
    PublishMixStream = 1,

    /// <summary>Publish a raw stream.</summary>
    PublishRawStream = 2,
}

/// <summary>Full-path acceleration privileges.</summary>
public enum FpaPrivilege : ushort
{
    /// <summary>Log in.</summary>
    Login = 1,
}

/// <summary>Chat privileges.</summary>
public enum ChatPrivilege : ushort
{
    /// <summary>Act as one user.</summary>
    User = 1,

    /// <summary>Act as the app (server-side administration).</summary>
    App = 2,
}

/// <summary>Fusion CDN privileges.</summary>
public enum FcdnPrivilege : ushort
{
    /// <summary>Publish.</summary>
    Publish = 1,

    /// <summary>Play.</summary>
    Play = 2,
}

/// <summary>Flexible Classroom (APaaS) privileges.</summary>
public enum ApaasPrivilege : ushort
{
    /// <summary>A user in one room.</summary>
    RoomUser = 1,

    /// <summary>A user.</summary>
    User = 2,

    /// <summary>The app.</summary>
    App = 3,
}

/// <summary>Privileges of the Signaling service with permissions.</summary>
public enum Rtm2Privilege : ushort
{
    /// <summary>Log in.</summary>
    Login = 1,
}

/// <summary>Resource kinds a Signaling permission applies to.</summary>
public enum Rtm2ResourceType : ushort
{
    /// <summary>Message channels.</summary>
    MessageChannel = 0,

    /// <summary>Stream channels.</summary>
    StreamChannel = 1,

    /// <summary>Group channels.</summary>
    GroupChannel = 2,

    /// <summary>Server groups.</summary>
    ServerGroup = 3,

    /// <summary>Users.</summary>
    User = 4,
}

/// <summary>What a Signaling permission allows.</summary>
public enum Rtm2PermissionType : ushort
{
    /// <summary>Read.</summary>
    Read = 0,

    /// <summary>Write.</summary>
    Write = 1,
}
