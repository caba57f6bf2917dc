using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// The operation callbacks of <see cref="HardCodedSecretAnalyzer"/> for one compilation. Several callbacks
/// can reach the same literal (a secret-named constant that is also passed to a builder); the first one
/// reports it and the rest stay quiet.
/// </summary>
internal sealed class SecretFinder
{
    private readonly ConcurrentDictionary<Location, byte> _reported = new();

    public void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return;
        }

        SecretSink? sink = SecretSinks.ForParameter(parameter) ?? PairedWithKey(argument, context);
        if (sink is not null)
        {
            Check(context, sink, argument.Value);
        }
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        SecretSink? sink = assignment.Target switch
        {
            IPropertyReferenceOperation { Arguments.Length: 1 } indexer =>
                ConstantFolder.Fold(indexer.Arguments[0].Value, context.CancellationToken) is { } key ? SecretSinks.ForKey(key.Text) : null,
            IPropertyReferenceOperation property => SecretSinks.ForMember(property.Property),
            IFieldReferenceOperation field => SecretSinks.ForMember(field.Field),
            ILocalReferenceOperation local => SecretSinks.ForName(local.Local.Name, "assigned to"),
            IParameterReferenceOperation parameter => SecretSinks.ForName(parameter.Parameter.Name, "assigned to"),
            _ => null,
        };
        if (sink is not null)
        {
            Check(context, sink, assignment.Value);
        }
    }

    public void AnalyzeMemberInitializer(OperationAnalysisContext context)
    {
        var initializer = (ISymbolInitializerOperation)context.Operation;
        ISymbol? member = initializer switch
        {
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
            _ => null,
        };
        if (member is not null && SecretSinks.ForMember(member) is { } sink)
        {
            Check(context, sink, initializer.Value);
        }
    }

    public void AnalyzeParameterDefault(OperationAnalysisContext context)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        if (SecretSinks.ForParameter(initializer.Parameter) is { IsToken: false } sink)
        {
            Check(context, sink, initializer.Value);
        }
    }

    public void AnalyzeLocal(OperationAnalysisContext context)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        if (declarator.Initializer is { } initializer && SecretSinks.ForName(declarator.Symbol.Name, "assigned to") is { } sink)
        {
            Check(context, sink, initializer.Value);
        }
    }

    // key switch { "AppCertificate" => "…", … }
    public void AnalyzeSwitchArm(OperationAnalysisContext context)
    {
        var arm = (ISwitchExpressionArmOperation)context.Operation;
        if (arm.Pattern is IConstantPatternOperation pattern
            && ConstantFolder.Fold(pattern.Value, context.CancellationToken) is { } key
            && SecretSinks.ForKey(key.Text) is { } sink)
        {
            Check(context, sink, arm.Value);
        }
    }

    // Text that is a credential by itself: a Basic value, a URL with user information, a token.
    public void AnalyzeLiteral(OperationAnalysisContext context)
    {
        if (ConstantFolder.Fold(context.Operation, context.CancellationToken) is not { } literal || literal.Text.Length < 16)
        {
            return;
        }

        if (AgoraTokenText.ContainsToken(literal.Text))
        {
            Report(context, SecurityRules.HardCodedToken, literal.Origin, "the text holds an Agora token");
        }
        else if (CredentialText.Find(literal.Text) is { } found)
        {
            Report(context, SecurityRules.HardCodedSecret, literal.Origin, found.Kind, found.How);
        }
    }

    // The value half of (key, value) calls: dictionary Add, KeyValuePair, headers, environment variables,
    // new AuthenticationHeaderValue("Basic", …).
    private static SecretSink? PairedWithKey(IArgumentOperation argument, OperationAnalysisContext context)
    {
        if (argument.Parameter?.Ordinal != 1 || argument.Parent is not { } call)
        {
            return null;
        }

        IArgumentOperation? keyArgument = call.ChildOperations.OfType<IArgumentOperation>().FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (keyArgument is null || ConstantFolder.Fold(keyArgument.Value, context.CancellationToken) is not { } key)
        {
            return null;
        }

        string scheme = key.Text.Trim();
        if (string.Equals(scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return SecretSink.Secret(SecretKind.BasicCredential, "it is the credential of an HTTP Basic header");
        }

        if (string.Equals(scheme, "agora", StringComparison.OrdinalIgnoreCase))
        {
            return SecretSink.Token("it is the credential of an 'agora token=' header");
        }

        return SecretSinks.ForKey(key.Text);
    }

    private void Check(OperationAnalysisContext context, SecretSink sink, IOperation value)
    {
        if (ConstantFolder.Fold(value, context.CancellationToken) is not { } folded)
        {
            return;
        }

        string text = folded.Text;
        if (sink.IsToken)
        {
            string token = text.StartsWith("token=", StringComparison.OrdinalIgnoreCase) ? text.Substring("token=".Length) : text;
            if (AgoraTokenText.ContainsToken(token) || (token.Length >= 20 && SecretValues.IsPlausibleSecret(token)))
            {
                Report(context, SecurityRules.HardCodedToken, folded.Origin, sink.How);
            }

            return;
        }

        if (sink.SecretKind == SecretKind.BasicCredential)
        {
            if (CredentialText.IsBasicCredential(text))
            {
                Report(context, SecurityRules.HardCodedSecret, folded.Origin, sink.SecretKind, sink.How);
            }

            return;
        }

        bool secret = sink.NameOnly ? SecretValues.HasCredentialShape(text) : SecretValues.IsPlausibleSecret(text);
        if (secret)
        {
            Report(context, SecurityRules.HardCodedSecret, folded.Origin, sink.SecretKind!, sink.How);
        }
        else if (CredentialText.Find(text) is { } found)
        {
            Report(context, SecurityRules.HardCodedSecret, folded.Origin, found.Kind, found.How);
        }
    }

    private void Report(OperationAnalysisContext context, DiagnosticDescriptor rule, SyntaxNode origin, params object[] arguments)
    {
        Location location = origin.GetLocation();
        if (_reported.TryAdd(location, 0))
        {
            ImmutableDictionary<string, string?> properties = rule == SecurityRules.HardCodedSecret
                ? SecretKind.FixProperties((string)arguments[0])
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(rule, location, properties, arguments));
        }
    }
}
