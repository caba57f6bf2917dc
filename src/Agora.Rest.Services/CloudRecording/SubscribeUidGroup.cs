namespace Agora.Rest.Services.CloudRecording;

/// <summary>The expected peak number of subscribed UIDs, audio and video lists counted together without duplicates (<c>recordingConfig.subscribeUidGroup</c>; individual mode).</summary>
public enum SubscribeUidGroup
{
    /// <summary><c>0</c>: 1 to 2 UIDs.</summary>
    Uids1To2 = 0,

    /// <summary><c>1</c>: 3 to 7 UIDs.</summary>
    Uids3To7 = 1,

    /// <summary><c>2</c>: 8 to 12 UIDs.</summary>
    Uids8To12 = 2,

    /// <summary><c>3</c>: 13 to 17 UIDs.</summary>
    Uids13To17 = 3,

    /// <summary><c>4</c>: 18 to 32 UIDs.</summary>
    Uids18To32 = 4,

    /// <summary><c>5</c>: 33 to 49 UIDs.</summary>
    Uids33To49 = 5,
}
