namespace Agora.Rest.Services.SpeechToText;

/// <summary>The channel's media encryption that an STT agent matches (deprecated by Agora; sent as its number).</summary>
public enum SttEncryptionMode
{
    /// <summary>No encryption.</summary>
    None = 0,

    /// <summary>AES, 128-bit key, XTS mode.</summary>
    Aes128Xts = 1,

    /// <summary>AES, 128-bit key, ECB mode.</summary>
    Aes128Ecb = 2,

    /// <summary>AES, 256-bit key, XTS mode.</summary>
    Aes256Xts = 3,

    /// <summary>SM4, 128-bit key, ECB mode.</summary>
    Sm4128Ecb = 4,

    /// <summary>AES, 128-bit key, GCM mode.</summary>
    Aes128Gcm = 5,

    /// <summary>AES, 256-bit key, GCM mode.</summary>
    Aes256Gcm = 6,

    /// <summary>AES, 128-bit key, GCM mode with key and salt (needs <see cref="SttRtcConfig.Salt"/>).</summary>
    Aes128Gcm2 = 7,

    /// <summary>AES, 256-bit key, GCM mode with key and salt (needs <see cref="SttRtcConfig.Salt"/>).</summary>
    Aes256Gcm2 = 8,
}
