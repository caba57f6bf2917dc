namespace Agora.Rest.Testing;

/// <summary>A project the emulator knows: its App ID (public) and App Certificate (secret), and a display name.</summary>
public sealed class EmulatedApp
{
    /// <summary>Creates an app; the id is what clients send, the certificate what tokens are signed with.</summary>
    public EmulatedApp(string appId, [AgoraSecret] string certificate, string name)
    {
        AppId = string.IsNullOrWhiteSpace(appId) ? throw new System.ArgumentException("An App ID is required.", nameof(appId)) : appId;
        Certificate = string.IsNullOrWhiteSpace(certificate) ? throw new System.ArgumentException("An App Certificate is required.", nameof(certificate)) : certificate;
        Name = name ?? string.Empty;
    }

    /// <summary>The App ID (Agora calls it <c>vendor_key</c> in project lists).</summary>
    public string AppId { get; }

    /// <summary>The App Certificate (<c>sign_key</c>).</summary>
    [AgoraSecret]
    public string Certificate { get; }

    /// <summary>The project's name.</summary>
    public string Name { get; }

    /// <summary>The app without its certificate.</summary>
    public override string ToString() => $"{Name} ({AppId})";
}
