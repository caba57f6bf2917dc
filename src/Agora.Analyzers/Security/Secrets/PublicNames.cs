using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Values whose own name says they are public: an App ID, a channel, a user account, a correlation or trace id, a
/// hash, a version. Hex values under such names are common in Agora code and are never secrets, so they are not
/// followed: following a value costs a search of the program for the uses of the symbol that holds it.
/// </summary>
internal static class PublicNames
{
    // Parts of normalised names (letters and digits, lower case) that say what a public value is.
    private static readonly string[] Stems =
    {
        "appid", "channel", "room", "user", "account", "uid", "correlation", "trace", "request", "session", "device",
        "hash", "checksum", "sha1", "sha256", "md5", "thumbprint", "etag", "guid", "uuid", "commit", "version", "build",
        "instrumentation", "customerid",
    };

    // Words that make any name a possible secret's (UserPassword, AccountKey, SessionToken, HashKey, ChannelKey).
    private static readonly string[] SecretWords = { "key", "pass", "pwd", "token", "credential", "auth", "hmac", "private" };

    /// <summary>
    /// Whether the value <paramref name="written"/> goes straight into a field, property, local, parameter, method
    /// return or configuration key whose name says it is public (and does not also name a secret).
    /// </summary>
    public static bool Holds(IOperation written)
    {
        IOperation current = written;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        string? name = current.Parent switch
        {
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault()?.Name,
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault()?.Name,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            ISimpleAssignmentOperation assignment when assignment.Value == current => TargetName(assignment.Target),
            IArgumentOperation { Parameter: { } parameter } => parameter.Name,
            IParameterInitializerOperation parameterDefault => parameterDefault.Parameter.Name,
            _ => null,
        };
        return name is not null && IsPublic(name);
    }

    /// <summary>Whether a name says its value is public: it names an id, a channel, a hash… and no secret.</summary>
    public static bool IsPublic(string name)
    {
        if (SecretNames.MayNameSecret(name))
        {
            return false;
        }

        string normalized = SecretNames.Normalize(name);
        return Stems.Any(stem => normalized.Contains(stem)) && !SecretWords.Any(word => normalized.Contains(word));
    }


    private static string? TargetName(IOperation target) => target switch
    {
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property.Name,
        ILocalReferenceOperation local => local.Local.Name,
        _ => null,
    };
}
