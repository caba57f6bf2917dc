namespace Agora.Generators.Diagnostics;

/// <summary>Where each rule's page lives: docs/rules/&lt;ID&gt;.md in the product's repository.</summary>
/// <remarks>
/// <c>RulesBase</c> is written at build time from the <c>RepositoryUrl</c> MSBuild property (src/Build/HelpLinks.targets),
/// so the links follow wherever the repository is published.
/// </remarks>
internal static partial class HelpLinks
{
    public static string For(string id) => RulesBase + id + ".md";
}
