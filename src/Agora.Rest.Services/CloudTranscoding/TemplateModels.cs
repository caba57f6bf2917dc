using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>The body of <see cref="ICloudTranscodingApi.CreateOrUpdateTemplateAsync"/>: a viewer-side transcoding template.</summary>
public sealed class TranscodingTemplate
{
    /// <summary>Whether the template is in use.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; set; }

    /// <summary>The video the template transcodes to.</summary>
    [JsonPropertyName("video")]
    public required TranscodingTemplateVideo Video { get; set; }
}

/// <summary>The video a transcoding template produces.</summary>
public sealed class TranscodingTemplateVideo
{
    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public required int Width { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public required int Height { get; set; }

    /// <summary>Frame rate in fps.</summary>
    [JsonPropertyName("fps")]
    public required int Fps { get; set; }
}

/// <summary>The answer of <see cref="ICloudTranscodingApi.CreateOrUpdateTemplateAsync"/>.</summary>
public sealed class TranscodingTemplateSaved
{
    /// <summary><see cref="TranscodingTemplateStatus.Success"/> when the template was saved.</summary>
    [JsonPropertyName("status")]
    public TranscodingTemplateStatus Status { get; set; }
}

/// <summary>The answer of <see cref="ICloudTranscodingApi.ListTemplatesAsync"/>.</summary>
public sealed class TranscodingTemplates
{
    /// <summary><see cref="TranscodingTemplateStatus.Success"/> when the list was read.</summary>
    [JsonPropertyName("status")]
    public TranscodingTemplateStatus Status { get; set; }

    /// <summary>The templates and whether viewer-side multi-bitrate is on.</summary>
    [JsonPropertyName("data")]
    public TranscodingTemplateList? Data { get; set; }
}

/// <summary>The <c>data</c> object of the template list.</summary>
public sealed class TranscodingTemplateList
{
    /// <summary>Whether viewer-side multi-bitrate is enabled for the project.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    /// <summary>The templates.</summary>
    [JsonPropertyName("codecs")]
    public IReadOnlyList<TranscodingTemplateInfo>? Codecs { get; set; }
}

/// <summary>A saved transcoding template.</summary>
public sealed class TranscodingTemplateInfo
{
    /// <summary>The template's ID (the <c>codecId</c> it was saved under).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Whether the template is in use.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    /// <summary>The video the template produces.</summary>
    [JsonPropertyName("video")]
    public TranscodingTemplateVideoInfo? Video { get; set; }
}

/// <summary>The video of a saved template.</summary>
public sealed class TranscodingTemplateVideoInfo
{
    /// <summary>Width in pixels.</summary>
    [JsonPropertyName("width")]
    public int Width { get; set; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int Height { get; set; }

    /// <summary>Frame rate in fps.</summary>
    [JsonPropertyName("fps")]
    public int Fps { get; set; }
}
