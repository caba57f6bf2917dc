using System;

namespace Agora.Rest;

/// <summary>
/// Marks a <c>partial interface</c> as an Agora REST API. The source generator emits a sealed
/// <c>&lt;Name&gt;Client</c> class that implements it with <see cref="System.Net.Http.HttpClient"/>.
/// </summary>
/// <remarks>
/// The base address is chosen per request: <see cref="System.Net.Http.HttpClient.BaseAddress"/> when set,
/// else <see cref="AgoraClientOptions.BaseAddress"/>, else the value given here.
/// </remarks>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class AgoraApiAttribute : Attribute
{
    /// <summary>The default Agora REST host.</summary>
    public const string DefaultBaseAddress = "https://api.agora.io";

    /// <summary>Declares an Agora REST API.</summary>
    /// <param name="baseAddress">An absolute https address; defaults to <see cref="DefaultBaseAddress"/>.</param>
    public AgoraApiAttribute(string baseAddress = DefaultBaseAddress)
    {
        BaseAddress = baseAddress;
    }

    /// <summary>The base address used when neither the HttpClient nor the options give one.</summary>
    public string BaseAddress { get; }

    /// <summary>
    /// A source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> that covers every body and
    /// response type of the API. When set, the client reads and writes JSON through its <c>Default</c> instance only
    /// (no reflection, whatever <see cref="AgoraClientOptions.JsonSerializerOptions"/> says), so a library can ship an
    /// API whose wire names and converters its users cannot change by accident.
    /// </summary>
    public Type? JsonContext { get; set; }
}
