using System;
using System.Linq;
using System.Threading.Tasks;

namespace Agora.Samples.ConsoleApp;

/// <summary>Signaling as the server: who logged in or out since the last read, then a message to one of them.</summary>
internal static class SignalingSteps
{
    public static async Task RunAsync(ISignalingApi signaling, string appId)
    {
        // Each event is returned once: reading them consumes them for every reader of the app.
        UserEventList events = await signaling.GetUserEventsAsync(appId);
        Console.WriteLine($"6. Signaling user events: {(events.Events.Count == 0 ? "none" : string.Join(", ", events.Events.Select(e => $"{e.UserId} {e.Type}")))}");

        // Someone whose latest event is a login is online, so the message is delivered rather than kept offline.
        string to = events.Events.GroupBy(e => e.UserId).Where(user => user.Last().Type == "Login").Select(user => user.Key).FirstOrDefault() ?? "alice";
        SignalingResult peer = await signaling.SendPeerMessageAsync(appId, "sample-bot", new PeerMessage(to, "Welcome!"), waitForAck: true);
        SignalingResult channel = await signaling.SendChannelMessageAsync(appId, "sample-bot", new ChannelMessage("lobby", "The stage opens in 5 minutes."));
        Console.WriteLine($"7. Messages from sample-bot: to {to}: {peer.Code}; to channel lobby: {channel.Code}");
    }
}
