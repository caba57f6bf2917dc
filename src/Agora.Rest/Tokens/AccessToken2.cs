using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>
/// Agora's AccessToken2 (<c>007…</c>): builds signed tokens and parses and verifies existing ones.
/// Layout: "007" + base64(zlib(str(signature) ‖ signing info)); signing info = str(app id) ‖ u32 issue time ‖
/// u32 expire ‖ u32 salt ‖ u16 count ‖ services, all little-endian.
/// </summary>
public sealed class AccessToken2
{
    /// <summary>The version prefix of every AccessToken2.</summary>
    public const string VersionPrefix = "007";

    // Real tokens are a few hundred characters; this bounds the work a hostile input can cause, and still
    // admits anything the builders can produce (64 KB of content at worst).
    private const int MaxTokenLength = 128 * 1024;

    private readonly byte[] _signature;
    private readonly byte[] _signingInfo;

    private AccessToken2(string appId, uint issueTimestamp, uint expireSeconds, uint salt, IReadOnlyList<AccessToken2Service> services, byte[] signature, byte[] signingInfo)
    {
        AppId = appId;
        IssueTimestamp = issueTimestamp;
        ExpireSeconds = expireSeconds;
        Salt = salt;
        Services = services;
        _signature = signature;
        _signingInfo = signingInfo;
    }

    /// <summary>The App ID the token was issued for.</summary>
    public string AppId { get; }

    /// <summary>The issue time, in Unix seconds.</summary>
    public uint IssueTimestamp { get; }

    /// <summary>The token's lifetime in seconds after <see cref="IssueTimestamp"/>.</summary>
    public uint ExpireSeconds { get; }

    /// <summary>The salt.</summary>
    public uint Salt { get; }

    /// <summary>The services in the order the token holds them; types this version does not know end the list.</summary>
    public IReadOnlyList<AccessToken2Service> Services { get; }

    /// <summary>The issue time.</summary>
    public DateTimeOffset IssuedAt => TokenExpiry.FromUnixSeconds(IssueTimestamp);

    /// <summary>When the token itself expires.</summary>
    public DateTimeOffset ExpiresAt => IssuedAt.AddSeconds(ExpireSeconds);

    /// <summary>When <paramref name="privilege"/> (from one of <see cref="Services"/>) expires.</summary>
    public DateTimeOffset GetExpiry(TokenPrivilege privilege) => IssuedAt.AddSeconds(privilege.Expire);

    /// <summary>Builds a token issued now with a random salt.</summary>
    /// <inheritdoc cref="Build(string, string, uint, IEnumerable{AccessToken2Service}, TokenIssue)"/>
    public static string Build(string appId, [AgoraSecret] string appCertificate, uint expireSeconds, IEnumerable<AccessToken2Service> services) =>
        Build(appId, appCertificate, expireSeconds, services, TokenIssue.Now());

    /// <summary>Builds and signs a token.</summary>
    /// <param name="appId">The App ID: 32 hexadecimal characters.</param>
    /// <param name="appCertificate">The App Certificate: 32 hexadecimal characters. Keep it on the server.</param>
    /// <param name="expireSeconds">The token's lifetime in seconds after issue, 1 to 86400.</param>
    /// <param name="services">At least one service; they are packed sorted by type, keeping the given order within a type.</param>
    /// <param name="issue">The issue time and salt.</param>
    /// <returns>The token, <c>007…</c>.</returns>
    public static string Build(string appId, [AgoraSecret] string appCertificate, uint expireSeconds, IEnumerable<AccessToken2Service> services, TokenIssue issue)
    {
        TokenInputs.ValidateAppId(appId);
        TokenInputs.ValidateCertificate(appCertificate);
        TokenExpiry.ValidateTokenSeconds(expireSeconds, nameof(expireSeconds));
        if (issue.IssueTimestamp == 0)
        {
            throw new ArgumentException("The issue time is not set (a default TokenIssue): use TokenIssue.Now() or new TokenIssue(issueTimestamp, salt).", nameof(issue));
        }

        AccessToken2Service[] ordered = SortedByType(services ?? throw new ArgumentNullException(nameof(services)));

        var writer = new TokenWriter(256);
        try
        {
            // The signature goes first but covers what follows: reserve it, write, then sign in place.
            writer.WriteUInt16(TokenSigning.SignatureLength);
            writer.WriteRaw(stackalloc byte[TokenSigning.SignatureLength]);
            int signingStart = writer.Length;
            writer.WriteString(appId);
            writer.WriteUInt32(issue.IssueTimestamp);
            writer.WriteUInt32(expireSeconds);
            writer.WriteUInt32(issue.Salt);
            writer.WriteCount(ordered.Length, "services");
            foreach (AccessToken2Service service in ordered)
            {
                service.Write(ref writer);
            }

            Span<byte> content = writer.WrittenMutable;
            if (content.Length > ZLib.MaxInflatedLength)
            {
                throw new ArgumentException($"The token content would be {content.Length} bytes; parsers (this one included) accept at most {ZLib.MaxInflatedLength}.", nameof(services));
            }

            TokenSigning.SignAccessToken2(appCertificate, issue.IssueTimestamp, issue.Salt, content.Slice(signingStart), content.Slice(2, TokenSigning.SignatureLength));
            return Encode(content);
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>Parses a token; the signature is not checked (see <see cref="VerifySignature"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an AccessToken2; the message says why.</exception>
    public static AccessToken2 Parse(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        return ParseCore(token);
    }

    /// <summary>Parses a token without throwing; the signature is not checked.</summary>
    public static bool TryParse([NotNullWhen(true)] string? token, [NotNullWhen(true)] out AccessToken2? result)
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
    /// Whether the token was signed with <paramref name="appCertificate"/>: recomputes the signature over the
    /// token's own signed bytes and compares in constant time.
    /// </summary>
    /// <exception cref="ArgumentException">The certificate is not 32 hexadecimal characters.</exception>
    public bool VerifySignature([AgoraSecret] string appCertificate)
    {
        TokenInputs.ValidateCertificate(appCertificate);
        Span<byte> expected = stackalloc byte[TokenSigning.SignatureLength];
        TokenSigning.SignAccessToken2(appCertificate, IssueTimestamp, Salt, _signingInfo, expected);
        return TokenSigning.FixedTimeEquals(expected, _signature);
    }

    /// <summary>A description without the token text.</summary>
    public override string ToString() =>
        $"AccessToken2 for app {AppId}, issued {IssuedAt:u}, expires {ExpiresAt:u}, services: {string.Join("; ", Services)}";

    private static AccessToken2 ParseCore(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            throw new FormatException($"The text is {token.Length} characters long; an AccessToken2 is far shorter.");
        }

        if (!token.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            throw new FormatException(token.StartsWith(AccessToken.VersionPrefix, StringComparison.Ordinal)
                ? "This is a legacy AccessToken (006); parse it with AccessToken.Parse."
                : "An AccessToken2 starts with \"007\".");
        }

        byte[] compressed = Base64Decode(token, VersionPrefix.Length, out int compressedLength);
        byte[]? content = null;
        try
        {
            content = ZLib.Decompress(compressed, compressedLength, out int contentLength);
            return Read(new ReadOnlySpan<byte>(content, 0, contentLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
            if (content is not null)
            {
                ArrayPool<byte>.Shared.Return(content);
            }
        }
    }

    private static AccessToken2 Read(ReadOnlySpan<byte> content)
    {
        var reader = new TokenReader(content);
        ReadOnlySpan<byte> signature = reader.ReadBytes();
        if (signature.Length != TokenSigning.SignatureLength)
        {
            throw new FormatException($"The token's signature has {signature.Length} bytes; HMAC-SHA256 gives {TokenSigning.SignatureLength}.");
        }

        byte[] signingInfo = reader.Remaining.ToArray();
        string appId = TokenInputs.RequireHexAppId(reader.ReadString());
        uint issueTimestamp = reader.ReadUInt32();
        uint expireSeconds = reader.ReadUInt32();
        uint salt = reader.ReadUInt32();
        int count = reader.ReadUInt16();
        var services = new List<AccessToken2Service>(Math.Min(count, 8));
        for (int i = 0; i < count; i++)
        {
            var type = (AgoraTokenService)reader.ReadUInt16();
            AccessToken2Service? service = AccessToken2Service.Read(type, ref reader);
            if (service is null)
            {
                // A newer service: its length is unknowable, so the rest cannot be read. The signature still
                // covers every byte, so verification is unaffected.
                break;
            }

            services.Add(service);
        }

        return new AccessToken2(appId, issueTimestamp, expireSeconds, salt, services.AsReadOnly(), signature.ToArray(), signingInfo);
    }

    private static AccessToken2Service[] SortedByType(IEnumerable<AccessToken2Service> services)
    {
        var list = new List<AccessToken2Service>(services);
        if (list.Count == 0)
        {
            throw new ArgumentException("A token needs at least one service (for example an RtcService or RtmService).", nameof(services));
        }

        if (list.Contains(null!))
        {
            throw new ArgumentException("The services must not contain null.", nameof(services));
        }

        AccessToken2Service[] ordered = list.ToArray();

        // Insertion sort: stable, and the lists are a handful long.
        for (int i = 1; i < ordered.Length; i++)
        {
            AccessToken2Service current = ordered[i];
            int j = i - 1;
            while (j >= 0 && ordered[j].Type > current.Type)
            {
                ordered[j + 1] = ordered[j];
                j--;
            }

            ordered[j + 1] = current;
        }

        return ordered;
    }

    private static string Encode(ReadOnlySpan<byte> content)
    {
        byte[] compressed = ZLib.Compress(content, out int length);
        try
        {
            return TokenText.WithPrefix(VersionPrefix, new ReadOnlySpan<byte>(compressed, 0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    private static byte[] Base64Decode(string token, int start, out int length) => TokenText.Base64Decode(token, start, out length);
}
