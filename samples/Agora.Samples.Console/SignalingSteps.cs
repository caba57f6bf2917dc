using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Agora.Rest.Services.Signaling;

namespace Agora.Samples.ConsoleApp;

/// <summary>Signaling as the server: who logged in or out since the last read, then a message to one of them.</summary>
internal static class SignalingSteps
{
    public static async Task RunAsync(ISignalingApi signaling, string appId)
    {
        // Each event is returned once: reading them consumes them for every reader of the app.
        UserEventsResponse events = await signaling.GetUserEventsAsync(appId);
        IReadOnlyList<UserEvent> read = events.Events ?? [];
        Console.WriteLine($"6. Signaling user events: {(read.Count == 0 ? "none" : string.Join(", ", read.Select(e => $"{e.UserId} {e.Type}")))}");

        // Someone whose latest event is a login is online, so the message is delivered rather than kept offline.
        string to = read.GroupBy(e => e.UserId).Where(user => user.Last().Type == UserEventType.Login).Select(user => user.Key).FirstOrDefault() ?? "alice";
        SendMessageResponse peer = await signaling.SendPeerMessageAsync(appId, "sample-bot",
            new PeerMessageRequest { Destination = to, Payload = "Welcome!" }, waitForAck: true);
        SendMessageResponse channel = await signaling.SendChannelMessageAsync(appId, "sample-bot",
            new ChannelMessageRequest { ChannelName = "lobby", Payload = "The stage opens in 5 minutes." });
        Console.WriteLine($"7. Messages from sample-bot: to {to}: {peer.Code}; to channel lobby: {channel.Code}");
    }
}
