using System.Threading.Tasks;
using Agora.ColdStart.RefitClient;

namespace Agora.ColdStart;

/// <summary>The variants this app can run: Refit only (see the project file for why).</summary>
internal static class Variants
{
    public const string Names = "refit";

    public static Task<ProjectList>? Start(string name, ColdStartSettings settings) => name switch
    {
        "refit" => RefitVariant.ListProjectsAsync(settings),
        _ => null,
    };
}
