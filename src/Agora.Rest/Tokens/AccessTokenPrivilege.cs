namespace Agora.Rest.Tokens;

/// <summary>Privileges of the legacy AccessToken (006).</summary>
public enum AccessTokenPrivilege : ushort
{
    /// <summary>Join the channel.</summary>
    JoinChannel = 1,

    /// <summary>Publish audio.</summary>
    PublishAudioStream = 2,

    /// <summary>Publish video.</summary>
    PublishVideoStream = 3,

    /// <summary>Publish data streams.</summary>
    PublishDataStream = 4,

    /// <summary>Log in to Signaling (RTM); the channel name is then the user account and the uid empty.</summary>
    RtmLogin = 1000,
}
