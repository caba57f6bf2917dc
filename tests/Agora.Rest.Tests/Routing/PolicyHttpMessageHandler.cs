namespace Microsoft.Extensions.Http;

/// <summary>
/// Stands in for Microsoft.Extensions.Http.Polly's handler, under its real full name: the runtime knows retrying handlers
/// by name, so that the product depends on neither package.
/// </summary>
internal sealed class PolicyHttpMessageHandler : System.Net.Http.DelegatingHandler
{
}
