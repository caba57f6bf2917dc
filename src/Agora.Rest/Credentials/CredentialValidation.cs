using System;

namespace Agora.Rest;

/// <summary>
/// Checks credential text before it can reach a request. Messages name the argument and the problem,
/// never the value.
/// </summary>
internal static class CredentialValidation
{
    /// <summary>Customer ID and Customer Secret: UTF-8 is encoded, but control characters and edge whitespace are refused.</summary>
    public static void ValidateBasicPart(string? value, string parameterName, bool rejectColon)
    {
        RequireText(value, parameterName);
        string? problem = BasicPartProblem(value!, parameterName, rejectColon);
        if (problem is not null)
        {
            throw new ArgumentException(problem, parameterName);
        }
    }

    /// <summary>
    /// What is wrong with a non-empty Customer ID or Customer Secret, or <see langword="null"/>; the sentence
    /// starts with "The <paramref name="name"/>" and never holds the value.
    /// </summary>
    public static string? BasicPartProblem(string value, string name, bool rejectColon)
    {
        if (value.Length > InputLimits.CustomerCredential)
        {
            return InputLimits.TooLongMessage(value, InputLimits.CustomerCredential, name);
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return EdgeWhitespace(name);
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsControl(c))
            {
                return DescribeControl(c, i, name);
            }

            if (rejectColon && c == ':')
            {
                return $"The {name} must not contain ':' (position {i}): HTTP Basic separates the id from the secret with it.";
            }
        }

        return null;
    }

    /// <summary>Tokens go into a header as they are: printable ASCII without spaces.</summary>
    public static void ValidateToken(string? value, string parameterName)
    {
        RequireText(value, parameterName);
        InputLimits.Require(value!, InputLimits.Token, parameterName, parameterName);
        for (int i = 0; i < value!.Length; i++)
        {
            char c = value[i];
            if (c < '!' || c > '~')
            {
                throw new ArgumentException(
                    c < ' ' || c == '\u007f'
                        ? DescribeControl(c, i, parameterName)
                        : $"The {parameterName} contains a character at position {i} that is not allowed in a token (only printable ASCII without spaces is).",
                    parameterName);
            }
        }
    }

    /// <summary>User ids go into <c>x-agora-uid</c>: printable ASCII, inner spaces allowed.</summary>
    public static void ValidateUid(string? value, string parameterName)
    {
        RequireText(value, parameterName);
        InputLimits.Require(value!, InputLimits.Uid, parameterName, parameterName);
        for (int i = 0; i < value!.Length; i++)
        {
            char c = value[i];
            if (c < ' ' || c > '~')
            {
                throw new ArgumentException(
                    c < ' ' || c == '\u007f'
                        ? DescribeControl(c, i, parameterName)
                        : $"The {parameterName} contains a non-ASCII character at position {i}; the x-agora-uid header takes printable ASCII only.",
                    parameterName);
            }
        }
    }

    private static void RequireText(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"The {parameterName} is required.");
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"The {parameterName} is empty.", parameterName);
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            throw new ArgumentException(EdgeWhitespace(parameterName), parameterName);
        }
    }

    private static string EdgeWhitespace(string name) =>
        $"The {name} starts or ends with whitespace; check for a stray space or line break copied along with it.";

    private static string DescribeControl(char c, int index, string parameterName) =>
        c == '\r' || c == '\n'
            ? $"The {parameterName} contains a line break at position {index}; it would split the HTTP header."
            : $"The {parameterName} contains a control character at position {index}.";
}
