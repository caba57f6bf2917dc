using System;
using System.Globalization;

namespace Agora.ColdStart;

/// <summary>
/// What one run is told: the variant and server on the command line, the credentials in the environment
/// (so that they never show in a process list).
/// </summary>
internal sealed record ColdStartSettings(string Variant, Uri BaseAddress, int ExpectedProjects, string CustomerId, string CustomerSecret)
{
    public const string CustomerIdVariable = "AGORA_COLDSTART_CUSTOMER_ID";
    public const string CustomerSecretVariable = "AGORA_COLDSTART_CUSTOMER_SECRET";

    public static string Usage(string variants) =>
        $"Usage: <app> <variant> <base-address> <expected-project-count>, with {CustomerIdVariable} and {CustomerSecretVariable} set; variants: {variants}.";

    public static ColdStartSettings? Parse(string[] args)
    {
        string? customerId = Environment.GetEnvironmentVariable(CustomerIdVariable);
        string? customerSecret = Environment.GetEnvironmentVariable(CustomerSecretVariable);
        if (args.Length != 3
            || !Uri.TryCreate(args[1], UriKind.Absolute, out Uri? baseAddress)
            || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out int expectedProjects)
            || string.IsNullOrEmpty(customerId)
            || string.IsNullOrEmpty(customerSecret))
        {
            return null;
        }

        return new ColdStartSettings(args[0], baseAddress, expectedProjects, customerId, customerSecret);
    }
}
