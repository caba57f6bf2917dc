namespace Agora.Rest.Services.ConversationalAi;

/// <summary>The built-in media encryption mode of an agent's RTC stream (<c>encryption_mode</c>).</summary>
public enum EncryptionMode
{
    /// <summary>128-bit AES, XTS mode.</summary>
    Aes128Xts = 1,

    /// <summary>128-bit AES, ECB mode.</summary>
    Aes128Ecb = 2,

    /// <summary>256-bit AES, XTS mode.</summary>
    Aes256Xts = 3,

    /// <summary>128-bit SM4, ECB mode.</summary>
    Sm4128Ecb = 4,

    /// <summary>128-bit AES, GCM mode.</summary>
    Aes128Gcm = 5,

    /// <summary>256-bit AES, GCM mode.</summary>
    Aes256Gcm = 6,

    /// <summary>128-bit AES, GCM mode with a salt (<see cref="RtcConfig.EncryptionSalt"/> required); recommended.</summary>
    Aes128Gcm2 = 7,

    /// <summary>256-bit AES, GCM mode with a salt (<see cref="RtcConfig.EncryptionSalt"/> required); recommended.</summary>
    Aes256Gcm2 = 8,
}
