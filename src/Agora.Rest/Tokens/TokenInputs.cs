using System;

namespace Agora.Rest.Tokens;

/// <summary>Checks builder inputs before any bytes are written. Messages name the argument, never the value.</summary>
internal static class TokenInputs
{
    public const int AppIdLength = 32;
    public const int CertificateLength = 32;

    public static void ValidateAppId(string? appId, string parameterName = "appId") =>
        ValidateHex32(appId, parameterName, "App ID");

    public static void ValidateCertificate(string? appCertificate, string parameterName = "appCertificate") =>
        ValidateHex32(appCertificate, parameterName, "App Certificate");

    /// <summary>An App ID read from a token: anything but 32 hex characters is not a token (and could forge log lines).</summary>
    public static string RequireHexAppId(string appId)
    {
        if (appId.Length != AppIdLength)
        {
            throw new FormatException($"The token's App ID has {appId.Length} characters; App IDs have {AppIdLength}.");
        }

        foreach (char c in appId)
        {
            if (!IsHex(c))
            {
                throw new FormatException("The token's App ID is not hexadecimal.");
            }
        }

        return appId;
    }

    public static void ValidateText(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (System.Text.Encoding.UTF8.GetByteCount(value) > ushort.MaxValue)
        {
            throw new ArgumentException($"The {parameterName} is longer than a token field can hold ({ushort.MaxValue} UTF-8 bytes).", parameterName);
        }
    }

    private static void ValidateHex32(string? value, string parameterName, string what)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"The {what} is required.");
        }

        if (value.Length != 32)
        {
            throw new ArgumentException($"The {what} must be 32 hexadecimal characters (Agora Console, project settings); the value given has {value.Length}.", parameterName);
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (!IsHex(value[i]))
            {
                throw new ArgumentException($"The {what} must be 32 hexadecimal characters; position {i} is not 0-9 or a-f.", parameterName);
            }
        }
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
