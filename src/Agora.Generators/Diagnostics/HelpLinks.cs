namespace Agora.Generators.Diagnostics;

/// <summary>Where each rule's page lives: docs/rules/&lt;ID&gt;.md in the product's repository.</summary>
internal static class HelpLinks
{
    // The one place that names where the rule pages are published.
    public const string RulesBase = "https://github.com/agora-generators/agora-generators/blob/main/docs/rules/";

    public static string For(string id) => RulesBase + id + ".md";
}
