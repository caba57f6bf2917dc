using System;

namespace Agora.Generators.Model;

/// <summary>
/// What reading one interface gave: a client spec, nothing (no client class can be declared; the analyzers say why),
/// or the generator's own failure, kept as plain text so that the pipeline stays cacheable.
/// </summary>
internal sealed record ParseOutcome(ClientSpec? Spec, GeneratorFailure? Failure)
{
    public static readonly ParseOutcome Nothing = new(null, null);

    /// <summary>Runs <paramref name="parse"/>, turning an exception of the generator's into a <see cref="GeneratorFailure"/>.</summary>
    public static ParseOutcome Of(string interfaceName, Func<ClientSpec?> parse)
    {
        try
        {
            return new ParseOutcome(parse(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Half-typed code must never break the build through the generator: no client, and one warning saying so.
            return new ParseOutcome(null, new GeneratorFailure(interfaceName, exception.GetType().Name, OneLine(exception.Message)));
        }
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
}

/// <summary>The interface the generator failed on, and how.</summary>
internal sealed record GeneratorFailure(string InterfaceName, string ExceptionType, string Message);
