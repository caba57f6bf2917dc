namespace Agora.Rest.Services.CloudRecording;

/// <summary>The third-party cloud storage that receives the files (<c>storageConfig.vendor</c>).</summary>
public enum StorageVendor
{
    /// <summary><c>1</c>: Amazon S3.</summary>
    AmazonS3 = 1,

    /// <summary><c>2</c>: Alibaba Cloud.</summary>
    AlibabaCloud = 2,

    /// <summary><c>3</c>: Tencent Cloud.</summary>
    TencentCloud = 3,

    /// <summary><c>5</c>: Microsoft Azure.</summary>
    MicrosoftAzure = 5,

    /// <summary><c>6</c>: Google Cloud.</summary>
    GoogleCloud = 6,

    /// <summary><c>7</c>: Huawei Cloud.</summary>
    HuaweiCloud = 7,

    /// <summary><c>8</c>: Baidu IntelligentCloud.</summary>
    BaiduIntelligentCloud = 8,

    /// <summary><c>11</c>: an S3-compatible storage; give its domain in <see cref="StorageExtensionParams.Endpoint"/>.</summary>
    S3Compatible = 11,
}
