namespace Agora.Generators.Declarations;

/// <summary>
/// The generator's sink: keeps the first problem that stops a member from being generated, which becomes the reason
/// its implementation throws.
/// </summary>
internal sealed class FirstProblem : IDeclarationProblemSink
{
    public DeclarationProblem? Found { get; private set; }

    public void Report(DeclarationProblem problem)
    {
        if (Found is null && problem.BlocksGeneration)
        {
            Found = problem;
        }
    }
}
