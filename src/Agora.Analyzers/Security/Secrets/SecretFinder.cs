using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// The callbacks of <see cref="HardCodedSecretAnalyzer"/> for one compilation. Each operation is inspected for
/// what it shows: a constant flowing into a secret sink, a secret name bound to a generated-looking value, text
/// that is a credential by itself. A finding is reported only from the file and member that write the secret, so
/// that it shows, with its fix, as soon as that file is analysed (in the editor, without full-solution analysis):
/// a value used as a credential somewhere else is followed there from where it is written (<see cref="ValueFlow"/>).
/// Several callbacks can reach the same secret; the first one reports it and the rest stay quiet.
/// </summary>
internal sealed class SecretFinder
{
    private readonly ConcurrentDictionary<Location, byte> _reported = new();
    private readonly ConcurrentDictionary<SyntaxTree, SecretOptions> _options = new();
    private readonly AnalyzerConfigOptionsProvider _optionsProvider;
    private readonly ValueFlow _flow;

    public SecretFinder(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider)
    {
        _optionsProvider = optionsProvider;
        _flow = new ValueFlow(compilation, OptionsFor);
    }

    /// <summary>The project's options for one file (.editorconfig sections may differ per file).</summary>
    public SecretOptions OptionsFor(SyntaxTree tree) =>
        _options.GetOrAdd(tree, t => SecretOptions.From(_optionsProvider.GetOptions(t)));

    /// <summary>
    /// One operation of the file being analysed: what it shows is reported when the secret is written in the member
    /// analysed; a value written here is also followed to wherever it is used.
    /// </summary>
    public void AnalyzeOperation(OperationAnalysisContext context)
    {
        IOperation operation = context.Operation;
        ISymbol member = context.ContainingSymbol;
        Inspect(operation, member, OptionsFor(operation.Syntax.SyntaxTree), finding => ReportIfWrittenIn(context, member, finding), Folding.Plain(context.CancellationToken));
        IOperation written = ValueFlow.CollectionWrittenBy(operation) ?? operation;
        if (ValueFlow.IsWorthFollowing(written, context.CancellationToken))
        {
            _flow.Follow(written, member, finding => ReportIfWrittenIn(context, member, finding), context.CancellationToken);
        }
    }

    /// <summary>What one operation shows, wherever it is: the findings go to <paramref name="onFound"/>, unreported.</summary>
    public static void Inspect(IOperation operation, ISymbol? containingSymbol, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        switch (operation)
        {
            case IArgumentOperation argument:
                InspectArgument(argument, options, onFound, folding);
                break;
            case ISimpleAssignmentOperation assignment:
                InspectAssignment(assignment, options, onFound, folding);
                break;
            case IFieldInitializerOperation or IPropertyInitializerOperation:
                InspectMemberInitializer((ISymbolInitializerOperation)operation, options, onFound, folding);
                break;
            case IParameterInitializerOperation parameterDefault:
                InspectParameterDefault(parameterDefault, options, onFound, folding);
                break;
            case IVariableDeclaratorOperation declarator:
                InspectLocal(declarator, options, onFound, folding);
                break;
            case ISwitchExpressionArmOperation arm:
                InspectSwitchArm(arm, options, onFound, folding);
                break;
            case ILiteralOperation or IUtf8StringOperation or IInterpolatedStringOperation or IBinaryOperation or IInvocationOperation:
                InspectText(operation, options, onFound, folding);
                break;
            case IReturnOperation returned:
                InspectReturn(returned, containingSymbol, options, onFound, folding);
                break;
            case ITupleOperation tuple:
                InspectTuple(tuple, options, onFound, folding);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                InspectDeconstruction(deconstruction, options, onFound, folding);
                break;
        }
    }

    // Reported from the member that writes the secret, where the fix can replace it; a finding written elsewhere is
    // reported when its own file is analysed, by following the value from there.
    private void ReportIfWrittenIn(OperationAnalysisContext context, ISymbol member, SecretFinding finding)
    {
        SyntaxNode origin = finding.Origin;
        if (member.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == origin.SyntaxTree && r.Span.Contains(origin.Span)))
        {
            Report(context.ReportDiagnostic, finding.Rule, origin.GetLocation(), finding.Fixable, finding.Arguments);
        }
    }

    private static void InspectArgument(IArgumentOperation argument, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return;
        }

        SecretSink? sink = SecretSinks.ForParameter(parameter, options) ?? PairedWithKey(argument, options, folding) ?? NetworkCredentialPassword(argument, folding);
        if (sink is not null)
        {
            Check(onFound, sink, argument.Value, folding);
        }
    }

    private static void InspectAssignment(ISimpleAssignmentOperation assignment, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        SecretSink? sink = assignment.Target switch
        {
            IPropertyReferenceOperation { Arguments.Length: 1 } indexer =>
                ConstantText.Fold(indexer.Arguments[0].Value, folding) is { } key ? SecretSinks.ForKey(SectionOf(assignment, folding) + key.Text, options) : null,
            IPropertyReferenceOperation property => SecretSinks.ForMember(property.Property, options),
            IFieldReferenceOperation field => SecretSinks.ForMember(field.Field, options),
            ILocalReferenceOperation local => SecretSinks.ForName(local.Local.Name, "assigned to", options),
            IParameterReferenceOperation parameter => SecretSinks.ForName(parameter.Parameter.Name, "assigned to", options),
            _ => null,
        };
        sink ??= SecretComments.ForElement(assignment.Syntax);
        if (sink is not null)
        {
            Check(onFound, sink, assignment.Value, folding);
        }
    }

    /// <summary>
    /// For an entry of an initializer nested in another's entry (<c>["agora"] = new() { ["secret"] = … }</c>), the
    /// outer entry's key or member name and a colon, the way configuration writes the same key ("agora:secret").
    /// </summary>
    private static string SectionOf(ISimpleAssignmentOperation entry, Folding folding)
    {
        if (entry.Target is not IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } }
            || entry.Parent is not IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
        {
            return "";
        }

        IOperation? up = creation.Parent;
        while (up is IConversionOperation) // a target-typed new() is converted to the entry's type
        {
            up = up.Parent;
        }

        if (up is not ISimpleAssignmentOperation outer)
        {
            return "";
        }

        string? section = outer.Target switch
        {
            IPropertyReferenceOperation { Arguments.Length: 1 } indexer => ConstantText.Fold(indexer.Arguments[0].Value, folding)?.Text,
            IPropertyReferenceOperation property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            _ => null,
        };
        return section is null ? "" : section + ":";
    }

    private static void InspectMemberInitializer(ISymbolInitializerOperation initializer, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        ISymbol? member = initializer switch
        {
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault(),
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault(),
            _ => null,
        };
        if (member is not null && (SecretSinks.ForMember(member, options) ?? SecretComments.ForDeclaration(DeclarationOf(member, folding))) is { } sink)
        {
            Check(onFound, sink, initializer.Value, folding);
        }
    }

    private static void InspectParameterDefault(IParameterInitializerOperation initializer, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        if (SecretSinks.ForParameter(initializer.Parameter, options) is { IsToken: false } sink)
        {
            Check(onFound, sink, initializer.Value, folding);
        }
    }

    private static void InspectLocal(IVariableDeclaratorOperation declarator, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        if (declarator.Initializer is { } initializer
            && (SecretSinks.ForName(declarator.Symbol.Name, "assigned to", options) ?? SecretComments.ForDeclaration(declarator.Syntax)) is { } sink)
        {
            Check(onFound, sink, initializer.Value, folding);
        }
    }

    // key switch { "AppCertificate" => "…", … }
    private static void InspectSwitchArm(ISwitchExpressionArmOperation arm, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        if (arm.Pattern is IConstantPatternOperation pattern
            && ConstantText.Fold(pattern.Value, folding) is { } key
            && SecretSinks.ForKey(key.Text, options) is { } sink)
        {
            Check(onFound, sink, arm.Value, folding);
        }
    }

    // Text that is a credential by itself: a Basic value, a URL with user information, a token; in a literal,
    // or put together from constants (each finding is reported at the smallest expression that shows it whole).
    private static void InspectText(IOperation operation, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        bool literal = operation is ILiteralOperation or IUtf8StringOperation;
        if (IsShortLiteral(operation))
        {
            return; // most literals of a program, and none of them can hold a credential
        }

        if (!literal && (!TextComposition.Composes(operation) || TextComposition.HasComposingParent(operation, folding.CancellationToken)))
        {
            return;
        }

        if (ConstantText.Fold(operation, folding) is not { } text || text.Text.Length < 16)
        {
            return;
        }

        bool base64 = TextComposition.IsBase64Encoding(operation);
        if (AgoraTokenText.ContainsToken(text.Text))
        {
            if (literal || !text.AnyPiece(AgoraTokenText.ContainsToken))
            {
                Found(onFound, SecurityRules.HardCodedToken, text.WhereWritten(text.Text), "the text holds an Agora token");
            }
        }
        else if (CredentialText.Find(text.Text) is { } found)
        {
            // A Basic value, URL user information or an id:secret pair could be anyone's: Agora's only in Agora code,
            // where it is used or where its secret is written.
            (SyntaxNode Origin, bool Whole) written = text.WhereWritten(found.Secrets);
            bool evident = found.Kind != SecretKind.BasicCredential || AgoraContext.Around(operation.Syntax) || AgoraContext.Around(written.Origin);
            if (evident && (literal || !text.AnyPiece(p => CredentialText.Find(p) is not null)))
            {
                Found(onFound, SecurityRules.HardCodedSecret, written, found.Kind, found.How);
            }
        }
        else if (base64 && CredentialText.IsBasicCredential(text.Text) && !text.AnyPiece(p => CredentialText.Find(p) is not null)
            && text.WhereWritten(CredentialText.BasicSecretHalf(text.Text) ?? text.Text) is var written
            && (AgoraContext.Around(operation.Syntax) || AgoraContext.Around(written.Origin)))
        {
            Found(onFound, SecurityRules.HardCodedSecret, written, SecretKind.BasicCredential, "base64 of id:secret, as an HTTP Basic value");
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
    private static void InspectReturn(IReturnOperation returned, ISymbol? containingSymbol, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        if (returned.ReturnedValue is null || returned.Kind != OperationKind.Return || ValueSources.EnclosingFunction(returned) is not null)
        {
            return;
        }

        SecretSink? sink = containingSymbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } =>
                SecretSinks.ForMember(property, options) ?? SecretComments.ForDeclaration(DeclarationOf(property, folding)),
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method =>
                SecretSinks.ForName(method.Name, "returned by", options) ?? SecretComments.ForDeclaration(DeclarationOf(method, folding)),
            _ => null,
        };
        if (sink is not null)
        {
            Check(onFound, sink, returned.ReturnedValue, folding);
        }
    }

    // (AppId: "…", AppCertificate: "…") and tuples converted to named element types.
    private static void InspectTuple(ITupleOperation tuple, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
        INamedTypeSymbol? type = (tuple.Parent is IConversionOperation { Type: INamedTypeSymbol { IsTupleType: true } converted } ? converted : tuple.Type) as INamedTypeSymbol;
        if (type is not { IsTupleType: true } || type.TupleElements.Length != tuple.Elements.Length)
        {
            return;
        }

        for (int i = 0; i < tuple.Elements.Length; i++)
        {
            IFieldSymbol element = type.TupleElements[i];
            if (element.Name != element.CorrespondingTupleField?.Name && SecretSinks.ForName(element.Name, "the tuple element", options) is { } sink)
            {
                Check(onFound, sink, tuple.Elements[i], folding);
            }
        }
    }

    // var (customerId, customerSecret) = ("…", "…");
    private static void InspectDeconstruction(IDeconstructionAssignmentOperation deconstruction, SecretOptions options, Action<SecretFinding> onFound, Folding folding)
    {
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
            if (name is not null && SecretSinks.ForName(name, "deconstructed into", options) is { } sink)
            {
                Check(onFound, sink, values.Elements[i], folding);
            }
        }
    }

    // The value half of (key, value) calls: dictionary Add, KeyValuePair, headers, environment variables,
    // new AuthenticationHeaderValue("Basic", …).
    private static SecretSink? PairedWithKey(IArgumentOperation argument, SecretOptions options, Folding folding)
    {
        if (argument.Parameter?.Ordinal != 1 || argument.Parent is not { } call)
        {
            return null;
        }

        IArgumentOperation? keyArgument = call.ChildOperations.OfType<IArgumentOperation>().FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (keyArgument is null || ConstantText.Fold(keyArgument.Value, folding) is not { } key)
        {
            return null;
        }

        string scheme = key.Text.Trim();
        if (string.Equals(scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            // Any service's Basic header looks like this; it is Agora's in Agora code only.
            return AgoraContext.Around(argument.Syntax) ? SecretSink.Secret(SecretKind.BasicCredential, "it is the credential of an HTTP Basic header") : null;
        }

        if (string.Equals(scheme, "agora", StringComparison.OrdinalIgnoreCase))
        {
            return SecretSink.Token("it is the credential of an 'agora token=' header");
        }

        return SecretSinks.ForKey(key.Text, options) ?? SecretComments.ForElement(call.Syntax);
    }

    // new NetworkCredential(id, secret) where both halves are generated values, in Agora code: a Customer ID and
    // Secret pair. A mail provider's or a relay's key pair has the same shape; NetworkCredential alone says nothing.
    private static SecretSink? NetworkCredentialPassword(IArgumentOperation argument, Folding folding)
    {
        if (argument.Parameter is not { Name: "password", ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { Name: "NetworkCredential", ContainingNamespace.Name: "Net" } } }
            || argument.Parent is not IObjectCreationOperation creation)
        {
            return null;
        }

        IArgumentOperation? user = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "userName");
        return user is not null && AgoraContext.Around(creation.Syntax) && ConstantText.Fold(user.Value, folding) is { } id && SecretValues.HasCredentialShape(id.Text)
            ? SecretSink.Named(SecretKind.CustomerSecret, "it is the password of a NetworkCredential whose user name is a generated id")
            : null;
    }

    private static void Check(Action<SecretFinding> onFound, SecretSink sink, IOperation value, Folding folding)
    {
        foreach (FoldedValue folded in ConstantText.Candidates(value, folding))
        {
            CheckValue(onFound, sink, folded);
        }
    }

    private static void CheckValue(Action<SecretFinding> onFound, SecretSink sink, FoldedValue folded)
    {
        string text = folded.Text;
        if (sink.IsToken)
        {
            string token = text.StartsWith("token=", StringComparison.OrdinalIgnoreCase) ? text.Substring("token=".Length) : text;
            if (AgoraTokenText.ContainsToken(token))
            {
                // A token written whole in one literal is reported there, by InspectText.
                if (!folded.AnyPiece(AgoraTokenText.ContainsToken))
                {
                    Found(onFound, SecurityRules.HardCodedToken, folded.WhereWritten(token), sink.How);
                }
            }
            // Text with a token's prefix is judged by decoding it: one that does not decode (cut short, redacted in
            // documentation) authenticates nothing, and one built for a published fixture App ID is a test vector.
            else if (token.Length >= 20 && SecretValues.IsPlausibleSecret(token) && !AgoraTokenText.HasTokenPrefix(token))
            {
                Found(onFound, SecurityRules.HardCodedToken, folded.WhereWritten(token), sink.How);
            }

            return;
        }

        if (sink.SecretKind == SecretKind.BasicCredential)
        {
            if (CredentialText.IsBasicCredential(text))
            {
                Found(onFound, SecurityRules.HardCodedSecret, folded.WhereWritten(CredentialText.BasicSecretHalf(text) ?? text, text), sink.SecretKind, sink.How);
            }

            return;
        }

        // What a value is decides its rule, not what it is called: a token kept under a certificate's name or comment
        // ("a temp token, for when your app certificate is enabled") is a token.
        if (AgoraTokenText.ContainsToken(text))
        {
            if (!folded.AnyPiece(AgoraTokenText.ContainsToken))
            {
                Found(onFound, SecurityRules.HardCodedToken, folded.WhereWritten(text), sink.How);
            }

            return;
        }

        bool secret = sink.NameOnly ? SecretValues.HasCredentialShape(text, sink.SecretKind) : SecretValues.IsPlausibleSecret(text);
        if (secret)
        {
            Found(onFound, SecurityRules.HardCodedSecret, folded.WhereWritten(text), sink.SecretKind!, sink.How);
        }
    }

    private static SyntaxNode? DeclarationOf(ISymbol member, Folding folding) =>
        member.DeclaringSyntaxReferences.Length == 1 ? member.DeclaringSyntaxReferences[0].GetSyntax(folding.CancellationToken) : null;

    private static void Found(Action<SecretFinding> onFound, DiagnosticDescriptor rule, (SyntaxNode Origin, bool Whole) written, params object[] arguments) =>
        onFound(new SecretFinding(rule, written.Origin, written.Whole, arguments));

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
            else if (CredentialText.Find(text) is { } found
                && (found.Kind != SecretKind.BasicCredential || AgoraContext.Around(comment.Token.Parent ?? context.Tree.GetRoot(context.CancellationToken))))
            {
                // No fix: a comment is not an expression that configuration could replace.
                Report(context.ReportDiagnostic, SecurityRules.HardCodedSecret, comment.GetLocation(), fixable: false, found.Kind, found.How.Replace(" in text", string.Empty) + " in a comment");
            }
        }
    }

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
