namespace Agora.Rest.Services.ChannelManagement;

/// <summary>
/// The platform a user joined from (<c>platform</c>). Agora lists these as common values, so another number may come
/// back; it reads as that number.
/// </summary>
public enum UserPlatform
{
    /// <summary>Another platform.</summary>
    Other = 0,

    /// <summary>Android.</summary>
    Android = 1,

    /// <summary>iOS.</summary>
    Ios = 2,

    /// <summary>Windows.</summary>
    Windows = 5,

    /// <summary>Linux.</summary>
    Linux = 6,

    /// <summary>The Web SDK.</summary>
    Web = 7,

    /// <summary>macOS.</summary>
    MacOS = 8,
}
