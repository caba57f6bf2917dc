namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// A place a constant can flow into that says what the constant is: a parameter, member, configuration key
/// or header. <see cref="NameOnly"/> sinks know it by a name alone, so their values must also look generated.
/// </summary>
internal sealed class SecretSink
{
    private SecretSink(string? secretKind, bool nameOnly, string how)
    {
        SecretKind = secretKind;
        NameOnly = nameOnly;
        How = how;
    }

    /// <summary>The <see cref="Secrets.SecretKind"/> it takes, or <see langword="null"/> for a token sink.</summary>
    public string? SecretKind { get; }

    public bool IsToken => SecretKind is null;

    public bool NameOnly { get; }

    /// <summary>How the value was found, for the message; never the value.</summary>
    public string How { get; }

    public static SecretSink Secret(string kind, string how) => new(kind, nameOnly: false, how);

    public static SecretSink Named(string kind, string how) => new(kind, nameOnly: true, how);

    public static SecretSink Token(string how) => new(null, nameOnly: false, how);
}
