using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.MediaPull;

/// <summary>The answer of <see cref="IMediaPullApi.CreatePlayerAsync"/>.</summary>
public sealed class CloudPlayerCreated
{
    /// <summary>The new player: its ID, UID, creation time and state.</summary>
    [JsonPropertyName("player")]
    public CloudPlayerInfo? Player { get; set; }

    /// <summary>The fields <see cref="Player"/> carries, as a FieldMask (for example <c>player.uid,player.id,player.createTs,player.status</c>).</summary>
    [JsonPropertyName("fields")]
    public string? Fields { get; set; }
}

/// <summary>A cloud player as Agora reports it; a list entry may for a while carry only its ID, name and creation time.</summary>
public sealed class CloudPlayerInfo
{
    /// <summary>The player's ID (a UUID Agora makes): the <c>playerId</c> of later calls.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The player's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The source URL.</summary>
    [JsonPropertyName("streamUrl")]
    public string? StreamUrl { get; set; }

    /// <summary>The channel it plays into.</summary>
    [JsonPropertyName("channelName")]
    public string? ChannelName { get; set; }

    /// <summary>Its UID in the channel (0 to 4294967295).</summary>
    [JsonPropertyName("uid")]
    public long? Uid { get; set; }

    /// <summary>Its user account, when it joined with one.</summary>
    [JsonPropertyName("account")]
    public string? Account { get; set; }

    /// <summary>When it was created, Unix time in seconds.</summary>
    [JsonPropertyName("createTs")]
    public long? CreateTs { get; set; }

    /// <summary>Its run state.</summary>
    [JsonPropertyName("status")]
    public PlayerStatus? Status { get; set; }
}

/// <summary>The answer of <see cref="IMediaPullApi.ListPlayersAsync"/>: a page of players.</summary>
public sealed class CloudPlayerList
{
    /// <summary>How many players match in all.</summary>
    [JsonPropertyName("totalSize")]
    public int TotalSize { get; set; }

    /// <summary>This page's players, oldest first.</summary>
    [JsonPropertyName("players")]
    public IReadOnlyList<CloudPlayerInfo>? Players { get; set; }

    /// <summary>The fields each player carries, as a FieldMask.</summary>
    [JsonPropertyName("fields")]
    public string? Fields { get; set; }

    /// <summary>The next page's token; empty (or <c>"0"</c>, as one part of Agora's text says) on the last page.</summary>
    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; set; }

    /// <summary>
    /// Not on the wire: whether another page follows, that is <see cref="NextPageToken"/> is neither absent, empty nor
    /// <c>"0"</c> (Agora documents both an empty token and 0 as the end).
    /// </summary>
    [JsonIgnore]
    public bool HasMorePages => !string.IsNullOrEmpty(NextPageToken) && NextPageToken != "0";
}
