using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Agora.Rest;

/// <summary>
/// Binds <c>Area</c> (<c>Agora:Area</c>, <c>Agora__Area</c>) into the container's <see cref="AgoraClientOptions"/> for the
/// registrations that read configuration, and checks it when the host starts.
/// </summary>
internal static class AgoraAreaConfiguration
{
    public const string Key = "Area";

    /// <summary>Binds the key under <paramref name="configuration"/>; a second call (another registration) adds nothing.</summary>
    public static void Bind(IServiceCollection services, IConfiguration configuration)
    {
        foreach (ServiceDescriptor existing in services)
        {
            if (existing.ServiceType == typeof(IValidateOptions<AgoraClientOptions>) && existing.ImplementationInstance is Validator)
            {
                return;
            }
        }

        string path = configuration is IConfigurationSection section ? section.Path : string.Empty;
        services.AddOptions<AgoraClientOptions>()
            .Configure(options =>
            {
                string? text = configuration[Key];
                if (string.IsNullOrWhiteSpace(text))
                {
                    return;
                }

                if (TryParse(text!, out AgoraArea area))
                {
                    options.Area = area;
                    options.ConfiguredArea = area;
                }
                else
                {
                    options.UnknownConfiguredArea = text;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AgoraClientOptions>>(new Validator(path));
    }

    /// <summary>An area's name (any case), or the short names Agora's other clients use: US, EU, AP, CN. Numbers are not names.</summary>
    public static bool TryParse(string text, out AgoraArea area)
    {
        string name = text.Trim();
        foreach (AgoraArea candidate in AgoraDomains.Areas)
        {
            if (string.Equals(name, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                area = candidate;
                return true;
            }
        }

        switch (name.ToUpperInvariant())
        {
            case "US":
                area = AgoraArea.UnitedStates;
                return true;
            case "EU":
                area = AgoraArea.Europe;
                return true;
            case "AP":
                area = AgoraArea.AsiaPacific;
                return true;
            case "CN":
                area = AgoraArea.China;
                return true;
            default:
                area = default;
                return false;
        }
    }

    private sealed class Validator : IValidateOptions<AgoraClientOptions>
    {
        private readonly ConfigurationKeys _keys;

        public Validator(string configurationPath) => _keys = new ConfigurationKeys(configurationPath);

        public ValidateOptionsResult Validate(string? name, AgoraClientOptions options)
        {
            // An area is no secret: the value is named, so that a typo is seen at once.
            string? areaProblem = options.UnknownConfiguredArea is { } unknown
                ? $"{_keys.Key(Key)} is '{unknown}', which is not an Agora area: use Global, UnitedStates, Europe, AsiaPacific or China (or US, EU, AP, CN), in configuration or the environment variable {_keys.Key(Key).Replace(":", "__")}."
                : null;
            return ConfigurationKeys.Result(areaProblem, options.Retry?.Problem("AgoraClientOptions.Retry"));
        }
    }
}
