namespace Agora.Rest.Services.MediaPull;

/// <summary>Values of the <c>filter</c> of <see cref="IMediaPullApi.ListPlayersAsync"/>.</summary>
public static class PlayerListFilter
{
    /// <summary>The one filter Agora supports, <c>channelName eq &lt;channelName&gt;</c> (the client percent-encodes its spaces).</summary>
    /// <param name="channelName">The channel whose players to list.</param>
    /// <returns>The filter text.</returns>
    public static string ByChannel(string channelName) => "channelName eq " + channelName;
}
