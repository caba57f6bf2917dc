using System.Security.Cryptography;
using System.Text;

namespace Agora.Rest.Tokens;

/// <summary>Builds Flexible Classroom (APaaS) AccessToken2 tokens, with the method names of Agora's documentation.</summary>
public static class ApaasTokenBuilder
{
    /// <summary>
    /// A token for a user in one room: the classroom privilege, a Signaling login for the user, and a Chat
    /// user whose id is the lower-case hex MD5 of the user id (Agora's convention).
    /// </summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="roomUuid">The room.</param>
    /// <param name="userUuid">The user.</param>
    /// <param name="role">The user's role in the room.</param>
    /// <param name="expireSeconds">The token's and every privilege's lifetime in seconds.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildRoomUserToken(string appId, [AgoraSecret] string appCertificate, string roomUuid, string userUuid, short role, uint expireSeconds, TokenIssue? issue = null)
    {
        TokenInputs.ValidateText(userUuid, nameof(userUuid));
        return AccessToken2.Build(appId, appCertificate, expireSeconds, new AccessToken2Service[]
        {
            new ApaasService(roomUuid, userUuid, role).AddPrivilege(ApaasPrivilege.RoomUser, expireSeconds),
            new RtmService(userUuid).AddPrivilege(RtmPrivilege.Login, expireSeconds),
            new ChatService(Md5Hex(userUuid)).AddPrivilege(ChatPrivilege.User, expireSeconds),
        }, issue ?? TokenIssue.Now());
    }

    /// <summary>A token for a user, in no particular room.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="userUuid">The user.</param>
    /// <param name="expireSeconds">The token's and the privilege's lifetime in seconds.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildUserToken(string appId, [AgoraSecret] string appCertificate, string userUuid, uint expireSeconds, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, expireSeconds, new AccessToken2Service[]
        {
            new ApaasService(string.Empty, userUuid).AddPrivilege(ApaasPrivilege.User, expireSeconds),
        }, issue ?? TokenIssue.Now());

    /// <summary>An app token.</summary>
    /// <param name="appId">The App ID.</param>
    /// <param name="appCertificate">The App Certificate; keep it on the server.</param>
    /// <param name="expireSeconds">The token's and the privilege's lifetime in seconds.</param>
    /// <param name="issue">The issue time and salt; now and random by default.</param>
    public static string BuildAppToken(string appId, [AgoraSecret] string appCertificate, uint expireSeconds, TokenIssue? issue = null) =>
        AccessToken2.Build(appId, appCertificate, expireSeconds, new AccessToken2Service[]
        {
            new ApaasService(string.Empty, string.Empty).AddPrivilege(ApaasPrivilege.App, expireSeconds),
        }, issue ?? TokenIssue.Now());

    // MD5 here is an identifier Agora's protocol derives, not a security measure.
#pragma warning disable CA5351
    private static string Md5Hex(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
#if NET5_0_OR_GREATER
        byte[] hash = MD5.HashData(bytes);
#else
        byte[] hash;
        using (var md5 = MD5.Create())
        {
            hash = md5.ComputeHash(bytes);
        }
#endif
        var hex = new StringBuilder(hash.Length * 2);
        foreach (byte value in hash)
        {
            hex.Append(value.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
#pragma warning restore CA5351
}
