using System;

namespace Agora.Rest;

/// <summary>
/// Binds a parameter to a query-string value. <see langword="null"/> omits it; a collection repeats the key;
/// booleans are lower case; enums use their JSON name; numbers and dates are formatted in the invariant culture.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class QueryAttribute : Attribute
{
    /// <summary>Binds to a query key with the parameter's own name.</summary>
    public QueryAttribute() { }

    /// <summary>Binds to the given query key.</summary>
    public QueryAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The query key, or <see langword="null"/> for the parameter's name.</summary>
    public string? Name { get; }
}

/// <summary>
/// On a parameter: sends its value as a request header (<see langword="null"/> omits it).
/// On an interface or method: sends a static header with a fixed value.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Method | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class HeaderAttribute : Attribute
{
    /// <summary>A header whose value is the parameter's value.</summary>
    public HeaderAttribute(string name)
    {
        Name = name;
    }

    /// <summary>A static header, for an interface or a method.</summary>
    public HeaderAttribute(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The header name.</summary>
    public string Name { get; }

    /// <summary>The static value, or <see langword="null"/> on a parameter.</summary>
    public string? Value { get; }
}

/// <summary>
/// Sends the parameter as the request body: JSON (<c>application/json; charset=utf-8</c>) for any type,
/// while <see cref="string"/>, <c>byte[]</c>, <see cref="System.IO.Stream"/> and
/// <see cref="System.Net.Http.HttpContent"/> pass through as they are.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
}

/// <summary>
/// Binds a parameter to a route hole. Optional: a parameter whose name matches a hole (ignoring case)
/// binds to it without this attribute. Values are escaped as a single path segment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PathAttribute : Attribute
{
    /// <summary>Binds to the hole with the parameter's own name.</summary>
    public PathAttribute() { }

    /// <summary>Binds to the named hole.</summary>
    public PathAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The hole's name, or <see langword="null"/> for the parameter's name.</summary>
    public string? Name { get; }
}
