using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>
/// One operation Agora documents, from <c>Facts/&lt;service&gt;.operations.txt</c> (kept in the repository as facts,
/// taken from Agora's published OpenAPI descriptions): <c>METHOD /full/path</c>, holes in Agora's own spelling.
/// </summary>
public sealed record DocumentedOperation(string Service, string HttpMethod, string Path)
{
    public override string ToString() => $"{Service}: {HttpMethod} {Path}";

    /// <summary>Every documented operation of every service that has a facts file.</summary>
    public static IReadOnlyList<DocumentedOperation> All { get; } = Read();

    /// <summary>
    /// Whether <paramref name="declared"/> sends this operation: same method, same segments, where a documented hole
    /// matches any segment (a scenario client writes a documented <c>{mode}</c> as its constant, <c>individual</c>); a
    /// declared hole matches only a documented one.
    /// </summary>
    public bool IsSentBy(DeclaredOperation declared)
    {
        if (!string.Equals(HttpMethod, declared.HttpMethod, StringComparison.Ordinal))
        {
            return false;
        }

        string[] documented = Path.Split('/');
        string[] ours = declared.Path.Split('/');
        return documented.Length == ours.Length
            && documented.Zip(ours).All(pair => IsHole(pair.First) || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }

    private static bool IsHole(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    private static List<DocumentedOperation> Read()
    {
        string folder = System.IO.Path.Combine(AppContext.BaseDirectory, "Facts");
        var operations = new List<DocumentedOperation>();
        foreach (string file in Directory.GetFiles(folder, "*.operations.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            string service = ServiceName(System.IO.Path.GetFileName(file).Replace(".operations.txt", string.Empty, StringComparison.Ordinal));
            foreach (string line in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 2 || !parts[1].StartsWith('/'))
                {
                    throw new FormatException($"{System.IO.Path.GetFileName(file)}: '{line}' is not 'METHOD /path'.");
                }

                operations.Add(new DocumentedOperation(service, parts[0], parts[1]));
            }
        }

        return operations;
    }

    // cloud-recording -> CloudRecording: the service's namespace.
    private static string ServiceName(string kebab) =>
        string.Concat(kebab.Split('-').Select(word => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));
}
