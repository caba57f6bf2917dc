using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Agora.Rest.Benchmarks.GeneratorCost;

/// <summary>What a timed generator stands for in the comparison.</summary>
internal enum GeneratorRole
{
    /// <summary>Agora.Generators, which the targets are about.</summary>
    Ours,

    /// <summary>Refit's generator, which ours must beat on the unrelated edit.</summary>
    Peer,

    /// <summary>A generator that only finds the interfaces: what any attribute-driven generator pays at least.</summary>
    Floor,
}

/// <summary>One of the timed source generators, where it was loaded from, and how to drive it.</summary>
internal sealed class GeneratorUnderTest
{
    private readonly ISourceGenerator _generator;

    private GeneratorUnderTest(string name, GeneratorRole role, ApiFlavor flavor, ISourceGenerator generator, string origin)
    {
        Name = name;
        Role = role;
        Flavor = flavor;
        _generator = generator;
        Origin = origin;
    }

    public string Name { get; }

    public GeneratorRole Role { get; }

    /// <summary>The attributes the generator reads, and so the synthetic project it runs on.</summary>
    public ApiFlavor Flavor { get; }

    public string Origin { get; }

    /// <summary>
    /// Ours, as built with this harness. The project references the generator as an analyzer only, so no type of
    /// it is visible here; but Agora.Analyzers (which shares its parser) brings the assembly into this program's
    /// dependencies, so it loads by name: the build just made, whatever the configuration, not a file that might be stale.
    /// </summary>
    public static GeneratorUnderTest ForAgora()
    {
        Assembly assembly = Assembly.Load(new AssemblyName("Agora.Generators"));
        return new GeneratorUnderTest("Agora.Generators", GeneratorRole.Ours, ApiFlavor.Agora, CreateGenerator(assembly), assembly.Location);
    }

    public static GeneratorUnderTest ForInterfaceLookupOnly() => new(
        "Floor: interface lookup only",
        GeneratorRole.Floor,
        ApiFlavor.Agora,
        new InterfaceLookupOnlyGenerator().AsSourceGenerator(),
        $"{nameof(InterfaceLookupOnlyGenerator)} in this harness");

    /// <summary>
    /// Refit's generator, from the analyzer folder of the Refit package this project restores: NuGet puts it there
    /// for a compiler to load, not in the output folder, so it is loaded the same way here.
    /// </summary>
    public static GeneratorUnderTest ForRefit()
    {
        string version = PackageVersion(typeof(global::Refit.RestService).Assembly);
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string path = Path.Combine(packages, "refit", version, "analyzers", "dotnet", "roslyn4.8", "cs", "InterfaceStubGeneratorV2.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Refit's source generator is not where its package puts it; restore the benchmarks project first.", path);
        }

        return new GeneratorUnderTest($"Refit {version}", GeneratorRole.Peer, ApiFlavor.Refit, CreateGenerator(Assembly.LoadFrom(path)), path);
    }

    /// <summary>
    /// A driver as the compiler creates one, with nothing disabled. Step tracking stays off for timing: it records
    /// every input and output of every step, which a build does not do.
    /// </summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { _generator },
        parseOptions: SyntheticApiProject.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    // The one type the assembly marks as a generator, as a compiler finds it.
    private static ISourceGenerator CreateGenerator(Assembly assembly)
    {
        Type type = assembly.GetTypes().Single(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null);
        return Activator.CreateInstance(type) switch
        {
            IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
            ISourceGenerator classic => classic,
            _ => throw new InvalidOperationException($"{type} is neither an incremental nor a classic source generator."),
        };
    }

    // The informational version without its commit suffix ("16.4.0+92ae878…") is the package's version; the
    // assembly version is not (Refit keeps it at 16.0.0.0).
    private static string PackageVersion(Assembly assembly)
    {
        string informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no informational version.");
        int metadata = informational.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? informational : informational[..metadata];
    }
}
