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

    /// <summary>
    /// Binds the key under <paramref name="configuration"/>. Registrations reading the same section bind it once; another
    /// section's key is bound too, and two sections naming different areas stop the host at start.
    /// </summary>
    public static void Bind(IServiceCollection services, IConfiguration configuration)
    {
        string path = configuration is IConfigurationSection section ? section.Path : string.Empty;
        bool validatorRegistered = false;
        foreach (ServiceDescriptor existing in services)
        {
            if (existing.ImplementationInstance is BoundSection bound && string.Equals(bound.Path, path, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            validatorRegistered |= existing.ImplementationInstance is Validator;
        }

        var keys = new ConfigurationKeys(path);
        services.AddSingleton(new BoundSection(path));
        services.AddOptions<AgoraClientOptions>()
            .Configure(options =>
            {
                string? text = configuration[Key];
                if (string.IsNullOrWhiteSpace(text))
                {
                    return;
                }

                if (!TryParse(text!, out AgoraArea area))
                {
                    // An area is no secret: the value is named, so that a typo is seen at once.
                    options.AreaProblems.Add(
                        $"{keys.Key(Key)} is '{text}', which is not an Agora area: use Global, UnitedStates, Europe, AsiaPacific or China (or US, EU, AP, CN), in configuration or the environment variable {keys.Key(Key).Replace(":", "__")}.");
                }
                else if (options.ConfiguredArea is { } earlier && earlier != area)
                {
                    options.AreaProblems.Add($"{keys.Key(Key)} says {area}, but another configuration section bound before it says {earlier}: set the area in one place.");
                }
                else
                {
                    options.Area = area;
                    options.ConfiguredArea = area;
                }
            })
            .ValidateOnStart();
        if (!validatorRegistered)
        {
            services.AddSingleton<IValidateOptions<AgoraClientOptions>>(new Validator());
        }
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

    // Marks a section whose key is bound, so that a second registration over it adds nothing.
    private sealed class BoundSection
    {
        public BoundSection(string path) => Path = path;

        public string Path { get; }
    }

    private sealed class Validator : IValidateOptions<AgoraClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, AgoraClientOptions options)
        {
            var problems = new System.Collections.Generic.List<string?>(options.AreaProblems) { options.Retry?.Problem("AgoraClientOptions.Retry") };
            return ConfigurationKeys.Result(problems.ToArray());
        }
    }
}
