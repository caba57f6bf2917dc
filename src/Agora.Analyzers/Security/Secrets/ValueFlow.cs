using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>
/// Follows a value from where it is written to where it is used: up through what carries it (conversions,
/// concatenation, interpolation, encodings, arrays, collections, tuples, branches), and from a field, property,
/// local or method that stores or returns it to every use of that symbol, in any file, a bounded number of hops.
/// Every step is inspected as <see cref="SecretFinder"/> would inspect it there; a finding counts when the value it
/// reports is the one being followed (its origin is, or composes, the written expression). So a secret used as a
/// credential in another file is reported from the file that writes it.
/// </summary>
internal sealed class ValueFlow
{
    // Symbols followed from one written value: a constant, the property that returns it, the helper that returns
    // that, the field that stores the helper's result.
    public const int MaxHops = 4;

    private readonly Compilation _compilation;
    private readonly SymbolUses _uses;
    private readonly Func<SyntaxTree, SecretOptions> _options;

    public ValueFlow(Compilation compilation, Func<SyntaxTree, SecretOptions> options)
    {
        _compilation = compilation;
        _uses = new SymbolUses(compilation);
        _options = options;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> writes a value that could be (part of) a credential, so worth following:
    /// a literal, or the outermost expression that puts constants together (concatenation, interpolation, encodings,
    /// a char or byte array), whose text has 12 characters or more in a credential's alphabet, a letter and a digit,
    /// and is no placeholder, and not given to a name that says it is public (an App ID, a channel, a hash). Most
    /// literals of a program end here.
    /// </summary>
    public static bool IsWorthFollowing(IOperation operation, CancellationToken cancellationToken)
    {
        string? text = operation switch
        {
            ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } } => value,
            IUtf8StringOperation utf8 => utf8.Value,
            _ when WritesComposedText(operation, cancellationToken) => ConstantText.Fold(operation, cancellationToken)?.Text,
            _ => null,
        };
        return text is { Length: >= 12 and <= 1024 } && CouldBeSecret(text) && !PublicNames.Holds(operation);
    }

    // A secret, a part of one, a token or an id:secret pair: generated-looking text, not a path, URL or name. Following
    // a value costs a search of the program for its uses, so ordinary literals must end here.
    private static bool CouldBeSecret(string text)
    {
        if (text[0] == '/' || text.IndexOf("://", StringComparison.Ordinal) >= 0 || text.IndexOf('.') >= 0 || SecretValues.IsPlaceholder(text))
        {
            return AgoraTokenText.HasTokenPrefix(text);
        }

        return SecretValues.HasCredentialShape(text)
            || AgoraTokenText.HasTokenPrefix(text)
            || CredentialText.Find(text) is not null
            || text.Length <= 64 && text.All(Uri.IsHexDigit);
    }

    // Text or bytes put together from constants here, and not composed further by an enclosing expression.
    private static bool WritesComposedText(IOperation operation, CancellationToken cancellationToken)
    {
        bool composes = TextComposition.Composes(operation)
            || (operation is IArrayCreationOperation || operation.Syntax is CollectionExpressionSyntax)
                && operation.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte };
        return composes && !TextComposition.HasComposingParent(operation, cancellationToken);
    }

    /// <summary>
    /// The value an operation writes that has no operation action of its own: a collection expression (the Roslyn
    /// this analyzer builds against has no operation kind for it) as an initializer, argument, assignment or return.
    /// </summary>
    public static IOperation? CollectionWrittenBy(IOperation operation)
    {
        IOperation? value = operation switch
        {
            ISymbolInitializerOperation initializer => initializer.Value,
            IArgumentOperation argument => argument.Value,
            ISimpleAssignmentOperation assignment => assignment.Value,
            IReturnOperation returned => returned.ReturnedValue,
            _ => null,
        };
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value?.Syntax is CollectionExpressionSyntax ? value : null;
    }

    /// <summary>The findings, anywhere the value written at <paramref name="written"/> flows, that report that value.</summary>
    public void Follow(IOperation written, ISymbol? containingSymbol, Action<SecretFinding> onFound, CancellationToken cancellationToken)
    {
        SyntaxNode writtenSyntax = written.Syntax;
        void OnlyThisValue(SecretFinding finding)
        {
            if (finding.Origin.SyntaxTree == writtenSyntax.SyntaxTree
                && (finding.Origin.Span.Contains(writtenSyntax.Span) || writtenSyntax.Span.Contains(finding.Origin.Span)))
            {
                onFound(finding);
            }
        }

        Climb(written, containingSymbol, new FlowPath(new FlowVisit(), Folding.Plain(cancellationToken), ImmutableDictionary<IMethodSymbol, IOperation>.Empty), OnlyThisValue);
    }

    // From an expression up through what carries its value, inspecting each step; a value stored in a symbol,
    // returned by a method or passed to a helper's parameter continues where that symbol is read.
    private void Climb(IOperation start, ISymbol? containingSymbol, FlowPath path, Action<SecretFinding> onFound)
    {
        IOperation current = start;
        while (path.Visit.Step())
        {
            path.Folding.CancellationToken.ThrowIfCancellationRequested();
            IOperation? parent = current.Parent;
            if (parent is null)
            {
                return;
            }

            Inspect(parent, containingSymbol, onFound, path);
            if (path.Element is not null && ReadOfFollowedElement(parent, current, ref path) is { } read)
            {
                current = read;
                continue;
            }

            switch (parent)
            {
                case IFieldInitializerOperation fieldInitializer:
                    foreach (IFieldSymbol field in fieldInitializer.InitializedFields)
                    {
                        FollowUses(field, path, onFound);
                    }

                    return;
                case IPropertyInitializerOperation propertyInitializer:
                    foreach (IPropertySymbol property in propertyInitializer.InitializedProperties)
                    {
                        FollowUses(property, path, onFound);
                    }

                    return;
                case IParameterInitializerOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter } initializer:
                    FollowDefault(parameter, method, initializer, current, path, onFound);
                    return;
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Value == current:
                    FollowDeconstruction(deconstruction, current, containingSymbol, path, onFound);
                    return;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    Inspect(declarator, containingSymbol, onFound, path);
                    FollowLocal(declarator.Symbol, declarator, current, containingSymbol, path, onFound);
                    return;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    FollowStore(assignment.Target, current, containingSymbol, path, onFound);
                    return;
                case ICoalesceAssignmentOperation coalesceAssignment when coalesceAssignment.Value == current:
                    FollowStore(coalesceAssignment.Target, current, containingSymbol, path, onFound);
                    return;
                // A lambda's return is the delegate's result; a local function's goes to its calls, below.
                case IReturnOperation { Kind: OperationKind.Return } returned when ValueSources.EnclosingFunction(returned) is IAnonymousFunctionOperation lambda:
                    current = lambda.Parent is IDelegateCreationOperation made ? made : lambda;
                    continue;
                case IReturnOperation { Kind: OperationKind.YieldReturn } when ValueSources.EnclosingFunction(parent) is null && containingSymbol is IMethodSymbol iterator:
                    // One of the elements an iterator gives: read back by foreach or First() at its calls.
                    FollowUses(iterator.AssociatedSymbol ?? iterator, path.Holding(current, ElementPlace.Unknown), onFound);
                    return;
                case IReturnOperation { Kind: OperationKind.Return } returnedFrom when ReturningMethod(returnedFrom, containingSymbol) is { } method:
                    // Entered through a parameter: back to the call that passed the value, not every call.
                    if (path.CallSites.TryGetValue(method.OriginalDefinition, out IOperation? callSite))
                    {
                        if (callSite is IParameterInitializerOperation)
                        {
                            return; // entered through a default no call leaves out: no call to go back to
                        }

                        // Out of the helper: a recursive helper's own call must not lead back into it.
                        path = path.LeaveHelper(method);
                        current = callSite;
                        containingSymbol = EnclosingSymbol(callSite);
                        Inspect(callSite, containingSymbol, onFound, path);
                        continue;
                    }

                    FollowUses(method.AssociatedSymbol ?? method, path, onFound);
                    return;
                case IArgumentOperation { Parent: { } append } when TextBuilders.Appends(append):
                    // Into a StringBuilder: on at the builder's reads (its ToString()), or along the chain of calls.
                    if (TextBuilders.BuilderLocal(append) is { } builder)
                    {
                        FollowLocal(builder.Local, builder, null, containingSymbol, path, onFound);
                        return;
                    }

                    current = append;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation add } argument when Containers.Adds(add, argument, out ElementPlace place):
                    FollowContainer(add, add.Instance, current, place, containingSymbol, path, onFound);
                    return;
                case IArgumentOperation { Parent: { } call } when CarriesText(call) || MakesPair(call) || DeferredValues.Defers(call) || MakesBuilder(call):
                    current = call;
                    Inspect(call, containingSymbol, onFound, path);
                    continue;
                case IInvocationOperation call when call.Instance == current && (DeferredValues.Invokes(call) || TextBuilders.Continues(call) || DeferredValues.ContinuesTask(call)):
                    current = call;
                    continue;
                case IPropertyReferenceOperation later when later.Instance == current && (DeferredValues.ReadsLazyValue(later) || DeferredValues.ContinuesTask(later)):
                    current = later;
                    continue;
                case IArgumentOperation { Parent: IObjectCreationOperation copy } when path.Element is not null && Containers.CopiesElements(copy):
                    // new Queue<string>(certificates): the new collection holds the followed element too.
                    current = copy;
                    continue;
                case IInvocationOperation tryGet when path.Element is not null && Containers.TryGetOf(tryGet, current) is { } written:
                    if (Containers.MayGive(path.ElementPlace, written.Key, path.Folding))
                    {
                        FollowStore(written.Target, path.Element, EnclosingSymbol(tryGet), path.WithoutElement().WithPendingKey(PendingKeyOf(written.Key, path)), onFound);
                    }

                    return;
                // (Not the array a params parameter gets: string.Join(":", id, secret) is text, not a collection.)
                case IArrayInitializerOperation { Parent: IArrayCreationOperation { Parent: not IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray } } } initializer
                    when path.Element is null:
                    // An element of an array: read back by a runtime index or its own, it is this value.
                    path = path.Holding(current, new ElementPlace(null, initializer.ElementValues.IndexOf(current)));
                    current = parent;
                    continue;
                case IArrayElementReferenceOperation element when element.ArrayReference == current:
                    current = parent;
                    continue;
                case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } tupleElement when tupleElement.Instance == current:
                    current = parent;
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Key" or "Value" } part when part.Instance == current && Composites.IsKeyValuePair(current.Type):
                    current = parent;
                    continue;
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop when loop.Collection == current:
                    // Each element in turn: the followed one among them when known, else folding finds each.
                    if (path.Element is { } followed && !Composites.IsKeyValuePair(variable.Symbol.Type))
                    {
                        FollowLocal(variable.Symbol, loop, followed, containingSymbol, path.WithoutElement(), onFound);
                    }
                    else
                    {
                        FollowLocal(variable.Symbol, loop, null, containingSymbol, path, onFound);
                    }

                    return;
                case IArgumentOperation { Parameter: { } parameter, Parent: { } call } when HelperOf(parameter) is { } helper:
                    FollowParameter(parameter, helper, call, path, onFound);
                    return;
                case IArgumentOperation:
                    return;
            }

            if (!Carries(parent))
            {
                return;
            }

            current = parent;
        }
    }

    private void Inspect(IOperation operation, ISymbol? containingSymbol, Action<SecretFinding> onFound, FlowPath path) =>
        SecretFinder.Inspect(operation, containingSymbol, _options(operation.Syntax.SyntaxTree), onFound, path.Folding);

    // A value stored into a field or property continues at its uses, into a local at the local's reads; the store is
    // remembered, so that a field that is not readonly still folds to it there.
    private void FollowStore(IOperation target, IOperation value, ISymbol? containingSymbol, FlowPath path, Action<SecretFinding> onFound)
    {
        switch (target)
        {
            case IFieldReferenceOperation field:
                FollowUses(field.Field, path.Bind(field.Field, value), onFound);
                break;
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                FollowUses(property.Property, path.Bind(property.Property, value), onFound);
                break;
            case ILocalReferenceOperation local:
                FollowLocal(local.Local, local, value, containingSymbol, path, onFound);
                break;
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer:
                FollowContainer(indexer, indexer.Instance, value, new ElementPlace(indexer.Arguments[0].Value, -1), containingSymbol, path, onFound);
                break;
            case IParameterReferenceOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } parameter:
                FollowOutArgument(parameter.Parameter, value, path, onFound);
                break;
        }
    }

    // A value put into a collection: on at the collection's reads, where an element read back (by a key known only at
    // run time, or by the same constant key) is this value.
    private void FollowContainer(IOperation store, IOperation? instance, IOperation element, ElementPlace place, ISymbol? containingSymbol, FlowPath path, Action<SecretFinding> onFound)
    {
        FlowPath holding = path.Holding(element, place);
        switch (Containers.Target(store, instance))
        {
            case IObjectCreationOperation creation:
                Climb(creation, containingSymbol, holding, onFound);
                break;
            case IFieldReferenceOperation field:
                FollowUses(field.Field, holding, onFound);
                break;
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                FollowUses(property.Property, holding, onFound);
                break;
            case ILocalReferenceOperation local:
                FollowLocal(local.Local, local, null, containingSymbol, holding, onFound);
                break;
        }
    }

    // A followed collection read element by element: the read gives the followed element when its key may be the one
    // the element was added under.
    private static IOperation? ReadOfFollowedElement(IOperation parent, IOperation collection, ref FlowPath path)
    {
        if (Containers.ReadOf(parent, collection) is not { } read || !Containers.MayGive(path.ElementPlace, read.Key, path.Folding))
        {
            return null;
        }

        path = path.ReadElement(read.Read, PendingKeyOf(read.Key, path));
        return read.Read;
    }

    // Get(string key) => values[key], values["Agora:" + key]: which element a call gets depends on the key it passes.
    private static PendingElementKey? PendingKeyOf(IOperation? key, FlowPath path)
    {
        if (key is null || Containers.IsKnownKey(key, path.Folding))
        {
            return null;
        }

        IParameterReferenceOperation? parameter = key.DescendantsAndSelf().OfType<IParameterReferenceOperation>()
            .FirstOrDefault(p => path.Folding.BoundValue(p.Parameter) is null && p.Parameter.ContainingSymbol is IMethodSymbol);
        return parameter?.Parameter.ContainingSymbol is IMethodSymbol method
            ? new PendingElementKey(method.AssociatedSymbol ?? method, method, key, path.ElementPlace)
            : null;
    }

    // A value written to an out or ref parameter continues in the caller, in what the call passed for it: the call being
    // followed when the method was entered through one, else every call of the method.
    private void FollowOutArgument(IParameterSymbol parameter, IOperation value, FlowPath path, Action<SecretFinding> onFound)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || !path.Visit.Enter(parameter))
        {
            return;
        }

        bool entered = path.CallSites.TryGetValue(method.OriginalDefinition, out IOperation? callSite);
        FlowPath outside = entered ? path.LeaveHelper(method) : path;
        foreach (IOperation call in entered ? ImmutableArray.Create(callSite!) : _uses.Of(method, path.Folding.CancellationToken))
        {
            // TryGet(string key, out string value) => values.TryGetValue(key, out value): only calls that may ask for the element.
            if (outside.PendingKey is { } pending && pending.Method.Equals(method.AssociatedSymbol ?? method, SymbolEqualityComparer.Default)
                && !pending.MayBeGivenBy(call, path.Folding))
            {
                continue;
            }

            IArgumentOperation? argument = call.ChildOperations.OfType<IArgumentOperation>()
                .FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition));
            if (argument?.Value is { } target)
            {
                FollowStore(target is IDeclarationExpressionOperation declared ? declared.Expression : target, value, EnclosingSymbol(call), outside, onFound);
            }
        }

        path.Visit.Leave(parameter);
    }

    private void FollowUses(ISymbol symbol, FlowPath path, Action<SecretFinding> onFound)
    {
        if (!path.Visit.Enter(symbol))
        {
            return;
        }

        foreach (IOperation use in _uses.Of(symbol, path.Folding.CancellationToken))
        {
            // A method that reads an element by its parameter gives the followed element only at calls whose argument may be its key.
            if (path.PendingKey is { } pending && pending.Method.Equals(symbol, SymbolEqualityComparer.Default))
            {
                if (pending.MayBeGivenBy(use, path.Folding))
                {
                    Climb(use, EnclosingSymbol(use), path.WithoutPendingKey(), onFound);
                }

                continue;
            }

            Climb(use, EnclosingSymbol(use), path, onFound);
        }

        path.Visit.Leave(symbol);
    }

    private void FollowLocal(ILocalSymbol local, IOperation inside, IOperation? value, ISymbol? containingSymbol, FlowPath path, Action<SecretFinding> onFound)
    {
        if (!path.Visit.Enter(local))
        {
            return;
        }

        IOperation root = inside;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        // A local written in several branches holds, on this path, the value being followed (a foreach variable holds
        // each element in turn, which folding finds itself).
        FlowPath bound = value is null ? path : path.Bind(local, value);
        foreach (ILocalReferenceOperation read in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (SymbolEqualityComparer.Default.Equals(read.Local, local) && !ValueSources.IsWrite(read, out _))
            {
                Climb(read, containingSymbol, bound, onFound);
            }
        }

        path.Visit.Leave(local);
    }

    // A value passed to a helper of the program: followed to the helper's reads of that parameter, with every argument
    // of this call bound to its parameter (so "id:secret" put together inside the helper folds), and back to this call
    // when the helper returns it.
    private void FollowParameter(IParameterSymbol parameter, IMethodSymbol helper, IOperation call, FlowPath path, Action<SecretFinding> onFound)
    {
        FlowPath inside = path.EnterHelper(helper, call);
        foreach (IArgumentOperation argument in call.ChildOperations.OfType<IArgumentOperation>())
        {
            if (argument.Parameter is { } bound && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                inside = inside.Bind(bound, argument.Value);
            }
        }

        FollowReads(parameter, helper, inside, onFound);
    }

    // An optional parameter's default is the parameter's value at a call that leaves it out: followed into the method
    // from the first such call and back to that call, or, with none, into the method only (what it returns then goes
    // to calls that pass their own value).
    private void FollowDefault(IParameterSymbol parameter, IMethodSymbol method, IParameterInitializerOperation initializer, IOperation value, FlowPath path, Action<SecretFinding> onFound)
    {
        IOperation? leftOut = _uses.Of(method, path.Folding.CancellationToken).FirstOrDefault(call =>
            call.ChildOperations.OfType<IArgumentOperation>().Any(a => a.ArgumentKind == ArgumentKind.DefaultValue
                && SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition)));
        FollowReads(parameter, method, path.EnterHelper(method, leftOut ?? initializer).Bind(parameter, value), onFound);
    }

    // The reads of a parameter in its method's body; of a primary constructor's parameter, in the members of its type
    // (and, for a record, the property it declares).
    private void FollowReads(IParameterSymbol parameter, IMethodSymbol method, FlowPath path, Action<SecretFinding> onFound)
    {
        CancellationToken cancellationToken = path.Folding.CancellationToken;
        if (method.DeclaringSyntaxReferences.Length != 1 || !path.Visit.Enter(parameter))
        {
            return;
        }

        SyntaxNode declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declaration is TypeDeclarationSyntax type)
        {
            FollowPrimaryConstructorParameter(parameter, type, path, onFound);
        }
        else if (SemanticModels.For(_compilation, declaration.SyntaxTree)?.GetOperation(declaration, cancellationToken) is { } body)
        {
            foreach (IParameterReferenceOperation read in body.Descendants().OfType<IParameterReferenceOperation>())
            {
                if (SymbolEqualityComparer.Default.Equals(read.Parameter.OriginalDefinition, parameter.OriginalDefinition))
                {
                    Climb(read, method, path, onFound);
                }
            }
        }

        path.Visit.Leave(parameter);
    }

    private void FollowPrimaryConstructorParameter(IParameterSymbol parameter, TypeDeclarationSyntax type, FlowPath path, Action<SecretFinding> onFound)
    {
        CancellationToken cancellationToken = path.Folding.CancellationToken;
        SemanticModel? model = SemanticModels.For(_compilation, type.SyntaxTree);
        foreach (IdentifierNameSyntax name in type.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (model is not null && name.Identifier.ValueText == parameter.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, parameter.OriginalDefinition)
                && model.GetOperation(name, cancellationToken) is { } read)
            {
                Climb(read, EnclosingSymbol(read), path, onFound);
            }
        }

        // record Project(string Id, string Signer): the parameter is the property's value.
        if (type is RecordDeclarationSyntax && parameter.ContainingType?.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault() is { } property
            && path.Folding.BoundValue(parameter) is { } value)
        {
            FollowUses(property, path.Bind(property, value), onFound);
        }
    }

    // var (id, secret) = Pair(): each local declared is the element of the followed tuple at its position.
    private void FollowDeconstruction(IDeconstructionAssignmentOperation deconstruction, IOperation tuple, ISymbol? containingSymbol, FlowPath path, Action<SecretFinding> onFound)
    {
        IOperation targets = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (targets is not ITupleOperation elements)
        {
            return;
        }

        for (int i = 0; i < elements.Elements.Length; i++)
        {
            IOperation target = elements.Elements[i] is IDeclarationExpressionOperation declared ? declared.Expression : elements.Elements[i];
            if (Composites.Element(tuple, i, path.Folding) is { } element)
            {
                FollowStore(target, element, containingSymbol, path, onFound);
            }
        }
    }

    // A method of the program whose body is followed into: declared once, in source, with a body, and not one whose
    // implementation could be another (virtual, abstract, an interface's).
    private static IMethodSymbol? HelperOf(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { IsVirtual: false, IsAbstract: false, IsOverride: false, IsExtern: false, DeclaringSyntaxReferences.Length: 1 } method
            && method.ContainingType?.TypeKind != TypeKind.Interface
            ? method
            : null;

    // The method a return gives its value to: the local function it is in, else the member being climbed.
    private static IMethodSymbol? ReturningMethod(IOperation returned, ISymbol? containingSymbol) =>
        ValueSources.EnclosingFunction(returned) switch
        {
            ILocalFunctionOperation localFunction => localFunction.Symbol,
            null => containingSymbol as IMethodSymbol,
            _ => null,
        };

    // new StringBuilder("text"): the builder starts with its argument.
    private static bool MakesBuilder(IOperation call) => call is IObjectCreationOperation creation && TextBuilders.IsStringBuilder(creation.Type);

    private static ISymbol? EnclosingSymbol(IOperation operation) =>
        operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);

    // Operations that hand their operand's value (or text made from it) to their parent.
    private static bool Carries(IOperation operation) => operation switch
    {
        IConversionOperation or IParenthesizedOperation or IAwaitOperation => true,
        // A method group made a delegate: what the method returns is what the delegate gives when invoked.
        IDelegateCreationOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
        IInterpolationOperation or IInterpolatedStringTextOperation or IInterpolatedStringOperation => true,
        IArrayInitializerOperation or IArrayCreationOperation or ITupleOperation => true,
        IConditionalOperation or ICoalesceOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation => true,
        IObjectCreationOperation { Type.SpecialType: SpecialType.System_String } => true,
        IInvocationOperation invocation => CarriesText(invocation),
        // Collection expressions have no operation of their own in the Roslyn this analyzer builds against.
        { Syntax: CollectionExpressionSyntax } => true,
        _ => false,
    };

    // Calls that keep their arguments as the parts of a pair, read back as .Key/.Value or .Item1/.Item2.
    private static bool MakesPair(IOperation call) =>
        call is IObjectCreationOperation creation && Composites.IsKeyValuePair(creation.Type)
        || call is IInvocationOperation { TargetMethod.Name: "Create", TargetMethod.ContainingType.Name: "KeyValuePair" or "Tuple" };

    // Calls whose result is text (or bytes) made from their arguments: the ones ConstantText folds.
    private static bool CarriesText(IOperation call) =>
        call is IObjectCreationOperation { Type.SpecialType: SpecialType.System_String }
        || call is IInvocationOperation { TargetMethod: { } method }
        && (method.ContainingType?.SpecialType == SpecialType.System_String
            || method is { Name: "GetBytes" or "GetString", ContainingType: { Name: "Encoding", ContainingNamespace.Name: "Text" } }
            || method is { Name: "ToBase64String" or "FromBase64String", ContainingType: { Name: "Convert", ContainingNamespace.Name: "System" } }
            || method is { Name: "FromResult", ContainingType: { Name: "Task" or "ValueTask", ContainingNamespace.Name: "Tasks" } });
}
