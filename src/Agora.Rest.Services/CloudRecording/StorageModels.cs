using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// The third-party cloud storage the recorder uploads to (<c>storageConfig</c>): required by start in every mode, and
/// sent again through update to refresh an expiring <see cref="StsToken"/>.
/// </summary>
public sealed class StorageConfig
{
    /// <summary>The storage provider.</summary>
    [JsonPropertyName("vendor")]
    public required StorageVendor Vendor { get; set; }

    /// <summary>
    /// The bucket's region as the vendor-specific number from Agora's "Third-party cloud storage regions" table (the same
    /// number means different regions for different vendors). Pick the region of the server that calls the API, so uploads
    /// stay fast and succeed; with acquire's region set, it must lie in that area.
    /// </summary>
    [JsonPropertyName("region")]
    public required int Region { get; set; }

    /// <summary>The bucket name, following the vendor's naming rules.</summary>
    [JsonPropertyName("bucket")]
    public required string Bucket { get; set; }

    /// <summary>The storage access key.</summary>
    [JsonPropertyName("accessKey")]
    public required string AccessKey { get; set; }

    /// <summary>The storage secret key. Load it from configuration; never write it in source.</summary>
    [JsonPropertyName("secretKey")]
    public required string SecretKey { get; set; }

    /// <summary>A temporary STS security token; Amazon S3, Alibaba Cloud and Tencent Cloud only.</summary>
    [JsonPropertyName("stsToken")]
    public string? StsToken { get; set; }

    /// <summary>
    /// When <see cref="StsToken"/> expires, Unix time in seconds. Ask for at least 4 hours of validity; for recordings
    /// longer than an hour, fetch a new token every 60 minutes and send it through update.
    /// </summary>
    [JsonPropertyName("stsExpiration")]
    public long? StsExpiration { get; set; }

    /// <summary>
    /// Folders to put the files in, e.g. <c>["directory1","directory2"]</c> for <c>directory1/directory2/</c>: letters and
    /// digits only, at most 128 characters in all, slashes included.
    /// </summary>
    [JsonPropertyName("fileNamePrefix")]
    public IReadOnlyList<string>? FileNamePrefix { get; set; }

    /// <summary>Encryption, tagging and the endpoint of S3-compatible storage.</summary>
    [JsonPropertyName("extensionParams")]
    public StorageExtensionParams? ExtensionParams { get; set; }
}

/// <summary>
/// Vendor-specific upload settings (<c>storageConfig.extensionParams</c>). Agora's schema lists <c>sse</c> and <c>tag</c>
/// as required, but each applies to some vendors only and S3-compatible storage needs only <see cref="Endpoint"/>, so
/// none is enforced here: set the ones your vendor takes.
/// </summary>
public sealed class StorageExtensionParams
{
    /// <summary>Server-side encryption of the uploaded files; Amazon S3 only.</summary>
    [JsonPropertyName("sse")]
    public ServerSideEncryption? Sse { get; set; }

    /// <summary>A tag put on the uploaded files; Alibaba Cloud and Amazon S3 only.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The domain of S3-compatible storage; required with <see cref="StorageVendor.S3Compatible"/>.</summary>
    [JsonPropertyName("endpoint")]
    public string? Endpoint { get; set; }
}
