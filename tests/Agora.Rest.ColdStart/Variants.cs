using System.Threading.Tasks;

namespace Agora.ColdStart;

/// <summary>The variants this app can run: the generated client and its hand-written equivalent.</summary>
internal static class Variants
{
    public const string Names = "generated, hand-written";

    // Each variant in its own method, so that a run compiles and loads only what its variant uses.
    public static Task<ProjectList>? Start(string name, ColdStartSettings settings) => name switch
    {
        "generated" => GeneratedVariant.ListProjectsAsync(settings),
        "hand-written" => HandWrittenVariant.ListProjectsAsync(settings),
        _ => null,
    };
}
