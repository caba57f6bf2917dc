namespace Agora.Rest.Services.CloudRecording;

/// <summary>How the recorder decrypts an encrypted channel (<c>recordingConfig.decryptionMode</c>); it must match the SDK's encryption mode.</summary>
public enum DecryptionMode
{
    /// <summary><c>0</c>: the channel is not encrypted (the default).</summary>
    None = 0,

    /// <summary><c>1</c>: AES-128-XTS.</summary>
    Aes128Xts = 1,

    /// <summary><c>2</c>: AES-128-ECB.</summary>
    Aes128Ecb = 2,

    /// <summary><c>3</c>: AES-256-XTS.</summary>
    Aes256Xts = 3,

    /// <summary><c>4</c>: SM4-128-ECB.</summary>
    Sm4128Ecb = 4,

    /// <summary><c>5</c>: AES-128-GCM.</summary>
    Aes128Gcm = 5,

    /// <summary><c>6</c>: AES-256-GCM.</summary>
    Aes256Gcm = 6,

    /// <summary><c>7</c>: AES-128-GCM2; needs <c>secret</c> and <c>salt</c>.</summary>
    Aes128Gcm2 = 7,

    /// <summary><c>8</c>: AES-256-GCM2; needs <c>secret</c> and <c>salt</c>.</summary>
    Aes256Gcm2 = 8,
}
