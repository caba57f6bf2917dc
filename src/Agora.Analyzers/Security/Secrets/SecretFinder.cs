using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    private readonly ConcurrentDictionary<SyntaxTree, SecretOptions> _options = new();
    private readonly AnalyzerConfigOptionsProvider _optionsProvider;

    public SecretFinder(AnalyzerConfigOptionsProvider optionsProvider)
    {
        _optionsProvider = optionsProvider;
    }

    /// <summary>The project's options for one file (.editorconfig sections may differ per file).</summary>
    public SecretOptions OptionsFor(SyntaxTree tree) =>
        _options.GetOrAdd(tree, t => SecretOptions.From(_optionsProvider.GetOptions(t)));

    private SecretOptions OptionsFor(OperationAnalysisContext context) => OptionsFor(context.Operation.Syntax.SyntaxTree);

    public void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return;
        }

        SecretSink? sink = SecretSinks.ForParameter(parameter, OptionsFor(context)) ?? PairedWithKey(argument, context, OptionsFor(context)) ?? NetworkCredentialPassword(argument, context);
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
                ConstantText.Fold(indexer.Arguments[0].Value, context.CancellationToken) is { } key ? SecretSinks.ForKey(key.Text, OptionsFor(context)) : null,
            IPropertyReferenceOperation property => SecretSinks.ForMember(property.Property, OptionsFor(context)),
            IFieldReferenceOperation field => SecretSinks.ForMember(field.Field, OptionsFor(context)),
            ILocalReferenceOperation local => SecretSinks.ForName(local.Local.Name, "assigned to", OptionsFor(context)),
            IParameterReferenceOperation parameter => SecretSinks.ForName(parameter.Parameter.Name, "assigned to", OptionsFor(context)),
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
        if (member is not null && SecretSinks.ForMember(member, OptionsFor(context)) is { } sink)
        {
            Check(context, sink, initializer.Value);
        }
    }

    public void AnalyzeParameterDefault(OperationAnalysisContext context)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        if (SecretSinks.ForParameter(initializer.Parameter, OptionsFor(context)) is { IsToken: false } sink)
        {
            Check(context, sink, initializer.Value);
        }
    }

    public void AnalyzeLocal(OperationAnalysisContext context)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        if (declarator.Initializer is { } initializer && SecretSinks.ForName(declarator.Symbol.Name, "assigned to", OptionsFor(context)) is { } sink)
        {
            Check(context, sink, initializer.Value);
        }
    }

    // key switch { "AppCertificate" => "…", … }
    public void AnalyzeSwitchArm(OperationAnalysisContext context)
    {
        var arm = (ISwitchExpressionArmOperation)context.Operation;
        if (arm.Pattern is IConstantPatternOperation pattern
            && ConstantText.Fold(pattern.Value, context.CancellationToken) is { } key
            && SecretSinks.ForKey(key.Text, OptionsFor(context)) is { } sink)
        {
            Check(context, sink, arm.Value);
        }
    }

    // Text that is a credential by itself: a Basic value, a URL with user information, a token; in a literal,
    // or put together from constants (each finding is reported at the smallest expression that shows it whole).
    public void AnalyzeText(OperationAnalysisContext context)
    {
        IOperation operation = context.Operation;
        bool literal = operation is ILiteralOperation or IUtf8StringOperation;
        if (IsShortLiteral(operation))
        {
            return; // most literals of a program, and none of them can hold a credential
        }

        if (!literal && (!TextComposition.Composes(operation) || TextComposition.HasComposingParent(operation, context.CancellationToken)))
        {
            return;
        }

        if (ConstantText.Fold(operation, context.CancellationToken) is not { } text || text.Text.Length < 16)
        {
            return;
        }

        bool base64 = TextComposition.IsBase64Encoding(operation);
        if (AgoraTokenText.ContainsToken(text.Text))
        {
            if (literal || !text.AnyPiece(AgoraTokenText.ContainsToken))
            {
                Report(context, SecurityRules.HardCodedToken, text.Origin, "the text holds an Agora token");
            }
        }
        else if (CredentialText.Find(text.Text) is { } found)
        {
            if (literal || !text.AnyPiece(p => CredentialText.Find(p) is not null))
            {
                Report(context, SecurityRules.HardCodedSecret, text.Origin, found.Kind, found.How);
            }
        }
        else if (base64 && CredentialText.IsBasicCredential(text.Text) && !text.AnyPiece(p => CredentialText.Find(p) is not null))
        {
            Report(context, SecurityRules.HardCodedSecret, text.Origin, SecretKind.BasicCredential, "base64 of id:secret, as an HTTP Basic value");
        }
    }

    // A literal that is not text, or text too short for any credential this analyzer recognises.
    private static bool IsShortLiteral(IOperation operation) => operation switch
    {
        ILiteralOperation literal => literal.ConstantValue is not { HasValue: true, Value: string { Length: >= 16 } },
        IUtf8StringOperation utf8 => utf8.Value.Length < 16,
        _ => false,
    };

    // A method or property getter with a secret name that returns a constant: AppCertificate => "…".
    public void AnalyzeReturn(OperationAnalysisContext context)
    {
        var returned = (IReturnOperation)context.Operation;
        if (returned.ReturnedValue is null || returned.Kind != OperationKind.Return || IsInsideNestedFunction(returned))
        {
            return;
        }

        SecretSink? sink = context.ContainingSymbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } => SecretSinks.ForMember(property, OptionsFor(context)),
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method => SecretSinks.ForName(method.Name, "returned by", OptionsFor(context)),
            _ => null,
        };
        if (sink is not null)
        {
            Check(context, sink, returned.ReturnedValue);
        }
    }

    // (AppId: "…", AppCertificate: "…") and tuples converted to named element types.
    public void AnalyzeTuple(OperationAnalysisContext context)
    {
        var tuple = (ITupleOperation)context.Operation;
        INamedTypeSymbol? type = (tuple.Parent is IConversionOperation { Type: INamedTypeSymbol { IsTupleType: true } converted } ? converted : tuple.Type) as INamedTypeSymbol;
        if (type is not { IsTupleType: true } || type.TupleElements.Length != tuple.Elements.Length)
        {
            return;
        }

        for (int i = 0; i < tuple.Elements.Length; i++)
        {
            IFieldSymbol element = type.TupleElements[i];
            if (element.Name != element.CorrespondingTupleField?.Name && SecretSinks.ForName(element.Name, "the tuple element", OptionsFor(context)) is { } sink)
            {
                Check(context, sink, tuple.Elements[i]);
            }
        }
    }

    // var (customerId, customerSecret) = ("…", "…");
    public void AnalyzeDeconstruction(OperationAnalysisContext context)
    {
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        IOperation target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        IOperation value = deconstruction.Value is IConversionOperation conversion ? conversion.Operand : deconstruction.Value;
        if (target is not ITupleOperation targets || value is not ITupleOperation values || targets.Elements.Length != values.Elements.Length)
        {
            return;
        }

        for (int i = 0; i < targets.Elements.Length; i++)
        {
            IOperation element = targets.Elements[i] is IDeclarationExpressionOperation declared ? declared.Expression : targets.Elements[i];
            string? name = element switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                _ => null,
            };
            if (name is not null && SecretSinks.ForName(name, "deconstructed into", OptionsFor(context)) is { } sink)
            {
                Check(context, sink, values.Elements[i]);
            }
        }
    }

    // The value half of (key, value) calls: dictionary Add, KeyValuePair, headers, environment variables,
    // new AuthenticationHeaderValue("Basic", …).
    private static SecretSink? PairedWithKey(IArgumentOperation argument, OperationAnalysisContext context, SecretOptions options)
    {
        if (argument.Parameter?.Ordinal != 1 || argument.Parent is not { } call)
        {
            return null;
        }

        IArgumentOperation? keyArgument = call.ChildOperations.OfType<IArgumentOperation>().FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (keyArgument is null || ConstantText.Fold(keyArgument.Value, context.CancellationToken) is not { } key)
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

        return SecretSinks.ForKey(key.Text, options);
    }

    // new NetworkCredential(id, secret) where both halves are generated values: a Customer ID and Secret pair.
    private static SecretSink? NetworkCredentialPassword(IArgumentOperation argument, OperationAnalysisContext context)
    {
        if (argument.Parameter is not { Name: "password", ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { Name: "NetworkCredential", ContainingNamespace.Name: "Net" } } }
            || argument.Parent is not IObjectCreationOperation creation)
        {
            return null;
        }

        IArgumentOperation? user = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "userName");
        return user is not null && ConstantText.Fold(user.Value, context.CancellationToken) is { } id && SecretValues.HasCredentialShape(id.Text)
            ? SecretSink.Named(SecretKind.CustomerSecret, "it is the password of a NetworkCredential whose user name is a generated id")
            : null;
    }

    private void Check(OperationAnalysisContext context, SecretSink sink, IOperation value)
    {
        foreach (FoldedValue folded in ConstantText.Candidates(value, context.CancellationToken))
        {
            CheckValue(context, sink, folded);
        }
    }

    private void CheckValue(OperationAnalysisContext context, SecretSink sink, FoldedValue folded)
    {
        string text = folded.Text;
        if (sink.IsToken)
        {
            string token = text.StartsWith("token=", StringComparison.OrdinalIgnoreCase) ? text.Substring("token=".Length) : text;
            if (AgoraTokenText.ContainsToken(token))
            {
                // A token written whole in one literal is reported there, by AnalyzeText.
                if (!folded.AnyPiece(AgoraTokenText.ContainsToken))
                {
                    Report(context, SecurityRules.HardCodedToken, folded.Origin, sink.How);
                }
            }
            else if (token.Length >= 20 && SecretValues.IsPlausibleSecret(token))
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
    }

    private static bool IsInsideNestedFunction(IOperation operation)
    {
        for (IOperation? current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    // Credentials pasted into comments: curl lines, URLs with user information, Basic values, tokens.
    public void AnalyzeComments(SyntaxTreeAnalysisContext context)
    {
        foreach (SyntaxTrivia comment in context.Tree.GetRoot(context.CancellationToken).DescendantTrivia(descendIntoTrivia: true))
        {
            if (!comment.IsKind(SyntaxKind.SingleLineCommentTrivia) && !comment.IsKind(SyntaxKind.MultiLineCommentTrivia)
                && !comment.IsKind(SyntaxKind.XmlTextLiteralToken) && !comment.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            {
                continue;
            }

            // Measured before the text is made: most comments are too short to hold a credential.
            if (comment.Span.Length < 16)
            {
                continue;
            }

            string text = comment.ToString();

            if (AgoraTokenText.ContainsToken(text))
            {
                Report(context.ReportDiagnostic, SecurityRules.HardCodedToken, comment.GetLocation(), fixable: false, "a comment holds an Agora token");
            }
            else if (CredentialText.Find(text) is { } found)
            {
                // No fix: a comment is not an expression that configuration could replace.
                Report(context.ReportDiagnostic, SecurityRules.HardCodedSecret, comment.GetLocation(), fixable: false, found.Kind, found.How.Replace(" in text", string.Empty) + " in a comment");
            }
        }
    }

    // A value written outside the member being analyzed (a constant of another member or class) is reported
    // there as a non-local diagnostic: the build and full-solution analysis show it, but the IDE cannot fix it
    // from here, so it carries no fix. When that declaration's own name gives it away, the declaration's own
    // (local, fixable) diagnostic is the one that counts.
    private void Report(OperationAnalysisContext context, DiagnosticDescriptor rule, SyntaxNode origin, params object[] arguments)
    {
        bool local = context.ContainingSymbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == origin.SyntaxTree && r.Span.Contains(origin.Span));
        if (!local && SecretDeclarations.ReportsItself(origin, OptionsFor(origin.SyntaxTree)))
        {
            return;
        }

        Report(context.ReportDiagnostic, rule, origin.GetLocation(), fixable: local, arguments);
    }

    private void Report(Action<Diagnostic> report, DiagnosticDescriptor rule, Location location, params object[] arguments) =>
        Report(report, rule, location, fixable: true, arguments);

    private void Report(Action<Diagnostic> report, DiagnosticDescriptor rule, Location location, bool fixable, params object[] arguments)
    {
        if (_reported.TryAdd(location, 0))
        {
            ImmutableDictionary<string, string?> properties = rule == SecurityRules.HardCodedSecret && fixable
                ? SecretKind.FixProperties((string)arguments[0])
                : ImmutableDictionary<string, string?>.Empty;
            report(Diagnostic.Create(rule, location, properties, arguments));
        }
    }
}
