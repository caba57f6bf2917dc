using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>
/// Agora's legacy AccessToken (<c>006…</c>): "006" + app id + base64(str(signature) ‖ u32 crc32(channel) ‖
/// u32 crc32(uid) ‖ str(message)), message = u32 salt ‖ u32 expiry ‖ privileges, not compressed. Times are
/// absolute Unix seconds (a privilege of 0 never expires). Prefer <see cref="AccessToken2"/> for new code.
/// </summary>
public sealed class AccessToken
{
    /// <summary>The version prefix of every legacy AccessToken.</summary>
    public const string VersionPrefix = "006";

    /// <summary>The default lifetime of a token built without an expiry: 24 hours, as Agora's builders do.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    // Real tokens are a few hundred characters; this bounds the work a hostile input can cause, and still
    // admits anything the builders can produce (64 KB of content at worst).
    private const int MaxTokenLength = 128 * 1024;

    private readonly byte[] _signature;
    private readonly byte[] _message;

    private AccessToken(string appId, uint channelNameCrc, uint uidCrc, uint salt, uint expireTimestamp, IReadOnlyList<TokenPrivilege> privileges, byte[] signature, byte[] message)
    {
        AppId = appId;
        ChannelNameCrc = channelNameCrc;
        UidCrc = uidCrc;
        Salt = salt;
        ExpireTimestamp = expireTimestamp;
        Privileges = privileges;
        _signature = signature;
        _message = message;
    }

    /// <summary>The App ID.</summary>
    public string AppId { get; }

    /// <summary>CRC-32 of the channel name (the token holds no channel name).</summary>
    public uint ChannelNameCrc { get; }

    /// <summary>CRC-32 of the uid text (0 for the empty uid).</summary>
    public uint UidCrc { get; }

    /// <summary>The salt.</summary>
    public uint Salt { get; }

    /// <summary>The token's expiry, in Unix seconds.</summary>
    public uint ExpireTimestamp { get; }

    /// <summary>When the token expires.</summary>
    public DateTimeOffset ExpiresAt => TokenExpiry.FromUnixSeconds(ExpireTimestamp);

    /// <summary>The privileges, with absolute Unix expiry times (0: no expiry).</summary>
    public IReadOnlyList<TokenPrivilege> Privileges { get; }

    /// <summary>The uid text a numeric uid is signed as: decimal, or empty for 0.</summary>
    public static string UidText(uint uid) => uid == 0 ? string.Empty : uid.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds a token that expires <see cref="DefaultLifetime"/> from now, with a random salt.</summary>
    /// <param name="appId">The App ID: 32 hexadecimal characters.</param>
    /// <param name="appCertificate">The App Certificate: 32 hexadecimal characters. Keep it on the server.</param>
    /// <param name="channelName">The channel (for Signaling: the user account).</param>
    /// <param name="uid">The uid text (see <see cref="UidText"/>); empty for any uid or for Signaling.</param>
    /// <param name="privileges">Privileges with absolute Unix expiry times (0: no expiry).</param>
    /// <param name="timeProvider">The clock; the system clock by default.</param>
    public static string Build(string appId, [AgoraSecret] string appCertificate, string channelName, string uid, IEnumerable<TokenPrivilege> privileges, TimeProvider? timeProvider = null)
    {
        TokenIssue now = TokenIssue.Now(timeProvider);
        uint expire = TokenExpiry.ToUnixSeconds(now.IssuedAt + DefaultLifetime, nameof(timeProvider));
        return Build(appId, appCertificate, channelName, uid, privileges, now.Salt, expire);
    }

    /// <summary>Builds a token with an explicit salt and expiry (Unix seconds).</summary>
    /// <param name="appId">The App ID: 32 hexadecimal characters.</param>
    /// <param name="appCertificate">The App Certificate: 32 hexadecimal characters. Keep it on the server.</param>
    /// <param name="channelName">The channel (for Signaling: the user account).</param>
    /// <param name="uid">The uid text (see <see cref="UidText"/>); empty for any uid or for Signaling.</param>
    /// <param name="privileges">Privileges with absolute Unix expiry times (0: no expiry).</param>
    /// <param name="salt">The salt.</param>
    /// <param name="expireTimestamp">The token's expiry as a Unix time.</param>
    public static string Build(string appId, [AgoraSecret] string appCertificate, string channelName, string uid, IEnumerable<TokenPrivilege> privileges, uint salt, uint expireTimestamp)
    {
        TokenInputs.ValidateAppId(appId);
        TokenInputs.ValidateCertificate(appCertificate);
        TokenInputs.ValidateText(channelName, nameof(channelName));
        TokenInputs.ValidateText(uid, nameof(uid));
        TokenPrivilege[] sorted = SortedByKey(privileges ?? throw new ArgumentNullException(nameof(privileges)));

        var message = new TokenWriter(64);
        var signed = new TokenWriter(128);
        var token = new TokenWriter(128);
        try
        {
            message.WriteUInt32(salt);
            message.WriteUInt32(expireTimestamp);
            message.WriteCount(sorted.Length, "privileges");
            foreach (TokenPrivilege privilege in sorted)
            {
                message.WriteUInt16(privilege.Key);
                message.WriteUInt32(privilege.Expire);
            }

            WriteUtf8(ref signed, appId);
            WriteUtf8(ref signed, channelName);
            WriteUtf8(ref signed, uid);
            signed.WriteRaw(message.Written);
            Span<byte> signature = stackalloc byte[TokenSigning.SignatureLength];
            TokenSigning.SignAccessToken(appCertificate, signed.Written, signature);

            token.WriteBytes(signature);
            token.WriteUInt32(Crc32.OfUtf8(channelName));
            token.WriteUInt32(Crc32.OfUtf8(uid));
            token.WriteBytes(message.Written);
            return TokenText.WithPrefix(VersionPrefix + appId, token.Written);
        }
        finally
        {
            message.Dispose();
            signed.Dispose();
            token.Dispose();
        }
    }

    /// <summary>Parses a token; the signature is not checked (see <see cref="VerifySignature"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a legacy AccessToken; the message says why.</exception>
    public static AccessToken Parse(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        return ParseCore(token);
    }

    /// <summary>Parses a token without throwing; the signature is not checked.</summary>
    public static bool TryParse([NotNullWhen(true)] string? token, [NotNullWhen(true)] out AccessToken? result)
    {
        result = null;
        if (token is null)
        {
            return false;
        }

        try
        {
            result = ParseCore(token);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the token was signed with <paramref name="appCertificate"/> for <paramref name="channelName"/> and
    /// <paramref name="uid"/> (the signature covers both, so they are needed). Compares in constant time.
    /// </summary>
    public bool VerifySignature([AgoraSecret] string appCertificate, string channelName, string uid)
    {
        TokenInputs.ValidateCertificate(appCertificate);
        TokenInputs.ValidateText(channelName, nameof(channelName));
        TokenInputs.ValidateText(uid, nameof(uid));

        var signed = new TokenWriter(128);
        try
        {
            WriteUtf8(ref signed, AppId);
            WriteUtf8(ref signed, channelName);
            WriteUtf8(ref signed, uid);
            signed.WriteRaw(_message);
            Span<byte> expected = stackalloc byte[TokenSigning.SignatureLength];
            TokenSigning.SignAccessToken(appCertificate, signed.Written, expected);
            return TokenSigning.FixedTimeEquals(expected, _signature);
        }
        finally
        {
            signed.Dispose();
        }
    }

    /// <summary>A description without the token text.</summary>
    public override string ToString() =>
        $"AccessToken for app {AppId}, expires {ExpiresAt:u}, privileges: {string.Join(", ", Privileges)}";

    private static AccessToken ParseCore(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            throw new FormatException($"The text is {token.Length} characters long; an AccessToken is far shorter.");
        }

        if (!token.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            throw new FormatException(token.StartsWith(AccessToken2.VersionPrefix, StringComparison.Ordinal)
                ? "This is an AccessToken2 (007); parse it with AccessToken2.Parse."
                : "A legacy AccessToken starts with \"006\".");
        }

        int bodyStart = VersionPrefix.Length + TokenInputs.AppIdLength;
        if (token.Length <= bodyStart)
        {
            throw new FormatException($"A legacy AccessToken has \"006\", a {TokenInputs.AppIdLength}-character App ID, then its body; this text ends before the body.");
        }

        string appId = TokenInputs.RequireHexAppId(token.Substring(VersionPrefix.Length, TokenInputs.AppIdLength));
        byte[] body = TokenText.Base64Decode(token, bodyStart, out int length);
        try
        {
            var reader = new TokenReader(new ReadOnlySpan<byte>(body, 0, length));
            ReadOnlySpan<byte> signature = reader.ReadBytes();
            if (signature.Length != TokenSigning.SignatureLength)
            {
                throw new FormatException($"The token's signature has {signature.Length} bytes; HMAC-SHA256 gives {TokenSigning.SignatureLength}.");
            }

            uint channelCrc = reader.ReadUInt32();
            uint uidCrc = reader.ReadUInt32();
            ReadOnlySpan<byte> message = reader.ReadBytes();

            var fields = new TokenReader(message);
            uint salt = fields.ReadUInt32();
            uint expire = fields.ReadUInt32();
            int count = fields.ReadUInt16();
            var privileges = new List<TokenPrivilege>(Math.Min(count, 8));
            for (int i = 0; i < count; i++)
            {
                ushort key = fields.ReadUInt16();
                privileges.Add(new TokenPrivilege(key, fields.ReadUInt32()));
            }

            return new AccessToken(appId, channelCrc, uidCrc, salt, expire, privileges.AsReadOnly(), signature.ToArray(), message.ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    private static void WriteUtf8(ref TokenWriter writer, string text) => writer.WriteRaw(System.Text.Encoding.UTF8.GetBytes(text));

    private static TokenPrivilege[] SortedByKey(IEnumerable<TokenPrivilege> privileges)
    {
        var byKey = new SortedDictionary<ushort, uint>();
        foreach (TokenPrivilege privilege in privileges)
        {
            byKey[privilege.Key] = privilege.Expire;
        }

        var sorted = new TokenPrivilege[byKey.Count];
        int i = 0;
        foreach (KeyValuePair<ushort, uint> entry in byKey)
        {
            sorted[i++] = new TokenPrivilege(entry.Key, entry.Value);
        }

        return sorted;
    }
}
