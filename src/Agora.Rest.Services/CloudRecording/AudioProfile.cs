namespace Agora.Rest.Services.CloudRecording;

/// <summary>Sample rate, bitrate and channels of the recorded audio (mix <c>recordingConfig.audioProfile</c>, web <c>serviceParam.audioProfile</c>).</summary>
public enum AudioProfile
{
    /// <summary><c>0</c>: 48 kHz music encoding, mono, about 48 Kbps (mix default).</summary>
    MonoStandard = 0,

    /// <summary><c>1</c>: 48 kHz music encoding, mono, about 128 Kbps.</summary>
    MonoHighQuality = 1,

    /// <summary><c>2</c>: 48 kHz music encoding, stereo, about 192 Kbps.</summary>
    StereoHighQuality = 2,
}
