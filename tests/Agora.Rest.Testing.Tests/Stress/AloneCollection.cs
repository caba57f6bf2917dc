using Xunit;

namespace Agora.Rest.Testing.Tests.Stress;

/// <summary>
/// Test classes that measure the whole process (the heap, every core) and so run with no other test beside them:
/// another class's 10 MB error body alive at the wrong moment would otherwise count against the load test's heap.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
