using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Redirects;

/// <summary>
/// Where a client's redirect-following comes from: the <c>new HttpClient()</c> whose default handler follows
/// redirects, or the <c>new HttpClientHandler</c>/<c>new SocketsHttpHandler</c> that is not told otherwise, with the
/// statements that turn redirects back on after it was created (<c>handler.AllowAutoRedirect = true;</c>).
/// </summary>
internal sealed class RedirectingCreation
{
    public RedirectingCreation(IObjectCreationOperation creation, ImmutableArray<IOperation> laterSettings)
    {
        Creation = creation;
        LaterSettings = laterSettings;
    }

    /// <summary>The creation the diagnostic points at.</summary>
    public IObjectCreationOperation Creation { get; }

    /// <summary>The type's name as the message shows it.</summary>
    public string TypeName => Creation.Type?.Name ?? "HttpClient";

    /// <summary>Assignments of <c>AllowAutoRedirect = true</c> after the creation; the fix turns them off too.</summary>
    public ImmutableArray<IOperation> LaterSettings { get; }
}
