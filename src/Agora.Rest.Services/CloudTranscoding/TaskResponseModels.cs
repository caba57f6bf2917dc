using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudTranscoding;

/// <summary>A transcoding task as create, query and delete answer it.</summary>
public sealed class TranscodingTask
{
    /// <summary>The task's ID: the <c>taskId</c> of later calls.</summary>
    [JsonPropertyName("taskId")]
    public string? TaskId { get; set; }

    /// <summary>When the task was created, Unix time in seconds.</summary>
    [JsonPropertyName("createTs")]
    public long CreateTs { get; set; }

    /// <summary>The task's state; Agora lists no values, its examples show <c>STARTED</c>, <c>IN_PROGRESS</c> and <c>STOPPED</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The task's sequence ID, as text (for example <c>"0"</c>).</summary>
    [JsonPropertyName("sequenceId")]
    public string? SequenceId { get; set; }

    /// <summary>The state of the task's services.</summary>
    [JsonPropertyName("services")]
    public TranscodingTaskServices? Services { get; set; }

    /// <summary>Agora's event handlers of the task, passed through as they are (a free-form object).</summary>
    [JsonPropertyName("eventHandlers")]
    public JsonElement? EventHandlers { get; set; }

    /// <summary>Agora's execution details of the task, passed through as they are (a free-form object).</summary>
    [JsonPropertyName("execution")]
    public JsonElement? Execution { get; set; }

    /// <summary>Agora's properties of the task, passed through as they are (a free-form object).</summary>
    [JsonPropertyName("properties")]
    public JsonElement? Properties { get; set; }

    /// <summary>Agora's variables of the task, passed through as they are (a free-form object).</summary>
    [JsonPropertyName("variables")]
    public JsonElement? Variables { get; set; }

    /// <summary>Agora's workflows of the task, passed through as they are (a free-form object).</summary>
    [JsonPropertyName("workflows")]
    public JsonElement? Workflows { get; set; }
}

/// <summary>The <c>services</c> object of a task's state.</summary>
public sealed class TranscodingTaskServices
{
    /// <summary>The Cloud Transcoder service's state.</summary>
    [JsonPropertyName("cloudTranscoder")]
    public CloudTranscoderServiceState? CloudTranscoder { get; set; }
}

/// <summary>The Cloud Transcoder service's state within a task.</summary>
public sealed class CloudTranscoderServiceState
{
    /// <summary>The service's configuration as Agora reports it, passed through as it is (a free-form object).</summary>
    [JsonPropertyName("config")]
    public JsonElement? Config { get; set; }

    /// <summary>When the service was created, Unix time in seconds.</summary>
    [JsonPropertyName("createTs")]
    public long? CreateTs { get; set; }

    /// <summary>Details Agora adds, passed through as they are (a free-form object).</summary>
    [JsonPropertyName("details")]
    public JsonElement? Details { get; set; }

    /// <summary>The last event of the service, for example <c>OnSlaveServiceQueryUpdated</c> or <c>OnSlaveServiceStopped</c>; may be empty.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The service type.</summary>
    [JsonPropertyName("serviceType")]
    public TranscoderServiceType? ServiceType { get; set; }

    /// <summary>The service's state; Agora lists no values, its examples show <c>serviceReady</c>, <c>serviceInProgress</c> and <c>serviceCompleted</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
