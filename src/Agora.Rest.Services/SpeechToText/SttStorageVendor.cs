namespace Agora.Rest.Services.SpeechToText;

/// <summary>The cloud storage vendor of caption files (sent as its number).</summary>
public enum SttStorageVendor
{
    /// <summary>Amazon S3.</summary>
    AmazonS3 = 1,

    /// <summary>Alibaba Cloud OSS.</summary>
    AlibabaCloud = 2,

    /// <summary>Tencent Cloud COS.</summary>
    TencentCloud = 3,

    /// <summary>Microsoft Azure Blob Storage.</summary>
    MicrosoftAzure = 5,

    /// <summary>Google Cloud Storage.</summary>
    GoogleCloud = 6,

    /// <summary>Huawei Cloud OBS.</summary>
    HuaweiCloud = 7,

    /// <summary>Baidu AI Cloud BOS.</summary>
    BaiduCloud = 8,

    /// <summary>Any other S3-compatible storage (MinIO, self-hosted); give its endpoint in <see cref="SttCaptionExtensionParams.Endpoint"/>.</summary>
    S3Compatible = 11,
}
