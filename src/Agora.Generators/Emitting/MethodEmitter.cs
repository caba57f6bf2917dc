using System.Collections.Generic;
using System.Linq;
using Agora.Generators.Helpers;
using Agora.Generators.Model;

namespace Agora.Generators.Emitting;

/// <summary>Writes one interface method: the request it builds and the call that sends it.</summary>
internal static class MethodEmitter
{
    private const string Headers = "global::Agora.Rest.Infrastructure.AgoraHeaders";
    private const string Content = "global::Agora.Rest.Infrastructure.AgoraContent";

    /// <param name="self">The client's fully qualified name, to reach its static members past any parameter of the same name.</param>
    public static void WriteSupported(SourceWriter writer, MethodSpec method, string self, string operationField, JsonTypeFields jsonTypes)
    {
        var locals = new LocalNames(method.Parameters.Select(p => p.Name));
        string uri = locals.Get("__agoraUri");
        string requestUri = locals.Get("__agoraRequestUri");
        string content = locals.Get("__agoraContent");
        string request = locals.Get("__agoraRequest");
        string item = locals.Get("__agoraItem");

        writer.Line("/// <inheritdoc/>");
        writer.Open(Signature(method, withDefaults: true));

        WriteRequestUri(writer, method, self, operationField, uri, requestUri, item);
        if (method.Body is { } body)
        {
            writer.Line($"global::System.Net.Http.HttpContent? {content} = {BodyExpression(body, jsonTypes)};");
        }

        writer.Line($"global::System.Net.Http.HttpRequestMessage {request} = new global::System.Net.Http.HttpRequestMessage({operationField}.Method, {requestUri});");
        if (method.Body is not null)
        {
            writer.Line($"{request}.Content = {content};");
        }

        foreach (HeaderSpec header in method.StaticHeaders)
        {
            writer.Line($"{Headers}.AddStatic({request}, {CSharpText.Literal(header.Name)}, {CSharpText.Literal(header.Value)});");
        }

        foreach (ParameterSpec parameter in method.Parameters.Where(p => p.Role == ParameterRole.Header))
        {
            ValueFormatSpec format = parameter.Format!;
            string text = ValueText.FormatOrNull(self, format, parameter.Identifier, format.IsNullableValueType, format.IsReferenceType);
            writer.Line($"{Headers}.AddFromParameter({request}, {CSharpText.Literal(parameter.BindingName!)}, {text}, {CSharpText.Literal(parameter.Name)});");
        }

        writer.Line($"return {SendExpression(method, request, operationField, jsonTypes)};");
        writer.Close();
    }

    // A route with no values and no query parameters is one constant URI per base address, made once and reused by
    // every call; any other is built per call (and reused while its text repeats).
    private static void WriteRequestUri(SourceWriter writer, MethodSpec method, string self, string operationField, string uri, string requestUri, string item)
    {
        bool constant = method.Route.All(segment => !segment.IsHole) && !method.Parameters.Any(p => p.Role == ParameterRole.Query);
        if (constant)
        {
            string route = string.Concat(method.Route.Select(segment => RouteLiteral.Escape(segment.Text)));
            writer.Line($"global::System.Uri {requestUri} = this.__agoraCore.ConstantRouteUri({operationField}, {CSharpText.Literal(route)});");
            return;
        }

        writer.Line($"global::Agora.Rest.Infrastructure.AgoraUriBuilder {uri} = this.__agoraCore.StartUri({operationField});");
        foreach (RouteSegment segment in method.Route)
        {
            if (!segment.IsHole)
            {
                writer.Line($"{uri}.AppendLiteral({CSharpText.Literal(RouteLiteral.Escape(segment.Text))});");
                continue;
            }

            ParameterSpec parameter = method.Parameters.First(p => p.Name == segment.ParameterName);
            ValueFormatSpec format = parameter.Format!;
            string text = ValueText.FormatOrNull(self, format, parameter.Identifier, format.IsNullableValueType, format.IsReferenceType);
            writer.Line($"{uri}.AppendPathSegment({text}, {CSharpText.Literal(parameter.Name)});");
        }

        foreach (ParameterSpec parameter in method.Parameters.Where(p => p.Role == ParameterRole.Query))
        {
            WriteQuery(writer, self, parameter, uri, item);
        }

        writer.Line($"global::System.Uri {requestUri} = {uri}.ToUri();");
    }

    public static void WriteUnsupported(SourceWriter writer, MethodSpec method)
    {
        writer.Line($"// {CSharpText.Printable(method.UnsupportedReason!)}");
        writer.Open(Signature(method, withDefaults: false));
        writer.Line($"throw new global::System.NotSupportedException({CSharpText.Literal(method.UnsupportedReason!)});");
        writer.Close();
    }

    private static string Signature(MethodSpec method, bool withDefaults)
    {
        string parameters = string.Join(", ", method.Parameters.Select(p =>
            p.Modifier + p.Type + " " + p.Identifier + (withDefaults && p.DefaultValue is not null ? " = " + p.DefaultValue : string.Empty)));
        string name = CSharpText.Identifier(method.Name) + method.TypeParameters;
        return method.IsExplicit
            ? $"{(method.IsStatic ? "static " : string.Empty)}{method.ReturnType} {method.DeclaringInterface}.{name}({parameters}){method.TypeParameterConstraints}"
            : $"public {method.ReturnType} {name}({parameters})";
    }

    private static void WriteQuery(SourceWriter writer, string self, ParameterSpec parameter, string uri, string item)
    {
        ValueFormatSpec format = parameter.Format!;
        string key = CSharpText.Literal(System.Uri.EscapeDataString(parameter.BindingName!));
        if (!format.IsCollection)
        {
            string text = ValueText.FormatOrNull(self, format, parameter.Identifier, format.IsNullableValueType, format.IsReferenceType);
            writer.Line($"{uri}.AppendQuery({key}, {text}, {CSharpText.Literal(parameter.Name)});");
            return;
        }

        // A null collection, or a default ImmutableArray<T>, sends nothing.
        string? guard = format.IsReferenceType ? $"{parameter.Identifier} is not null"
            : format.CollectionHasIsDefault ? $"!{parameter.Identifier}.IsDefault"
            : null;
        if (guard is not null)
        {
            writer.Open($"if ({guard})");
        }

        writer.Open($"foreach (var {item} in {parameter.Identifier})");
        string itemText = ValueText.FormatOrNull(self, format, item, format.ItemIsNullableValueType, format.ItemIsReferenceType);
        writer.Line($"{uri}.AppendQuery({key}, {itemText}, {CSharpText.Literal(parameter.Name)});");
        writer.Close();
        if (guard is not null)
        {
            writer.Close();
        }
    }

    private static string BodyExpression(BodySpec body, JsonTypeFields jsonTypes) => body.Kind switch
    {
        BodyKind.Text => $"{Content}.Text({body.ParameterName})",
        BodyKind.Bytes => $"{Content}.Bytes({body.ParameterName})",
        BodyKind.Stream => $"{Content}.Stream({body.ParameterName})",
        BodyKind.HttpContent => $"{Content}.Raw({body.ParameterName})",
        _ => $"{Content}.Json<{body.Type}>({body.ParameterName}, {jsonTypes.Lookup(body.Type)})",
    };

    private static string SendExpression(MethodSpec method, string request, string operationField, JsonTypeFields jsonTypes)
    {
        string cancellation = method.CancellationTokenName ?? "default";
        string core = "this.__agoraCore";
        ReturnSpec returns = method.Return;
        string send = returns.Kind switch
        {
            ReturnKind.Json => $"{core}.SendJsonAsync<{returns.ResultType}>({request}, {operationField}, {jsonTypes.Lookup(returns.ResultType!)}, {cancellation})",
            ReturnKind.Text => $"{core}.SendStringAsync({request}, {operationField}, {cancellation})",
            ReturnKind.Bytes => $"{core}.SendBytesAsync({request}, {operationField}, {cancellation})",
            ReturnKind.Stream => $"{core}.SendStreamAsync({request}, {operationField}, {cancellation})",
            ReturnKind.Raw => $"{core}.SendRawAsync({request}, {operationField}, {cancellation})",
            ReturnKind.ResponseJson => $"{core}.SendForJsonResponseAsync<{returns.ResultType}>({request}, {operationField}, {jsonTypes.Lookup(returns.ResultType!)}, {cancellation})",
            ReturnKind.ResponseText => $"{core}.SendForStringResponseAsync({request}, {operationField}, {cancellation})",
            ReturnKind.ResponseBytes => $"{core}.SendForBytesResponseAsync({request}, {operationField}, {cancellation})",
            _ => $"{core}.SendAsync({request}, {operationField}, {cancellation})",
        };

        // The runtime returns Task<string> and the like; a declared Task<string?> differs only in annotation.
        if (returns.Kind is not (ReturnKind.None or ReturnKind.Json or ReturnKind.ResponseJson) && returns.ResultType?.EndsWith("?", System.StringComparison.Ordinal) == true)
        {
            send += "!";
        }

        if (!returns.IsValueTask)
        {
            return send;
        }

        return returns.Kind == ReturnKind.None
            ? $"new global::System.Threading.Tasks.ValueTask({send})"
            : $"new {method.ReturnType}({send})";
    }

    /// <summary>Local names that cannot collide with the method's parameters.</summary>
    private sealed class LocalNames
    {
        private readonly HashSet<string> _taken;

        public LocalNames(IEnumerable<string> parameterNames)
        {
            _taken = new HashSet<string>(parameterNames);
        }

        public string Get(string preferred)
        {
            string name = preferred;
            for (int suffix = 2; !_taken.Add(name); suffix++)
            {
                name = preferred + suffix;
            }

            return name;
        }
    }
}
