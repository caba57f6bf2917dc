namespace Agora.Rest.Services.MediaPull;

/// <summary>The audio profile of a cloud player's output (<c>audioOptions.profile</c>), sent as a number; <see cref="Default"/> when omitted.</summary>
public enum PlayerAudioProfile
{
    /// <summary><c>0</c>: by channel profile; communication: 32 kHz speech codec, mono, up to 18 Kbps; live broadcasting: 48 kHz music codec, mono, up to 64 Kbps.</summary>
    Default = 0,

    /// <summary><c>1</c>: 32 kHz, speech codec, mono, up to 18 Kbps.</summary>
    SpeechStandard = 1,

    /// <summary><c>2</c>: 48 kHz, music codec, mono, up to 64 Kbps.</summary>
    MusicStandard = 2,

    /// <summary><c>4</c>: 48 kHz, music codec, mono, up to 96 Kbps.</summary>
    MusicHighQuality = 4,
}
