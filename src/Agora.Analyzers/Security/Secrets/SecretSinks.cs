using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>Which parameters, members, keys and headers take Agora secrets or tokens.</summary>
internal static class SecretSinks
{
    /// <summary>A parameter a constant argument or a default value flows into.</summary>
    public static SecretSink? ForParameter(IParameterSymbol parameter, SecretOptions options)
    {
        ISymbol member = parameter.ContainingSymbol;
        if (HasAgoraSecret(parameter))
        {
            return SecretSink.Secret(KindOf(parameter.Name), $"it is passed as '{parameter.Name}' to {Describe(member)}, which is [AgoraSecret]");
        }

        // Look-alikes of Agora's token builders copied into user code: BuildTokenWithUid(appId, appCertificate, …).
        if (IsTokenBuilder(member) && LooksLikeCertificateParameter(parameter))
        {
            return SecretSink.Secret(SecretKind.AppCertificate, $"it is passed as '{parameter.Name}' to the token builder {Describe(member)}");
        }

        if (SecretNames.Classify(parameter.Name, options) is { } kind)
        {
            return SecretSink.Named(kind, $"it is passed as '{parameter.Name}' to {Describe(member)}");
        }

        if (parameter.Name == "token" && member.ContainingType is { Name: "AgoraCredentials" or "AgoraToken", ContainingNamespace.Name: "Rest" })
        {
            return SecretSink.Token($"it is passed as 'token' to {Describe(member)}");
        }

        return null;
    }

    /// <summary>A field or property a constant is assigned to or initializes.</summary>
    public static SecretSink? ForMember(ISymbol member, SecretOptions options)
    {
        if (HasAgoraSecret(member))
        {
            return SecretSink.Secret(KindOf(member.Name), $"it is assigned to '{member.Name}', which is [AgoraSecret]");
        }

        return ForName(member.Name, "assigned to", options);
    }

    /// <summary>A local, parameter or anonymous-type member known by its name only.</summary>
    public static SecretSink? ForName(string name, string verb, SecretOptions options) =>
        SecretNames.Classify(name, options) is { } kind ? SecretSink.Named(kind, $"it is {verb} '{name}'") : null;

    /// <summary>A dictionary, configuration or header key, or a switch arm's pattern, that a value goes with.</summary>
    public static SecretSink? ForKey(string key, SecretOptions options)
    {
        if (string.Equals(key.Trim(), Agora.Wire.AgoraWire.TokenHeader, StringComparison.OrdinalIgnoreCase))
        {
            return SecretSink.Token("it is the value of the x-agora-token header");
        }

        return SecretNames.Classify(key, options) is { } kind ? SecretSink.Named(kind, $"it is stored under the key '{key}'") : null;
    }

    private static bool HasAgoraSecret(ISymbol symbol) =>
        AgoraSecretMarker.IsOn(symbol)
        || (symbol is IPropertySymbol { OverriddenProperty: { } overridden } && HasAgoraSecret(overridden));

    private static bool IsTokenBuilder(ISymbol member)
    {
        string name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? member.ContainingType.Name : member.Name;
        return name.IndexOf("Token", StringComparison.OrdinalIgnoreCase) >= 0
            || member.ContainingType?.Name.IndexOf("Token", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    // appCertificate, appCert, certificate, cert, app_certificate, sign_key — the names Agora's builders and
    // their copies use; not certificatePath or clientSecret, which other token code has. appSecret is what other RTC
    // vendors' builders call theirs too: Agora's only in a builder that is in Agora code.
    private static bool LooksLikeCertificateParameter(IParameterSymbol parameter)
    {
        string normalized = new string(parameter.Name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return normalized is "appcertificate" or "appcert" or "certificate" or "cert" or "signkey" or "primarycertificate"
            || normalized == "appsecret" && parameter.DeclaringSyntaxReferences.Length > 0 && AgoraContext.Around(parameter.DeclaringSyntaxReferences[0].GetSyntax());
    }

    private static string KindOf(string name) =>
        SecretNames.Classify(name) ?? (name.IndexOf("cert", StringComparison.OrdinalIgnoreCase) >= 0 ? SecretKind.AppCertificate : SecretKind.Secret);

    private static string Describe(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => $"new {constructor.ContainingType.Name}(…)",
        IMethodSymbol method => $"{method.ContainingType?.Name}.{method.Name}",
        _ => member.Name,
    };
}
